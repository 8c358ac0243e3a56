using Landau.Site.Configuration;
using Landau.Site.Model;

namespace Landau.Site.Assembly;

/// <summary>
/// The assembled site: every published page, found by translation key and language, and the section
/// tree, which follows the source language. Frozen after assembly and shared across render threads.
/// </summary>
public sealed class SiteModel
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, Page>> _byKey;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _children;
    private readonly IReadOnlyDictionary<string, string> _contactKeys;

    internal SiteModel(
        SiteConfig config,
        IReadOnlyList<Page> pages,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, Page>> byKey,
        IReadOnlyDictionary<string, IReadOnlyList<string>> children,
        IReadOnlyDictionary<string, string> contactKeys)
    {
        Config = config;
        Pages = pages;
        _byKey = byKey;
        _children = children;
        _contactKeys = contactKeys;
    }

    public SiteConfig Config { get; }

    /// <summary>Translations whose source page does not exist (not published).</summary>
    public IReadOnlyList<Loading.ParsedPage> Orphans { get; init; } = [];

    /// <summary>The keys of all pages of the source language, in order.</summary>
    public IEnumerable<string> Keys => _byKey.Keys.Order(StringComparer.Ordinal);

    /// <summary>All published pages, ordered by language (site.yml order) and key.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The page with <paramref name="key"/> in <paramref name="language"/>, if that translation really exists (not a fallback).</summary>
    public Page? Find(string key, string language) =>
        Resolve(key, language) is { IsFallback: false } page ? page : null;

    /// <summary>
    /// The page a reader of <paramref name="language"/> gets for <paramref name="key"/>: the
    /// translation, or the fallback page at the same address in the reader's language tree.
    /// </summary>
    public Page? Resolve(string key, string language) =>
        _byKey.TryGetValue(key, out var pages) && pages.TryGetValue(language, out var page) ? page : null;

    /// <summary>The real translations of a key (no fallback pages), in the order of the site's languages.</summary>
    public IReadOnlyList<Page> TranslationsOf(string key) =>
        _byKey.TryGetValue(key, out var translations)
            ? Config.Languages.Select(l => translations.GetValueOrDefault(l.Code)).OfType<Page>().Where(p => !p.IsFallback).ToList()
            : [];

    /// <summary>The keys of a section's children, ordered by weight, then title, then key.</summary>
    public IReadOnlyList<string> ChildrenOf(string key) => _children.GetValueOrDefault(key) ?? [];

    /// <summary>The keys from the home page down to <paramref name="key"/>'s parent.</summary>
    public IReadOnlyList<string> AncestorsOf(string key)
    {
        var result = new List<string>();
        for (var parent = SitePaths.ParentKey(key); parent is not null; parent = SitePaths.ParentKey(parent))
        {
            result.Insert(0, parent);
        }

        return result;
    }

    /// <summary>The key of the contact page with id <paramref name="id"/> (its file name), if any.</summary>
    public string? ContactKey(string id) => _contactKeys.GetValueOrDefault(id);

    public bool HasKey(string key) => _byKey.ContainsKey(key);

    /// <summary>Pages of one content type in a language (translations or source fallbacks), in tree order.</summary>
    public IReadOnlyList<Page> OfType(ContentType type, string language) =>
        _byKey.Keys
            .Select(k => Resolve(k, language))
            .OfType<Page>()
            .Where(p => p.Type == type)
            .OrderBy(p => p.FrontMatter.Weight)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
}
