using System.Text;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Loading;

public sealed class InputLimitTests
{
    private const string Page = "content/de/themen/zweiter-schritt.md";

    [Fact]
    public void A_file_in_another_encoding_is_an_error_at_the_line_of_the_first_bad_byte()
    {
        using var site = TestSite.FromFixture();
        var latin1 = Encoding.Latin1.GetBytes("---\ntitle: A\n---\nGrüße aus Landau\n");
        File.WriteAllBytes(Path.Combine(site.Root, Page), latin1);
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.NotUtf8, error.Code);
        Assert.Equal(new SourceLocation(Page, 4, 1), error.Location);
    }

    [Fact]
    public void An_empty_file_is_an_error_that_says_so()
    {
        using var site = TestSite.FromFixture();
        site.Write(Page, "");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, error.Code);
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void A_tab_in_yaml_indentation_is_an_error_at_the_tab()
    {
        using var site = TestSite.FromFixture();
        site.Write(Page, "---\ntitle: A\nparams:\n\tfarbe: blau\n---\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(new SourceLocation(Page, 4, 1), error.Location);
        Assert.Contains("tab", error.Message);
    }

    [Fact]
    public void Yaml_anchors_are_refused_at_the_anchor()
    {
        using var site = TestSite.FromFixture();
        site.Write(Page, "---\ntitle: &t A\ndescription: *t\n---\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlAlias, error.Code);
        Assert.Equal(2, error.Location!.Line);
    }

    [Fact]
    public void Two_pages_with_one_translation_key_in_a_language_is_an_error()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/en/themen/noch-einer.md", "---\ntitle: Another\ntranslation_key: themen/erste-schritte.md\n---\n");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateTranslationKey && d.Severity == Severity.Error);
    }

    [Fact]
    public void An_undefined_variable_in_a_layout_is_an_error_with_the_layout_line()
    {
        using var site = TestSite.FromFixture();
        site.Write("layouts/page.html", "<h1>{{ page.title }}</h1>\n\n{{ no_such_variable }}\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal("layouts/page.html", error.Location!.Path);
        Assert.Equal(3, error.Location.Line);
    }
}
