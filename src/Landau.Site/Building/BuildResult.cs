using Landau.Site.Diagnostics;
using Landau.Site.Output;

namespace Landau.Site.Building;

/// <summary>What a build did: its diagnostics (sorted), pages written per language and the time taken.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    TimeSpan Elapsed,
    bool Written)
{
    /// <summary>External links of the site (never fetched), each with the first source that has it.</summary>
    public IReadOnlyDictionary<string, string> ExternalLinks { get; init; } = new Dictionary<string, string>();

    /// <summary>Information for the summary that is neither an error nor a warning (so <c>--strict</c> passes), e.g. an unconfirmed <c>base_url</c>.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error) && !(WarningsAreErrors && StrictWarningCount > 0);

    /// <summary>Warnings that <c>--strict</c> turns into errors (all but the site's <c>warnings_not_as_errors</c>).</summary>
    public int StrictWarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning && !WarningsNotAsErrors.Contains(d.Code));

    /// <summary>From site.yml: warning codes <c>--strict</c> leaves as warnings.</summary>
    public IReadOnlySet<string> WarningsNotAsErrors { get; init; } = new HashSet<string>();

    /// <summary>Pages that stand in for missing translations (the fallback language's text).</summary>
    public int FallbackPages { get; init; }

    /// <summary>Whether the build ran with <c>--strict</c>.</summary>
    public bool WarningsAreErrors { get; init; }

    /// <summary>Every file of a build that does not write (check, the preview), in path order; empty when the build wrote them.</summary>
    public IReadOnlyList<OutputFile> Files { get; init; } = [];

    /// <summary>Pages rendered by this build, and pages a session reused from its previous build unchanged.</summary>
    public int RenderedPages { get; init; }

    /// <inheritdoc cref="RenderedPages"/>
    public int ReusedPages { get; init; }

    /// <summary>How long each stage took, in order (for <c>--timings</c> and the preview server's log).</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];

    /// <summary>
    /// The output folder was refused before anything was read or written (it would have deleted the
    /// sources or someone's files): a usage error, not a content error.
    /// </summary>
    public bool OutputRefused { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>One stage of a build and its wall-clock time.</summary>
public sealed record StageTime(string Stage, TimeSpan Elapsed);
