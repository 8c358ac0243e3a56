using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Checking;

public sealed class RenderedSiteCheckerTests
{
    [Fact]
    public void A_heading_whose_id_collides_with_the_layout_is_an_error_naming_the_source()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/themen/zweiter-schritt.md", "---\ntitle: Zweiter Schritt\n---\n## Main\n\nText\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateId);
        Assert.Equal("content/de/themen/zweiter-schritt.md", error.Location!.Path);
        Assert.Contains("'main'", error.Message);
    }

    [Fact]
    public void A_layout_without_h1_or_with_a_broken_link_fails_the_build()
    {
        using var site = TestSite.FromFixture();
        site.Write("layouts/section.html", "<h2>{{ page.title }}</h2>\n<a href=\"{{ page.url }}gibt-es-nicht/\">x</a>\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PageStructure && d.Message.Contains("0 level-1 headings"));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenOutputLink && d.Message.Contains("gibt-es-nicht"));
    }

    [Fact]
    public void A_fragment_that_is_not_on_the_target_page_is_an_error()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/themen/zweiter-schritt.md", "---\ntitle: Zweiter Schritt\n---\nSiehe [Büro](../kontakte/buero.md#gibt-es-nicht).\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenOutputLink);
        Assert.Equal("content/de/themen/zweiter-schritt.md", error.Location!.Path);
        Assert.Contains("#gibt-es-nicht", error.Message);
    }
}
