using Landau.Site.Rendering;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Rendering;

public sealed class EscapingTests
{
    [Fact]
    public void Escapes_only_the_characters_that_change_markup()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", HtmlText.Escape("<a href=\"x\" title='y'>&"));
        Assert.Equal("Grüße – العربية", HtmlText.Escape("Grüße – العربية"));
    }

    [Fact]
    public void Front_matter_values_are_escaped_in_layouts()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/themen/zweiter-schritt.md", "---\ntitle: \"<img src=x onerror=alert(1)>\"\ndescription: \"\\\"><script>\"\n---\nText\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var html = site.ReadOutput("de/themen/zweiter-schritt/index.html");
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }

    [Fact]
    public void Layouts_cannot_include_files()
    {
        using var site = TestSite.FromFixture();
        site.Write("layouts/page.html", "{{ include '../site.yml' }}");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "LS4004" && d.Location!.Path == "layouts/page.html");
    }

    [Fact]
    public void Unknown_ui_text_in_a_layout_is_an_error_at_the_layout_line()
    {
        using var site = TestSite.FromFixture();
        site.Write("layouts/page.html", "<h1>{{ page.title }}</h1>\n<p>{{ t 'no.such.key' }}</p>\n");
        var result = site.Build();
        var errors = result.Diagnostics.Where(d => d.Code == "LS4004").ToList();
        // Once per language file that lacks the key, not once per page.
        Assert.Equal(["ar", "de", "en"], errors.Select(e => e.Message.Split("i18n/")[1][..2]).Order());
        Assert.All(errors, e => Assert.Equal(new Landau.Site.Diagnostics.SourceLocation("layouts/page.html", 2, 7), e.Location));
        Assert.All(errors, e => Assert.Contains("no.such.key", e.Message));
    }

    [Fact]
    public void Layout_syntax_error_is_reported_with_its_position()
    {
        using var site = TestSite.FromFixture();
        site.Write("layouts/page.html", "<h1>{{ page.title </h1>\n");
        var result = site.Build();
        var error = result.Diagnostics.First(d => d.Code == "LS4003");
        Assert.Equal("layouts/page.html", error.Location!.Path);
        Assert.Equal(1, error.Location.Line);
    }
}
