using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Checking;

/// <summary>
/// One violation per rule of the Check stage, put into a layout of the fixture site (layouts are
/// where such markup can come from: content cannot contain HTML). The unchanged fixture is the
/// "fixed" case: it builds without any diagnostic (see the golden test).
/// </summary>
public sealed class OutputRuleTests
{
    public static TheoryData<string, string, string> Violations => new()
    {
        // layout file, its text, expected code
        { "layouts/page.html", "<h1>{{ page.title }}</h1>\n<img src=\"/sub/x.png\">\n", DiagnosticCodes.MissingAltText },
        { "layouts/page.html", "<h1>{{ page.title }}</h1>\n<a href=\"{{ page.url }}\"> </a>\n", DiagnosticCodes.EmptyLinkText },
        { "layouts/page.html", "<h1>{{ page.title }}</h1>\n<button></button>\n", DiagnosticCodes.EmptyLinkText },
        { "layouts/page.html", "<h1>{{ page.title }}</h1>\n<table><tr><td>1</td></tr></table>\n", DiagnosticCodes.TableWithoutHeaders },
        { "layouts/page.html", "<h1>{{ page.title }}</h1>\n<a href=\"https://example.org\" target=\"_blank\">Beispiel</a>\n", DiagnosticCodes.NewWindowLink },
        { "layouts/page.html", "<h1>{{ page.title }}</h1>\n<h3>Zu tief</h3>\n", DiagnosticCodes.PageStructure },
        { "layouts/page.html", "<h1>{{ page.title }}</h1>\n<script>alert(1)</script>\n", DiagnosticCodes.InlineCode },
        { "layouts/page.html", "<h1 style=\"color:red\">{{ page.title }}</h1>\n", DiagnosticCodes.InlineCode },
        { "layouts/page.html", "<h1 onclick=\"x()\">{{ page.title }}</h1>\n", DiagnosticCodes.InlineCode },
        { "layouts/page.html", "<h1>{{ page.title }}</h1>\n<style>h1{color:red}</style>\n", DiagnosticCodes.InlineCode },
        { "layouts/page.html", "<h1>{{ page.title }}</h1>\n<h1>Zweimal</h1>\n", DiagnosticCodes.PageStructure },
        { "layouts/page.html", "<h1 id=\"main\">{{ page.title }}</h1>\n", DiagnosticCodes.DuplicateId },
        { "layouts/page.html", "<h1>{{ page.title }}</h1>\n<a href=\"{{ page.url }}#nirgends\">Nirgends</a>\n", DiagnosticCodes.BrokenOutputLink },
        // Children shown in German on an Arabic page without lang="de".
        { "layouts/section.html", "<h1>{{ page.title }}</h1>\n<ul>{{ for c in page.children }}<li><a href=\"{{ c.url }}\">{{ c.title }}</a></li>{{ end }}</ul>\n", DiagnosticCodes.MissingLanguage },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void A_violation_fails_the_build_with_its_code(string file, string text, string code)
    {
        using var site = TestSite.FromFixture();
        site.Write(file, text);
        var result = site.Build();
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics.Where(d => d.Code == code).DistinctBy(d => d.Code));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.StartsWith("content/", diagnostic.Location!.Path);
    }

    [Fact]
    public void A_new_window_link_with_noopener_and_a_visible_hint_passes()
    {
        using var site = TestSite.FromFixture();
        site.Write("layouts/page.html", "<h1>{{ page.title }}</h1>\n<a href=\"https://example.org\" target=\"_blank\" rel=\"noopener\">Beispiel <span class=\"new-window-hint\">(neues Fenster)</span></a>\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void External_links_are_listed_not_fetched()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/themen/zweiter-schritt.md", "---\ntitle: Zweiter Schritt\n---\nDie [Stadt Landau](https://www.landau.de) informiert.\n");
        var result = site.Build(write: false);
        Assert.True(result.Succeeded);
        Assert.Equal("content/de/themen/zweiter-schritt.md", result.ExternalLinks["https://www.landau.de"]);
    }
}
