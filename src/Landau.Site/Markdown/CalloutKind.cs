using Landau.Site.Diagnostics;

namespace Landau.Site.Markdown;

/// <summary>The <c>:::</c> blocks editors may use; each renders as a labelled callout.</summary>
public static class CalloutKind
{
    public static readonly IReadOnlyList<string> All = ["note", "warning", "tip"];

    /// <summary>
    /// The kind an editor most likely meant by an unknown one: the German word for it
    /// (<c>hinweis</c>, <c>warnung</c>, <c>tipp</c>) or the closest by spelling; null when none is close.
    /// </summary>
    public static string? Closest(string typed) => Suggestion.Fold(typed) switch
    {
        "hinweis" or "notiz" or "info" or "anmerkung" => "note",
        "warnung" or "achtung" or "vorsicht" => "warning",
        "tipp" or "rat" => "tip",
        var folded => Suggestion.Closest(folded, All),
    };

    /// <summary>The UI-string key of the visible label of a callout kind.</summary>
    public static string LabelKey(string kind) => $"callout.{kind}";
}
