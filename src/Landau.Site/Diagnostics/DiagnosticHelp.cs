using System.Reflection;

namespace Landau.Site.Diagnostics;

/// <summary>
/// The explanation of every diagnostic code, read from the message catalogue: a short title (what
/// went wrong), a hint (what it means and how to fix it) and its kind (error, warning, or either).
/// The preview's error overlay shows title and hint next to the message; the code tables of
/// docs/redaktion.md and the README are generated from the same entries (<see cref="CodeTable"/>).
/// When a code is added to <see cref="DiagnosticCodes"/>, add <c>LSxxxx.Title</c>, <c>.Hint</c> and
/// <c>.Kind</c> to every <c>Messages*.resx</c> and the code to a group of <see cref="CodeTable"/>.
/// </summary>
public static class DiagnosticHelp
{
    /// <summary>One code's explanation in one language.</summary>
    /// <param name="Code">The code, e.g. <c>LS2001</c>.</param>
    /// <param name="Kind">How it is reported, worded: "Fehler", "Warnung", "Warnung oder Fehler".</param>
    /// <param name="Title">A short title, at most eight words.</param>
    /// <param name="Hint">What it means and what to do, in plain words; <c>`…`</c> marks literal text.</param>
    public sealed record Entry(string Code, string Kind, string Title, string Hint);

    /// <summary>Every code of <see cref="DiagnosticCodes"/> (its public string constants), in ascending order.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)];

    /// <summary>The catalogue key of a code's title, e.g. <c>LS2001.Title</c>.</summary>
    public static string TitleKey(string code) => code + ".Title";

    /// <summary>The catalogue key of a code's hint, e.g. <c>LS2001.Hint</c>.</summary>
    public static string HintKey(string code) => code + ".Hint";

    /// <summary>The catalogue key of a code's kind, e.g. <c>LS2001.Kind</c>.</summary>
    public static string KindKey(string code) => code + ".Kind";

    /// <summary>The explanation of <paramref name="code"/> in <paramref name="catalogue"/>'s language, or null for an unknown code.</summary>
    public static Entry? For(string code, MessageCatalogue catalogue) =>
        Codes.Contains(code, StringComparer.Ordinal)
            ? new Entry(code, catalogue[KindKey(code)], catalogue[TitleKey(code)], catalogue[HintKey(code)])
            : null;

    /// <summary>The German explanation of <paramref name="code"/>, or null for an unknown code.</summary>
    public static Entry? For(string code) => For(code, MessageCatalogue.German);
}
