namespace Landau.Site.Rendering;

/// <summary>A page's finished HTML and where it goes below the output folder.</summary>
public sealed record RenderedPage(string OutputPath, string Html, string SourcePath)
{
    /// <summary>A fallback page: the same source as a page in another language tree, so its content problems are reported there.</summary>
    public bool IsFallback { get; init; }

    /// <summary>
    /// A page that repeats other pages' bodies (the printable guide): their links are checked on
    /// those pages, so here only its own fragments are, and a broken link is reported once.
    /// </summary>
    public bool RepeatsOtherPages { get; init; }

    /// <summary>Where the body's headings and links were written in the Markdown file; null for a page made from a layout alone.</summary>
    public BodySourceMap? BodySource { get; init; }
}
