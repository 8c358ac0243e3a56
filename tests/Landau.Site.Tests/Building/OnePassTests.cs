using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Building;

/// <summary>
/// One check lists every problem: an error in one file does not hide the problems that only the
/// rendering and the checks across pages find, and it does not show up again as a broken link.
/// </summary>
public sealed class OnePassTests
{
    [Fact]
    public void A_front_matter_error_does_not_hide_the_problems_found_after_rendering()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/themen/erste-schritte.md", "---\ntitle: \"Erste Schritte\n---\nText.\n");
        site.Write("content/de/themen/zweiter-schritt.md", "---\ntitle: Zweiter Schritt\n---\nSiehe [Büro](../kontakte/buero.md#gibt-es-nicht).\n");

        var result = site.Build(write: false);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax && d.Location!.Path == "content/de/themen/erste-schritte.md");
        var fragment = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenOutputLink);
        Assert.Equal("content/de/themen/zweiter-schritt.md", fragment.Location!.Path);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_page_with_errors_is_not_reported_again_where_other_pages_link_to_it()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/kontakte/buero.md", "---\ntitle: [Büro\n---\nText.\n");
        site.Write("content/de/themen/zweiter-schritt.md", "---\ntitle: Zweiter Schritt\n---\nSiehe [Büro](../kontakte/buero.md).\n");

        var result = site.Build(write: false);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal("content/de/kontakte/buero.md", error.Location!.Path);
    }

    [Fact]
    public void A_build_with_errors_found_before_rendering_writes_nothing()
    {
        using var site = TestSite.FromFixture();
        Assert.True(site.Build().Succeeded);
        var before = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => (f, File.GetLastWriteTimeUtc(f))).ToList();
        site.Write("content/de/themen/erste-schritte.md", "---\ntitle: \"Erste Schritte\n---\nText.\n");

        var result = site.Build();

        Assert.False(result.Written);
        Assert.Equal(before, Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => (f, File.GetLastWriteTimeUtc(f))).ToList());
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetDirectoryName(site.Root)!), d => d != site.Root && d != site.Output);
    }

    [Fact]
    public void The_text_of_a_page_is_checked_although_its_front_matter_is_not_valid_yaml()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/themen/erste-schritte.md", "---\ntitle: [Erste Schritte\n---\nText mit <b>fett</b>.\n");

        var result = site.Build(write: false);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.RawHtml && d.Location == new SourceLocation("content/de/themen/erste-schritte.md", 4, 10));
    }
}
