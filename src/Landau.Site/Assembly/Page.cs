using Landau.Site.Configuration;
using Landau.Site.Loading;
using Landau.Site.Model;

namespace Landau.Site.Assembly;

/// <summary>A published page in the assembled site: its source, its language, its place and its URL.</summary>
public sealed record Page
{
    public required ParsedPage Source { get; init; }

    /// <summary>The language tree the page lives in (its URL prefix and its reader).</summary>
    public required LanguageConfig Language { get; init; }

    /// <summary>The language of the page's text: <see cref="Language"/>, or the fallback language for a <see cref="IsFallback"/> page.</summary>
    public required LanguageConfig ContentLanguage { get; init; }

    /// <summary>A page that stands in for a missing translation and shows the fallback language's text.</summary>
    public bool IsFallback => ContentLanguage.Code != Language.Code;

    /// <summary>How this page relates to its source.</summary>
    public required TranslationState State { get; init; }

    /// <summary>The URL of the page the text comes from, in the language it was written in (canonical for fallback pages).</summary>
    public required string ContentUrl { get; init; }

    /// <summary>The translation key, shared by a page and all its translations.</summary>
    public string Key => Source.TranslationKey;

    /// <summary>The front matter, with fields a translation left out taken from the source page.</summary>
    public required FrontMatter FrontMatter { get; init; }

    /// <summary>The site path, e.g. <c>/de/wegweiser/sprache/</c> (with the base path of the site).</summary>
    public required string Url { get; init; }

    /// <summary>The output file below the output folder, e.g. <c>de/wegweiser/sprache/index.html</c>.</summary>
    public required string OutputPath { get; init; }

    public string Title => FrontMatter.Title;

    public ContentType Type => FrontMatter.Type;

    public bool IsHome => Key == "_index.md";

    public bool IsSection => Source.IsSection;

    /// <summary>The id other pages refer to this page by (contacts): the file name without <c>.md</c>.</summary>
    public string Id => Path.GetFileNameWithoutExtension(Key) is var stem && stem == "_index"
        ? Path.GetFileName(Path.GetDirectoryName(Key)) ?? ""
        : stem;
}
