namespace Landau.Site.Checking;

/// <summary>What the site-wide checks need to know of one rendered page, read once from its HTML.</summary>
public sealed record PageFacts(
    string OutputPath,
    string SourcePath,
    bool IsFallback,
    string Language,
    string H1Text,
    IReadOnlySet<string> Ids,
    IReadOnlyList<PageLinkFact> Links);

/// <summary>A link on a rendered page: its target, its text and the language in force where it stands.</summary>
public sealed record PageLinkFact(string Href, string Text, string? Language, bool IsAnchor);
