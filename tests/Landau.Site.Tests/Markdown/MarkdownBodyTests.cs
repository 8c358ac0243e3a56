using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Landau.Site.Tests.Markdown;

public sealed class MarkdownBodyTests
{
    private const string Head = "---\ntitle: A\n---\n";

    [Fact]
    public void Raw_html_block_is_an_error_at_its_line()
    {
        var (_, diagnostics) = ContentText.Parse(Head + "Text\n\n<div onclick=\"x()\">Hi</div>\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.RawHtml, error.Code);
        Assert.Equal(new SourceLocation("content/de/seite.md", 6, 1), error.Location);
    }

    [Fact]
    public void Inline_html_is_an_error_at_its_column()
    {
        var (_, diagnostics) = ContentText.Parse(Head + "Ein <b>fetter</b> Text\n");
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.RawHtml, d.Code));
        Assert.Equal(new SourceLocation("content/de/seite.md", 4, 5), diagnostics[0].Location);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("jav&#x09;ascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox")]
    public void Unsafe_link_schemes_are_errors(string url)
    {
        var (_, diagnostics) = ContentText.Parse(Head + $"Die [Beratung]({url}) hier.\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeLink, error.Code);
        Assert.Equal(4, error.Location!.Line);
        Assert.Equal(5, error.Location.Column);
    }

    [Theory]
    [InlineData("https://www.landau.de")]
    [InlineData("mailto:info@example.org")]
    [InlineData("tel:+496341135025")]
    [InlineData("../sprache/_index.md")]
    [InlineData("#abschnitt")]
    public void Safe_links_pass(string url)
    {
        var (page, diagnostics) = ContentText.Parse(Head + $"Die [Beratung]({url}) hier.\n", contentPath: "wegweiser/bildung/kita.md");
        Assert.Empty(diagnostics);
        Assert.NotNull(page);
    }

    [Fact]
    public void Level_one_heading_and_skipped_levels_are_errors()
    {
        var (_, diagnostics) = ContentText.Parse(Head + "# Zweiter Titel\n\n## Gut\n\n#### Zu tief\n");
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.HeadingLevel, d.Code));
        Assert.Equal([4, 8], diagnostics.Select(d => d.Location!.Line));
    }

    [Fact]
    public void Page_links_are_collected_with_resolved_keys()
    {
        var (page, _) = ContentText.Parse(Head + "[a](../sprache/_index.md#kurse) und [b](/angebote/kurs.md)\n", contentPath: "wegweiser/bildung/kita.md");
        Assert.Equal(["wegweiser/sprache/_index.md", "angebote/kurs.md"], page!.PageLinks.Select(l => l.TargetKey));
        Assert.Equal("kurse", page.PageLinks[0].Fragment);
    }

    [Fact]
    public void Unknown_container_is_a_warning()
    {
        var (_, diagnostics) = ContentText.Parse(Head + ":::danger\nText\n:::\n");
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownContainer, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Fact]
    public void Headings_in_arabic_get_arabic_identifiers()
    {
        var (page, _) = ContentText.Parse("---\ntitle: ع\n---\n## الخطوات الأولى\n", "ar");
        var heading = page!.ParseBody().Descendants<HeadingBlock>().Single();
        Assert.Equal("الخطوات-الأولى", heading.GetAttributes().Id);
    }
}
