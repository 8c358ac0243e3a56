namespace Landau.Site.Checking;

/// <summary>What the checks need to know of one rendered page, read once from its HTML.</summary>
public sealed record PageFacts(
    string OutputPath,
    string SourcePath,
    string Title,
    int H1Count,
    IReadOnlySet<string> Ids,
    IReadOnlyList<string> DuplicateIds,
    IReadOnlyList<string> Links);
