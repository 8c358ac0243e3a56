using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;
using Landau.Site.Yaml;

namespace Landau.Site.Tests.Yaml;

/// <summary>
/// Syntax errors and refusals of the YAML reader (front matter, site.yml, i18n files) are reported
/// where the editor has to change something, in plain words.
/// </summary>
public sealed class YamlDocumentReaderTests
{
    private const string Source = "content/de/seite.md";

    /// <summary>Reads <paramref name="yaml"/> as front matter that starts on line 2 of its file.</summary>
    private static (YamlFields? Fields, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var fields = YamlDocumentReader.ReadMapping(yaml, Source, 2, diagnostics);
        return (fields, diagnostics.ToSortedList());
    }

    private static void AssertPlain(Diagnostic diagnostic)
    {
        Assert.DoesNotContain("Exception", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("scalar", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Operation is not valid", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('[', "list", ']')]
    [InlineData('{', "group", '}')]
    public void An_unclosed_bracket_is_reported_at_the_bracket_not_at_the_end(char opening, string what, char closing)
    {
        var (fields, diagnostics) = Read($"title: A\ndescription: {opening}nicht geschlossen\nweight: 2\nlayout: page\ndraft: false\n");
        Assert.Null(fields);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(new SourceLocation(Source, 3, 14), error.Location);
        Assert.Contains($"The {what} that starts here with {opening} is not closed", error.Message);
        Assert.Contains($"add the {closing}", error.Message);
        AssertPlain(error);
    }

    [Fact]
    public void An_unclosed_double_quote_is_reported_at_the_quote()
    {
        var (_, diagnostics) = Read("title: A\ndescription: \"Was Sie zuerst tun\nweight: 2\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(new SourceLocation(Source, 3, 14), error.Location);
        Assert.Contains("not closed", error.Message);
        Assert.Contains("closing \"", error.Message);
        AssertPlain(error);
    }

    [Fact]
    public void An_unclosed_single_quote_that_swallows_lines_is_reported_at_the_quote()
    {
        // YamlDotNet reads on to the next ' (in "it's", three lines below) and fails there.
        var (_, diagnostics) = Read("title: A\nparams:\n  one: 'Ein Angebot\n  other: Angebote\nnote: it's here\nweight: 2\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(new SourceLocation(Source, 4, 8), error.Location);
        Assert.Contains("not closed on its line, so everything up to line 6 was read as part of it", error.Message);
        Assert.Contains("closing '", error.Message);
        AssertPlain(error);
    }

    [Fact]
    public void A_quoted_text_over_two_lines_is_not_blamed_for_a_later_error()
    {
        var (_, diagnostics) = Read("title: A\ndescription: \"Was Sie\n  zuerst tun\"\n weight: 2\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(5, error.Location!.Line);
        Assert.StartsWith("The YAML is not valid here: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: \"Erste\u2028Schritte\"\n", 2, 14, "line-separator character (U+2028)")]
    [InlineData("title: 'Erste\u2028Schritte'\n", 2, 14, "line-separator character (U+2028)")]
    [InlineData("title: Erste\u2028Schritte\n", 2, 13, "line-separator character (U+2028)")]
    [InlineData("title: A\ndescription: \"Was Sie\u2029zuerst tun\"\n", 3, 22, "paragraph-separator character (U+2029)")]
    [InlineData("title: A\ndescription: \"Was Sie\u0085zuerst tun\"\n", 3, 22, "line-break character (U+0085, \"next line\")")]
    public void An_invisible_line_separator_is_reported_at_its_place_in_plain_words(string yaml, int line, int column, string named)
    {
        var (fields, diagnostics) = Read(yaml + "weight: 2\n");
        Assert.Null(fields);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(new SourceLocation(Source, line, column), error.Location);
        Assert.Equal($"The text here contains an invisible {named}, often pasted from Word or a PDF. Delete it or replace it with a space.", error.Message);
        Assert.DoesNotContain("indentation", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[", "]", 6 + (YamlDocumentReader.MaxDepth - 2))]
    [InlineData("{a: ", "}", 6 + (4 * (YamlDocumentReader.MaxDepth - 2)))]
    public void Nesting_deeper_than_the_limit_is_refused_at_the_place_with_line_and_column(string open, string close, int column)
    {
        // The front matter is one level and params a second, so the list or group number MaxDepth - 1
        // after "  x: " is one too many: the first is at column 6.
        var deep = string.Concat(Enumerable.Repeat(open, 3000)) + "1" + string.Concat(Enumerable.Repeat(close, 3000));
        var (fields, diagnostics) = Read($"title: A\nparams:\n  x: {deep}\n");
        Assert.Null(fields);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NestedTooDeep, error.Code);
        Assert.Equal(new SourceLocation(Source, 4, column), error.Location);
        Assert.Contains($"nested more than {YamlDocumentReader.MaxDepth} levels deep", error.Message);
        AssertPlain(error);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var levels = YamlDocumentReader.MaxDepth - 2;
        var (fields, diagnostics) = Read($"title: A\nparams:\n  x: {new string('[', levels)}1{new string(']', levels)}\n");
        Assert.Empty(diagnostics);
        Assert.NotNull(fields);
    }

    [Fact]
    public void A_line_separator_in_front_matter_is_printed_with_file_line_and_column()
    {
        using var site = TestSite.FromFixture();
        // Not site.Write: ReplaceLineEndings would turn the separator into a line break.
        File.WriteAllText(Path.Combine(site.Root, "content/de/themen/zweiter-schritt.md"), "---\ntitle: \"Zweiter\u2028Schritt\"\n---\nText.\n");
        var (_, _, stderr) = site.RunCli();
        Assert.Contains("content/de/themen/zweiter-schritt.md(2,16): error LS2001: The text here contains an invisible line-separator character (U+2028)", stderr);
    }
}
