using Landau.Site.Configuration;
using Landau.Site.Loading;
using Landau.Site.Model;

namespace Landau.Site.Assembly;

/// <summary>
/// What the stages after Assemble ask of the site. <see cref="SiteModel"/> answers; a job of the
/// incremental build asks through a <see cref="SiteReader"/>, which also notes each question in the
/// job's log, so a later build can tell whether the job's result still holds.
/// </summary>
public interface ISite
{
    SiteConfig Config { get; }

    /// <summary>Translations whose source page does not exist (not published).</summary>
    IReadOnlyList<ParsedPage> Orphans { get; }

    /// <summary>The keys of all pages of the source language, in order.</summary>
    IEnumerable<string> Keys { get; }

    /// <summary>All published pages, ordered by language (site.yml order) and key.</summary>
    IReadOnlyList<Page> Pages { get; }

    /// <summary>Every page of a language tree (translations and fallback pages), bodies included, in the order of <see cref="Pages"/>.</summary>
    IReadOnlyList<Page> PagesIn(string language);

    /// <summary>The page with <paramref name="key"/> in <paramref name="language"/>, if that translation really exists (not a fallback).</summary>
    Page? Find(string key, string language);

    /// <summary>
    /// The page a reader of <paramref name="language"/> gets for <paramref name="key"/>: the
    /// translation, or the fallback page at the same address in the reader's language tree.
    /// </summary>
    Page? Resolve(string key, string language);

    /// <summary>The real translations of a key (no fallback pages), in the order of the site's languages.</summary>
    IReadOnlyList<Page> TranslationsOf(string key);

    /// <summary>The keys of a section's children, ordered by weight, then title, then key.</summary>
    IReadOnlyList<string> ChildrenOf(string key);

    /// <summary>The keys from the home page down to <paramref name="key"/>'s parent (worked out from the key alone).</summary>
    IReadOnlyList<string> AncestorsOf(string key);

    /// <summary>The key of the contact page with id <paramref name="id"/> (its file name), if any.</summary>
    string? ContactKey(string id);

    /// <summary>Pages of one content type in a language (translations or source fallbacks), in tree order.</summary>
    IReadOnlyList<Page> OfType(ContentType type, string language);
}
