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
    /// <summary>YamlDotNet's reports of the common mistakes: a German explanation at the place, its English text only in English.</summary>
    [Theory]
    [InlineData("title: Integration: Kurse\n", 2, 19, "Hier steht ein Doppelpunkt, wo keiner stehen darf.", "found invalid mapping")]
    [InlineData("title: \"Kurse\": heute\n", 2, 15, "Hier steht ein Doppelpunkt, wo keiner stehen darf.", "Mapping values are not allowed in this context")]
    [InlineData("title A\nweight: 2\n", 3, 7, "In Zeile 3 steht ein Doppelpunkt, den niemand erwartet. Meist fehlt in der Zeile davor der Doppelpunkt", "multiline plain scalar")]
    [InlineData("title: A\nsections:\n  - a\n  b\n", 5, 3, "In einer Liste beginnt jede Zeile mit '- '", "did not find expected '-' indicator")]
    [InlineData("title: A\nparams:\n  a: 1\n b: 2\n", 5, 2, "Diese Zeile ist anders eingerückt als die Felder um sie herum", "did not find expected key")]
    [InlineData("title: \"A\" B\nweight: 2\n", 2, 12, "nach einem schließenden Anführungszeichen steht noch Text", "did not find expected key")]
    [InlineData("title: A\nsections: - a\n", 3, 11, "Ein Listeneintrag mit '- ' kann nicht in der Zeile seines Feldes beginnen.", "Block sequence entries are not allowed")]
    [InlineData("title: A\nparams: {a: b: c}\n", 3, 14, "Eine Gruppe { } ist nicht geschlossen, oder ihre Einträge sind nicht durch Kommas getrennt", "did not find expected ',' or '}'")]
    [InlineData("title: \"a\\qb\"\n", 2, 8, "In doppelten Anführungszeichen leitet der Schrägstrich \\ eine Schreibweise", "unknown escape character")]
    [InlineData("title: @landau\n", 2, 8, "Ein Wert darf nicht mit @ oder ` beginnen.", "cannot start any token")]
    [InlineData("title: ? Fragen\n", 2, 8, "Ein Wert, der mit einem Fragezeichen ? beginnt, muss in Anführungszeichen stehen", "Mapping keys are not allowed")]
    [InlineData("title: A\nweight: 2\ntitle: B\n", 4, 1, "Das Feld 'title' steht zweimal im Kopf. Löschen Sie eine der beiden Zeilen.", "Duplicate key title")]
    public void A_common_yaml_mistake_is_explained_in_german_at_its_place(string yaml, int line, int column, string german, string original)
    {
        var (fields, diagnostics) = Read(yaml);
        Assert.Null(fields);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(new SourceLocation(Source, line, column), error.Location);
        var worded = error.Text.Format(MessageCatalogue.German);
        Assert.Contains(german, worded, StringComparison.Ordinal);
        Assert.DoesNotContain(original, worded, StringComparison.Ordinal);
        Assert.StartsWith("The YAML is not valid here: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(original, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_error_without_an_explanation_names_the_line_and_the_readers_words()
    {
        var (_, diagnostics) = Read("title: !x!y b\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(new SourceLocation(Source, 2, 8), error.Location);
        Assert.Equal(
            "Zeile 2 kann nicht gelesen werden. Das YAML-Leseprogramm meldet: While parsing a node, found undefined tag handle. Prüfen Sie die Einrückung, die Doppelpunkte und die Anführungszeichen in dieser Zeile und in der Zeile davor.",
            error.Text.Format(MessageCatalogue.German));
        Assert.Equal("The YAML is not valid here: While parsing a node, found undefined tag handle. Check indentation, colons and quotes.", error.Message);
    }

    [Fact]
    public void A_list_left_open_at_the_end_is_reported_at_its_bracket()
    {
        var (_, diagnostics) = Read("title: A\nsections: [sprache, arbeit\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(new SourceLocation(Source, 3, 11), error.Location);
        Assert.Equal("Die Liste, die hier mit [ beginnt, ist nicht geschlossen: Setzen Sie an ihr Ende ein ]. Gehört die Klammer [ zum Text, setzen Sie den ganzen Text in Anführungszeichen.",
            error.Text.Format(MessageCatalogue.German));
    }

    [Theory]
    [InlineData("title: A\nparams: {a: 1\nweight: 2\n", "Die Gruppe, die hier mit { beginnt, ist nicht geschlossen: Setzen Sie an ihr Ende ein }.")]
    [InlineData("title: A\n\tweight: 2\n", "Diese Zeile ist mit der Tabulator-Taste eingerückt.")]
    [InlineData("title: \"Was Sie\nweight: 2\n", "Der Text in Anführungszeichen, der hier beginnt, wird in seiner Zeile nicht geschlossen")]
    [InlineData("title: \"Erste\u2028Schritte\"\n", "Der Text enthält hier ein unsichtbares Zeilentrennzeichen (U+2028), oft aus Word oder einem PDF mitkopiert.")]
    [InlineData("title: *a\n", "Verweise mit * (*a) sind hier nicht möglich.")]
    [InlineData("- a\n", "Hier werden Zeilen der Form 'name: wert' erwartet.")]
    public void The_readers_own_refusals_are_worded_in_german(string yaml, string german)
    {
        var (_, diagnostics) = Read(yaml);
        var error = Assert.Single(diagnostics);
        Assert.Contains(german, error.Text.Format(MessageCatalogue.German), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_value_is_worded_in_german_with_what_was_typed()
    {
        var diagnostics = new DiagnosticBag();
        var fields = YamlDocumentReader.ReadMapping("title: A\ndraft: jaa\nweight: zehn\ndate: 31.12.2026\n", Source, 2, diagnostics)!;
        Assert.Null(fields.Boolean("draft"));
        Assert.Null(fields.Integer("weight"));
        Assert.Null(fields.Date("date"));
        var worded = diagnostics.ToSortedList().Select(d => d.Text.Format(MessageCatalogue.German)).ToList();
        Assert.Equal(
        [
            "Das Feld 'draft' muss true oder false sein (auch ja oder nein), nicht 'jaa'. Meinten Sie 'ja'?",
            "Das Feld 'weight' muss eine ganze Zahl enthalten, zum Beispiel 10, nicht 'zehn'.",
            "Das Feld 'date' braucht ein Datum in der Form JJJJ-MM-TT; '31.12.2026' ist in deutscher Schreibweise geschrieben. Meinten Sie 2026-12-31?",
        ], worded);
        Assert.Equal("'draft' must be true or false, not 'jaa'. Did you mean 'ja'?", diagnostics.ToSortedList()[0].Message);
    }

    [Fact]
    public void An_unknown_key_is_worded_in_german_with_the_closest_one()
    {
        var diagnostics = new DiagnosticBag();
        var fields = YamlDocumentReader.ReadMapping("titel: A\n", "site.yml", 1, diagnostics)!;
        fields.ReportUnknownKeys(["title", "base_url"], DiagnosticCodes.ConfigUnknownKey, "in site.yml");
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("Unbekanntes Feld 'titel' in site.yml: Es wird nicht beachtet. Meinten Sie 'title'?", warning.Text.Format(MessageCatalogue.German));
        Assert.Equal("Unknown field 'titel' in site.yml; it is ignored. Did you mean 'title'?", warning.Message);
    }
}
