using Landau.Site.Markdown;
using Landau.Site.Model;
using Landau.Site.Readability;
using Markdig.Syntax;

namespace Landau.Site.Loading;

/// <summary>
/// One content file after loading: where it came from, its language and key, its validated front
/// matter and its Markdown syntax tree. Produced per file, in parallel, before the site is assembled.
/// </summary>
public sealed record ParsedPage
{
    /// <summary>Path relative to the source folder, e.g. <c>content/de/wegweiser/sprache/_index.md</c>.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The language folder the file is in.</summary>
    public required string Language { get; init; }

    /// <summary>The path below the language folder, e.g. <c>wegweiser/sprache/_index.md</c>.</summary>
    public required string ContentPath { get; init; }

    /// <summary>The key that links translations: <see cref="ContentPath"/> unless front matter overrides it.</summary>
    public required string TranslationKey { get; init; }

    /// <summary>Whether this is the page of a folder (<c>_index.md</c>).</summary>
    public bool IsSection => ContentPath == "_index.md" || ContentPath.EndsWith("/_index.md", StringComparison.Ordinal);

    public required FrontMatter FrontMatter { get; init; }

    /// <summary>The Markdown below the front matter, as written.</summary>
    public required string BodyText { get; init; }

    /// <summary>The Markdown pipeline the body is parsed with.</summary>
    public required Markdig.MarkdownPipeline Pipeline { get; init; }

    /// <summary>
    /// The body's syntax tree, parsed anew on each call (about 50 µs). Not kept: at 50,000 pages
    /// the trees of all pages would need gigabytes, while each is used only while its page renders.
    /// </summary>
    public MarkdownDocument ParseBody() => Markdig.Markdown.Parse(BodyText, Pipeline);

    /// <summary>The file line the Markdown body starts on (Markdig counts lines from 0 within the body).</summary>
    public required int BodyFirstLine { get; init; }

    /// <summary>The fingerprint of this page's translatable text (see <see cref="SourceTextHash"/>).</summary>
    public required string ContentHash { get; init; }

    /// <summary>A hash of the whole file as read (front matter and body): changes with any edit at all.</summary>
    public string FileHash { get; init; } = "";

    /// <summary>A hash of the front matter alone: what other pages can show of this one (title, description, weight, …).</summary>
    public string FrontMatterHash { get; init; } = "";

    /// <summary>How hard the page is to read (source language and Leichte Sprache only; see <see cref="ReadabilityScore"/>).</summary>
    public ReadabilityScore? Readability { get; init; }

    /// <summary>Links in the body to other pages, resolved to translation keys.</summary>
    public required IReadOnlyList<PageLink> PageLinks { get; init; }
}
