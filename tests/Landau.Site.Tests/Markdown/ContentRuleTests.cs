using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Markdown;

/// <summary>Rules checked on the Markdown itself, so they point at the file, line and column.</summary>
public sealed class ContentRuleTests
{
    private const string Head = "---\ntitle: A\n---\n";

    [Theory]
    [InlineData("Mehr dazu [hier](https://www.bamf.de).", "de")]
    [InlineData("Read [more](https://www.bamf.de).", "en")]
    [InlineData("Die Beratung: [Klicken Sie hier!](https://www.bamf.de)", "de")]
    [InlineData("للتفاصيل [هنا](https://www.bamf.de).", "ar")]
    public void Vague_link_text_is_a_warning_at_the_link(string markdown, string language)
    {
        var (_, diagnostics) = ContentText.Parse(Head + markdown + "\n", language);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.VagueLinkText, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(4, warning.Location!.Line);
    }

    [Fact]
    public void A_link_text_that_names_its_target_passes()
    {
        var (_, diagnostics) = ContentText.Parse(Head + "Mehr beim [Bundesamt für Migration und Flüchtlinge](https://www.bamf.de).\n");
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Very_long_link_text_is_a_warning()
    {
        var text = string.Join(' ', Enumerable.Repeat("Integrationskurs", 8));
        var (_, diagnostics) = ContentText.Parse(Head + $"[{text}](https://www.bamf.de)\n");
        Assert.Equal(DiagnosticCodes.LongLinkText, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Empty_link_text_is_an_error()
    {
        var (_, diagnostics) = ContentText.Parse(Head + "Siehe [](https://www.bamf.de).\n");
        Assert.Equal(DiagnosticCodes.EmptyLinkText, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Image_without_alt_text_is_an_error_and_with_alt_text_passes()
    {
        var (_, missing) = ContentText.Parse(Head + "![](karte.png)\n");
        var error = Assert.Single(missing);
        Assert.Equal(DiagnosticCodes.MissingAltText, error.Code);
        Assert.Equal(new SourceLocation("content/de/seite.md", 4, 1), error.Location);
        var (_, described) = ContentText.Parse(Head + "![Karte der Innenstadt](karte.png)\n");
        Assert.Empty(described);
    }
}
