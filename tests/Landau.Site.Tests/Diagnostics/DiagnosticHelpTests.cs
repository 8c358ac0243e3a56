using System.Reflection;
using Landau.Site.Diagnostics;

namespace Landau.Site.Tests.Diagnostics;

/// <summary>
/// The German explanations the preview overlay shows: one for every code in
/// <see cref="DiagnosticCodes"/>, none for a code that does not exist.
/// </summary>
public sealed class DiagnosticHelpTests
{
    /// <summary>The value of every public const string in <see cref="DiagnosticCodes"/>, by reflection.</summary>
    private static readonly string[] Codes = [.. typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)];

    public static TheoryData<string> AllCodes() => [.. Codes];

    [Fact]
    public void The_codes_are_found_by_reflection()
    {
        Assert.Contains(DiagnosticCodes.InternalError, Codes);
        Assert.Contains(DiagnosticCodes.YamlSyntax, Codes);
        Assert.Contains(DiagnosticCodes.OutputInsideSource, Codes);
        Assert.Equal(Codes.Length, Codes.Distinct().Count());
        Assert.All(Codes, code => Assert.Matches("^LS[1-9][0-9]{3}$", code));
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_code_has_a_German_title_and_hint(string code)
    {
        var help = DiagnosticHelp.For(code);
        Assert.NotNull(help);
        Assert.False(string.IsNullOrWhiteSpace(help.Title), $"{code} has no title.");
        Assert.False(string.IsNullOrWhiteSpace(help.Hint), $"{code} has no hint.");
        Assert.True(help.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8, $"{code}: the title has more than eight words: {help.Title}");
        Assert.NotEqual(help.Title, help.Hint);
    }

    [Fact]
    public void There_is_no_entry_for_a_code_that_does_not_exist()
    {
        Assert.Empty(DiagnosticHelp.All.Keys.Except(Codes));
        Assert.Equal(Codes.Length, DiagnosticHelp.All.Count);
        Assert.Null(DiagnosticHelp.For("LS0000"));
        Assert.Null(DiagnosticHelp.For("ls2001"));
    }

    [Fact]
    public void The_hints_address_the_editor_with_Sie()
    {
        // Every hint speaks to the editor in the "Sie" form, as docs/redaktion.md does.
        var impersonal = DiagnosticHelp.All.Where(e => !e.Value.Hint.Contains("Sie", StringComparison.Ordinal) && !e.Value.Hint.Contains("Ihr", StringComparison.Ordinal)).Select(e => e.Key);
        Assert.Empty(impersonal);
    }
}
