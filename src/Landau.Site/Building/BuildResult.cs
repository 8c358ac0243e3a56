using Landau.Site.Diagnostics;

namespace Landau.Site.Building;

/// <summary>What a build did: its diagnostics (sorted), pages written per language and the time taken.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    TimeSpan Elapsed,
    bool Written)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
