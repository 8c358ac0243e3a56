using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Readability;

/// <summary>
/// The Leichte-Sprache check on the spec pages in <c>Specs/</c>: each rule once, and a page of
/// sentences that must not warn. The expected diagnostics are golden files next to each page.
/// </summary>
public sealed class LeichteSpracheSpecTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "Landau.Site.Tests", "Readability", "Specs");

    public static TheoryData<string> Specs() => [.. Directory.GetFiles(Folder, "*.md")
        .Select(f => Path.GetFileNameWithoutExtension(f))
        .Where(n => n != "README")
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Specs))]
    public void Gives_the_expected_warnings(string spec)
    {
        var text = File.ReadAllText(Path.Combine(Folder, spec + ".md"));
        var (page, diagnostics) = ContentText.Parse(text, "de-ls", spec + ".md");
        Assert.NotNull(page);
        var actual = string.Join('\n', diagnostics.Select(d => d.ToString())) + (diagnostics.Count > 0 ? "\n" : "");
        var expectedFile = Path.Combine(Folder, spec + ".expected.txt");
        if (Environment.GetEnvironmentVariable("LANDAU_UPDATE_SPECS") == "1")
        {
            File.WriteAllText(expectedFile, actual);
        }

        Assert.Equal(File.ReadAllText(expectedFile).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Every_rule_has_a_spec()
    {
        var expected = string.Join('\n', Directory.GetFiles(Folder, "*.expected.txt").Select(File.ReadAllText));
        foreach (var code in new[]
        {
            DiagnosticCodes.LeichteSpracheLongSentence, DiagnosticCodes.LeichteSpracheMixedSplit, DiagnosticCodes.LeichteSpracheUnevenSplit,
            DiagnosticCodes.LeichteSpracheReferenceNumber, DiagnosticCodes.LeichteSpracheSubordinateClause, DiagnosticCodes.LeichteSprachePassive,
            DiagnosticCodes.LeichteSpracheGenitive,
        })
        {
            Assert.Contains(code, expected);
        }

        Assert.Equal("", File.ReadAllText(Path.Combine(Folder, "must-not-warn.expected.txt")));
    }

    [Fact]
    public void Standard_german_pages_are_not_held_to_the_rules()
    {
        var text = File.ReadAllText(Path.Combine(Folder, "subordinate-clause.md"));
        var (page, diagnostics) = ContentText.Parse(text, "de", "nebensaetze.md");
        Assert.Empty(diagnostics);
        Assert.NotNull(page!.Readability);
    }

    [Fact]
    public void Translations_into_other_languages_are_not_scored()
    {
        var (page, _) = ContentText.Parse("---\ntitle: Welcome\n---\n\nThis is a sentence, because it is.\n", "en", "seite.md");
        Assert.Null(page!.Readability);
    }
}
