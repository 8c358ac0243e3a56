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

    private const string Page = "content/de/themen/zweiter-schritt.md";

    [Fact]
    public void A_duplicate_id_from_a_heading_is_reported_at_the_heading()
    {
        using var site = TestSite.FromFixture();
        site.Write(Page, "---\ntitle: Zweiter Schritt\n---\nEin Absatz.\n\n## Anmelden\n\nText.\n\n  ## Main\n\nText\n");
        var error = Assert.Single(site.Build(write: false).Diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateId, error.Code);
        Assert.Equal(new SourceLocation(Page, 10, 3), error.Location);
        Assert.StartsWith("The id 'main' of this heading appears more than once on the page", error.Message);
    }

    [Fact]
    public void A_broken_link_in_the_body_is_reported_at_the_link()
    {
        using var site = TestSite.FromFixture();
        site.Write(Page, "---\ntitle: Zweiter Schritt\n---\nEin Absatz.\n\nSiehe das [Büro](../kontakte/buero.md#gibt-es-nicht).\n\n"
            // (An address like /sub/de/überall/ is refused before rendering, LS3030; a file name passes to this check.)
            + "- Ein [alter Link](/sub/de/überall.html) und\n- noch einmal [das Büro](../kontakte/buero.md#gibt-es-nicht).\n");
        var errors = site.Build(write: false).Diagnostics;
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.BrokenOutputLink, e.Code));
        Assert.Collection(errors,
            fragment =>
            {
                Assert.Equal(new SourceLocation(Page, 6, 11), fragment.Location);
                Assert.Contains("'#gibt-es-nicht'", fragment.Message);
                Assert.DoesNotContain("layout", fragment.Message);
            },
            // The HTML has the address percent-encoded; the Markdown as written.
            nowhere =>
            {
                Assert.Equal(new SourceLocation(Page, 8, 7), nowhere.Location);
                Assert.Contains("'/sub/de/%C3%BCberall.html' leads to nothing", nowhere.Message);
            },
            // The second link to the same place is reported at its own line.
            again => Assert.Equal(new SourceLocation(Page, 9, 15), again.Location));
    }

    [Fact]
    public void A_duplicate_id_or_broken_link_from_the_layout_names_the_file_without_a_line_and_says_so()
    {
        using var site = TestSite.FromFixture();
        site.Write("layouts/page.html", "<h1 id=\"main\">{{ page.title }}</h1>\n<a href=\"{{ page.url }}#nirgends\">Nirgends</a>\n{{ page.content }}\n");
        site.Write(Page, "---\ntitle: Zweiter Schritt\n---\nSiehe das [Büro](../kontakte/buero.md).\n");
        var errors = site.Build(write: false).Diagnostics.Where(d => d.Location!.Path == Page).ToList();

        var id = Assert.Single(errors, d => d.Code == DiagnosticCodes.DuplicateId);
        Assert.Equal(new SourceLocation(Page), id.Location);
        Assert.Contains("it comes from the layout, not from this page's text", id.Message);
        var link = Assert.Single(errors, d => d.Code == DiagnosticCodes.BrokenOutputLink);
        Assert.Equal(new SourceLocation(Page), link.Location);
        Assert.Contains("The link comes from the layout, not from this page's text", link.Message);
    }
}
