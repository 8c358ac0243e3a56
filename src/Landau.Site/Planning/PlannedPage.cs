using Landau.Site.Assembly;
using Landau.Site.Configuration;
using Landau.Site.Offers;

namespace Landau.Site.Planning;

/// <summary>
/// One page of the build: what it is, where it goes below the output folder, its address, the
/// layouts it is made with, and what it is made from. <see cref="Id"/> is its identity between
/// builds of a session (the memo's key).
/// </summary>
/// <param name="Id">Stable between builds: the output path, or the directory's path with the filter.</param>
/// <param name="Kind">How the page is rendered.</param>
/// <param name="OutputPath">The file below the output folder (<c>de/suche/index.html</c>).</param>
/// <param name="Url">The page's address (<c>/de/suche/</c>), from <see cref="SitePaths.UrlOfFile"/>.</param>
/// <param name="Layouts">
/// The layouts to make it with, most specific first: the first that exists is used. A page the
/// generator makes itself has one; a content page has its type's candidates (<see cref="OutputPlan.LayoutsOf"/>).
/// Which one exists is decided when rendering, where looking a layout up is recorded as a read, so a
/// more specific layout added during a session renders the page again.
/// </param>
/// <param name="Language">The reader's language; null for the language chooser.</param>
/// <param name="Page">For content and filter pages: the assembled page.</param>
/// <param name="Filter">For a filter page: its filter.</param>
public sealed record PlannedPage(
    string Id, PageKind Kind, string OutputPath, string Url, IReadOnlyList<string> Layouts,
    LanguageConfig? Language = null, Page? Page = null, OfferFilter? Filter = null)
{
    /// <summary>The content file the page is made from, for diagnostics; null for pages made from a layout alone.</summary>
    public string? SourcePath => Page?.Source.SourcePath;
}
