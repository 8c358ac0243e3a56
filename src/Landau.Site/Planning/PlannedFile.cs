using Landau.Site.Output;

namespace Landau.Site.Planning;

/// <summary>A group of data files of the build (feeds, open data, a search index, hosting files) and how to make them.</summary>
/// <param name="Id">Stable between builds of a session (the memo's key).</param>
/// <param name="Make">Makes the files; it reads the site model only, so its reads can be recorded.</param>
public sealed record PlannedFile(string Id, Func<IReadOnlyList<OutputFile>> Make);
