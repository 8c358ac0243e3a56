namespace Landau.Site.Building;

/// <summary>What to build and where. <see cref="WriteOutput"/> false runs every stage and check without writing.</summary>
public sealed record BuildOptions
{
    public required string SourceDirectory { get; init; }

    /// <summary>The output folder; defaults to <c>&lt;source&gt;/public</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Overrides <c>base_url</c> from site.yml (for previews and staging hosts).</summary>
    public string? BaseUrl { get; init; }

    public bool IncludeDrafts { get; init; }

    public bool WriteOutput { get; init; } = true;

    /// <summary>
    /// With <c>--force</c>: replace an output folder that has files but no marker of an earlier build
    /// (<see cref="OutputGuard"/>). The sources stay protected regardless.
    /// </summary>
    public bool ReplaceForeignOutput { get; init; }

    /// <summary>How a file is written into the staging folder; tests stand in a failing disk here.</summary>
    internal Action<string, byte[]>? WriteFile { get; init; }

    /// <summary>The date review dates are compared with; null: today.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>With <c>--strict</c>: every warning fails the build like an error.</summary>
    public bool TreatWarningsAsErrors { get; init; }

    /// <summary>How many pages are loaded and rendered at once; null: one per core. 1 gives a single-threaded build (the same output).</summary>
    public int? MaxParallelism { get; init; }

    internal ParallelOptions Parallelism => new() { MaxDegreeOfParallelism = MaxParallelism ?? Environment.ProcessorCount };

    public string ResolvedOutputDirectory => Path.GetFullPath(OutputDirectory ?? Path.Combine(SourceDirectory, "public"));
}
