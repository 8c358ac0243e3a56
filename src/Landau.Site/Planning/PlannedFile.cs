using Landau.Site.Assembly;
using Landau.Site.Output;

namespace Landau.Site.Planning;

/// <summary>A group of data files of the build (feeds, open data, a search index, hosting files) and how to make them.</summary>
/// <param name="Id">Stable between builds of a session (the memo's key).</param>
/// <param name="Make">Makes the files from the site it is given, and from nothing else, so that every read of the site is the job's read.</param>
public sealed record PlannedFile(string Id, Func<ISite, IReadOnlyList<OutputFile>> Make);
