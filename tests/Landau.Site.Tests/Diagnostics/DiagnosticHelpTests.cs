using System.Reflection;
using System.Text.RegularExpressions;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Diagnostics;

/// <summary>
/// The explanation of every code (title, hint, kind) in the message catalogue: one for every code in
/// <see cref="DiagnosticCodes"/>, in German and English, none for a code that does not exist, and
/// a kind that says what the code really is reported as.
/// </summary>
public sealed partial class DiagnosticHelpTests
{
    private static readonly MessageCatalogue[] Languages = [MessageCatalogue.German, MessageCatalogue.English];

    public static TheoryData<string> AllCodes() => [.. DiagnosticHelp.Codes];

    [Fact]
    public void The_codes_are_found_by_reflection()
    {
        Assert.Contains(DiagnosticCodes.InternalError, DiagnosticHelp.Codes);
        Assert.Contains(DiagnosticCodes.YamlSyntax, DiagnosticHelp.Codes);
        Assert.Contains(DiagnosticCodes.OutputInsideSource, DiagnosticHelp.Codes);
        Assert.Equal(DiagnosticHelp.Codes.Count, DiagnosticHelp.Codes.Distinct().Count());
        Assert.All(DiagnosticHelp.Codes, code => Assert.Matches("^LS[1-9][0-9]{3}$", code));
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_code_has_a_title_a_hint_and_a_kind_in_German_and_English(string code)
    {
        foreach (var catalogue in Languages)
        {
            var help = DiagnosticHelp.For(code, catalogue);
            var language = catalogue.Culture.Name;
            Assert.NotNull(help);
            Assert.False(string.IsNullOrWhiteSpace(help.Title), $"{code} has no {language} title: add {DiagnosticHelp.TitleKey(code)} to Messages.resx and Messages.de.resx.");
            Assert.False(string.IsNullOrWhiteSpace(help.Hint), $"{code} has no {language} hint: add {DiagnosticHelp.HintKey(code)}.");
            Assert.False(string.IsNullOrWhiteSpace(help.Kind), $"{code} has no {language} kind: add {DiagnosticHelp.KindKey(code)}.");
            Assert.True(help.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8, $"{code}: the {language} title has more than eight words: {help.Title}");
            Assert.NotEqual(help.Title, help.Hint);
        }
    }

    [Fact]
    public void There_is_no_entry_for_a_code_that_does_not_exist()
    {
        var explained = MessageCatalogue.Entries(MessageCatalogue.German.Culture).Keys
            .Select(key => ExplanationKey().Match(key))
            .Where(m => m.Success)
            .Select(m => m.Groups["code"].Value)
            .Distinct();
        Assert.Empty(explained.Except(DiagnosticHelp.Codes));
        Assert.Null(DiagnosticHelp.For("LS0000"));
        Assert.Null(DiagnosticHelp.For("ls2001"));
    }

    [Fact]
    public void The_German_hints_address_the_editor_with_Sie()
    {
        // Every hint speaks to the editor in the "Sie" form, as docs/redaktion.md does.
        var impersonal = DiagnosticHelp.Codes
            .Where(code => DiagnosticHelp.For(code, MessageCatalogue.German)!.Hint is var hint && !hint.Contains("Sie", StringComparison.Ordinal) && !hint.Contains("Ihr", StringComparison.Ordinal));
        Assert.Empty(impersonal);
    }

    [Fact]
    public void The_kind_names_exactly_the_severities_the_source_reports_a_code_with()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        var reported = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var source = File.ReadAllText(file);
            foreach (Match match in Reported().Matches(source))
            {
                var severity = match.Groups["severity"].Value.ToLowerInvariant();
                var code = codes[match.Groups["name"].Value];
                (reported.TryGetValue(code, out var set) ? set : reported[code] = new SortedSet<string>(StringComparer.Ordinal)).Add(severity);
            }
        }

        Assert.NotEmpty(reported);
        var wrong = reported
            .Select(r => (Code: r.Key, Source: string.Join(" or ", r.Value), Kind: MessageCatalogue.English[DiagnosticHelp.KindKey(r.Key)]))
            .Where(r => new SortedSet<string>(KindWord().Matches(r.Kind).Select(m => m.Value), StringComparer.Ordinal) is var named && !named.SetEquals(reported[r.Code]))
            .Select(r => $"{r.Code}: the source reports it as {r.Source}, but {DiagnosticHelp.KindKey(r.Code)} says '{r.Kind}'");
        Assert.Empty(wrong);
    }

    [GeneratedRegex(@"^(?<code>LS\d{4})\.(Title|Hint|Kind)$")]
    private static partial Regex ExplanationKey();

    /// <summary><c>diagnostics.Error(DiagnosticCodes.X</c>, <c>.Warning(DiagnosticCodes.X</c>, <c>new Diagnostic(DiagnosticCodes.X, Severity.Error</c>.</summary>
    [GeneratedRegex(@"\b(?<severity>Error|Warning)\(\s*DiagnosticCodes\.(?<name>\w+)|new Diagnostic\(\s*DiagnosticCodes\.(?<name>\w+),\s*Severity\.(?<severity>Error|Warning)")]
    private static partial Regex Reported();

    [GeneratedRegex("error|warning")]
    private static partial Regex KindWord();
}
