using Landau.Site.Configuration;
using Landau.Site.Loading;
using Landau.Site.Model;

namespace Landau.Site.Assembly;

/// <summary>
/// The assembled site: every published page, found by translation key and language, and the section
/// tree, which follows the source language. Frozen after assembly and shared across render threads:
/// it only answers, and notes nothing (a job that must note its reads asks through a <see cref="SiteReader"/>).
/// </summary>
public sealed class SiteModel : ISite
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, Page>> _byKey;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _children;
    private readonly IReadOnlyDictionary<string, string> _contactKeys;

    // Worked out once when the model is made: the model is frozen from then on.
    private readonly IReadOnlyDictionary<(ContentType Type, string Language), IReadOnlyList<Page>> _ofType;

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
        _ofType = (from type in Enum.GetValues<ContentType>()
                   from language in config.Languages
                   select (type, language.Code)).ToDictionary(k => k, k => (IReadOnlyList<Page>)AllOfType(k.type, k.Code));
    }

    public SiteConfig Config { get; }

    public IReadOnlyList<ParsedPage> Orphans { get; init; } = [];

    public IEnumerable<string> Keys => _byKey.Keys.Order(StringComparer.Ordinal);

    public IReadOnlyList<Page> Pages { get; }

    public IReadOnlyList<Page> PagesIn(string language) => Pages.Where(p => p.Language.Code == language).ToList();

    public Page? Find(string key, string language) =>
        Resolve(key, language) is { IsFallback: false } page ? page : null;

    public Page? Resolve(string key, string language) =>
        _byKey.TryGetValue(key, out var pages) && pages.TryGetValue(language, out var page) ? page : null;

    public IReadOnlyList<Page> TranslationsOf(string key) =>
        _byKey.TryGetValue(key, out var translations)
            ? Config.Languages.Select(l => translations.GetValueOrDefault(l.Code)).OfType<Page>().Where(p => !p.IsFallback).ToList()
            : [];

    public IReadOnlyList<string> ChildrenOf(string key) => _children.GetValueOrDefault(key) ?? [];

    public IReadOnlyList<string> AncestorsOf(string key)
    {
        var result = new List<string>();
        for (var parent = SitePaths.ParentKey(key); parent is not null; parent = SitePaths.ParentKey(parent))
        {
            result.Insert(0, parent);
        }

        return result;
    }

    /// <summary>Every contact id, in order (for messages).</summary>
    public IEnumerable<string> ContactIds => _contactKeys.Keys.Order(StringComparer.Ordinal);

    public string? ContactKey(string id) => _contactKeys.GetValueOrDefault(id);

    /// <summary>Whether a page (in any language) has the translation key <paramref name="key"/>.</summary>
    public bool HasKey(string key) => _byKey.ContainsKey(key);

    public IReadOnlyList<Page> OfType(ContentType type, string language) =>
        _ofType.TryGetValue((type, language), out var pages) ? pages : [];

    private List<Page> AllOfType(ContentType type, string language) =>
        _byKey.Keys
            .Select(k => Resolve(k, language))
            .OfType<Page>()
            .Where(p => p.Type == type)
            .OrderBy(p => p.FrontMatter.Weight)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
}
