using Landau.Site.Diagnostics;

namespace Landau.Site.Checking;

/// <summary>What the site-wide checks need to know of one rendered page, read once from its HTML.</summary>
/// <param name="HasMarkdownBody">Whether the page shows a content file's body (else it is made from a layout alone).</param>
public sealed record PageFacts(
    string OutputPath,
    string SourcePath,
    bool IsFallback,
    string Language,
    string H1Text,
    IReadOnlySet<string> Ids,
    IReadOnlyList<PageLinkFact> Links,
    bool HasMarkdownBody = false,
    bool RepeatsOtherPages = false);

/// <summary>
/// A link on a rendered page: its target, its text, the language in force where it stands, and where
/// in the Markdown it was written (null when it comes from the layout).
/// </summary>
public sealed record PageLinkFact(string Href, string Text, string? Language, bool IsAnchor, SourceLocation? Written = null);
