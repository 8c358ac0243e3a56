namespace Landau.Site.Markdown;

/// <summary>The <c>:::</c> blocks editors may use; each renders as a labelled callout.</summary>
public static class CalloutKind
{
    public static readonly IReadOnlyList<string> All = ["note", "warning", "tip"];

    /// <summary>The UI-string key of the visible label of a callout kind.</summary>
    public static string LabelKey(string kind) => $"callout.{kind}";
}
