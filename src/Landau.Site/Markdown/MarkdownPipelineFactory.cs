using Markdig;

namespace Landau.Site.Markdown;

/// <summary>
/// The one Markdown pipeline of the site, built once and shared read-only across threads.
/// Explicit on purpose: not <c>UseAdvancedExtensions()</c>, which would bring generic attributes
/// (any attribute, <c>onclick</c> included) and media links (iframes).
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseCustomContainers()
            // GitHub-style identifiers keep letters of every script, so Arabic and Cyrillic headings get
            // real ids; Markdig's own extension is quadratic in repeated headings.
            .Use<HeadingIdentifierExtension>()
            .UsePreciseSourceLocation()
            .Build();
}
