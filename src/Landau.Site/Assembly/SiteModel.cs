using Landau.Site.Configuration;
using Landau.Site.Incremental;
using Landau.Site.Loading;
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
        _pages = pages;
        _byKey = byKey;
        _children = children;
        _contactKeys = contactKeys;
        _ofType = (from type in Enum.GetValues<ContentType>()
                   from language in config.Languages
                   select (type, language.Code)).ToDictionary(k => k, k => (IReadOnlyList<Page>)AllOfType(k.type, k.Code));
        _allPagesFingerprint = new Lazy<string>(() => Fingerprint.Of(
            string.Join(' ', _pages.Select(FingerprintOf)) + "|" + string.Join(' ', _children.Select(c => $"{c.Key}:{string.Join(',', c.Value)}"))));
    }

    public SiteConfig Config { get; }

    /// <summary>Translations whose source page does not exist (not published).</summary>
    public IReadOnlyList<ParsedPage> Orphans { get; init; } = [];

    /// <summary>The keys of all pages of the source language, in order.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            ReadRecorder.Read(ReadKind.AllPages, "");
            return _byKey.Keys.Order(StringComparer.Ordinal);
        }
    }

    /// <summary>All published pages, ordered by language (site.yml order) and key.</summary>
    public IReadOnlyList<Page> Pages
    {
        get
        {
            ReadRecorder.Read(ReadKind.AllPages, "");
            return _pages;
        }
    }

    private readonly IReadOnlyList<Page> _pages;

    /// <summary>Every page of a language tree (translations and fallback pages), bodies included, in the order of <see cref="Pages"/>.</summary>
    public IReadOnlyList<Page> PagesIn(string language)
    {
        ReadRecorder.Read(ReadKind.LanguagePages, "", language);
        return _pages.Where(p => p.Language.Code == language).ToList();
    }

    /// <summary>The page with <paramref name="key"/> in <paramref name="language"/>, if that translation really exists (not a fallback).</summary>
    public Page? Find(string key, string language) =>
        Resolve(key, language) is { IsFallback: false } page ? page : null;

    /// <summary>
    /// The page a reader of <paramref name="language"/> gets for <paramref name="key"/>: the
    /// translation, or the fallback page at the same address in the reader's language tree.
    /// </summary>
    public Page? Resolve(string key, string language)
    {
        ReadRecorder.Read(ReadKind.Resolve, key, language);
        return Lookup(key, language);
    }

    private Page? Lookup(string key, string language) =>
        _byKey.TryGetValue(key, out var pages) && pages.TryGetValue(language, out var page) ? page : null;

    /// <summary>The real translations of a key (no fallback pages), in the order of the site's languages.</summary>
    public IReadOnlyList<Page> TranslationsOf(string key)
    {
        ReadRecorder.Read(ReadKind.Translations, key);
        return TranslationsWithoutRecording(key);
    }

    private List<Page> TranslationsWithoutRecording(string key) =>
        _byKey.TryGetValue(key, out var translations)
            ? Config.Languages.Select(l => translations.GetValueOrDefault(l.Code)).OfType<Page>().Where(p => !p.IsFallback).ToList()
            : [];

    /// <summary>The keys of a section's children, ordered by weight, then title, then key.</summary>
    public IReadOnlyList<string> ChildrenOf(string key)
    {
        ReadRecorder.Read(ReadKind.Children, key);
        return _children.GetValueOrDefault(key) ?? [];
    }

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

    /// <summary>Every contact id, in order (for messages).</summary>
    public IEnumerable<string> ContactIds => _contactKeys.Keys.Order(StringComparer.Ordinal);

    /// <summary>The key of the contact page with id <paramref name="id"/> (its file name), if any.</summary>
    public string? ContactKey(string id)
    {
        ReadRecorder.Read(ReadKind.Contact, id);
        return _contactKeys.GetValueOrDefault(id);
    }

    public bool HasKey(string key)
    {
        ReadRecorder.Read(ReadKind.Key, key);
        return _byKey.ContainsKey(key);
    }

    /// <summary>Pages of one content type in a language (translations or source fallbacks), in tree order.</summary>
    public IReadOnlyList<Page> OfType(ContentType type, string language)
    {
        ReadRecorder.Read(ReadKind.PagesOfType, type.ToString(), language);
        return OfTypeWithoutRecording(type, language);
    }

    private IReadOnlyList<Page> OfTypeWithoutRecording(ContentType type, string language) =>
        _ofType.TryGetValue((type, language), out var pages) ? pages : [];

    // Worked out once when the model is made: the model is frozen from then on.
    private readonly IReadOnlyDictionary<(ContentType Type, string Language), IReadOnlyList<Page>> _ofType;

    private List<Page> AllOfType(ContentType type, string language) =>
        _byKey.Keys
            .Select(k => Lookup(k, language))
            .OfType<Page>()
            .Where(p => p.Type == type)
            .OrderBy(p => p.FrontMatter.Weight)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// What the site answers to <paramref name="read"/> now, as a short text that changes whenever
    /// the answer would: a later build compares it to decide whether a page must be rendered again.
    /// Reads of layouts and UI texts are not the model's and answer null.
    /// </summary>
    public string? Answer(ModelRead read) => _answers.GetOrAdd(read, AnswerNow);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ModelRead, string?> _answers = new();

    private string? AnswerNow(ModelRead read) => read.Kind switch
    {
        ReadKind.Resolve => Lookup(read.Name, read.Language!) is { } page ? FingerprintOf(page) : "-",
        ReadKind.Body => Lookup(read.Name, read.Language!)?.Source.FileHash ?? "-",
        ReadKind.Translations => string.Join(' ', TranslationsWithoutRecording(read.Name).Select(FingerprintOf)),
        ReadKind.Children => string.Join(' ', _children.GetValueOrDefault(read.Name) ?? []),
        ReadKind.Contact => _contactKeys.GetValueOrDefault(read.Name) ?? "-",
        ReadKind.Key => _byKey.ContainsKey(read.Name) ? "1" : "0",
        ReadKind.PagesOfType => string.Join(' ', OfTypeWithoutRecording(Enum.Parse<ContentType>(read.Name), read.Language!).Select(FingerprintOf)),
        ReadKind.LanguagePages => string.Join(' ', _pages.Where(p => p.Language.Code == read.Language).Select(p => FingerprintOf(p) + p.Source.FileHash)),
        ReadKind.AllPages => _allPagesFingerprint.Value,
        _ => null,
    };

    /// <summary>
    /// A page's fingerprint: changes whenever anything a layout could show of the page, short of its
    /// body, changes: its front matter, the source page's front matter it inherits fields from, its
    /// language, state and addresses. (Its body is a read of its own, <see cref="ReadKind.Body"/>.)
    /// </summary>
    public string FingerprintOf(Page page) => _fingerprints.GetOrAdd(page, p =>
    {
        var source = Lookup(p.Key, Config.DefaultLanguage.Code)?.Source.FrontMatterHash ?? "";
        var text = $"{p.Source.FrontMatterHash}|{p.Source.SourcePath}|{source}|{p.Language.Code}|{p.ContentLanguage.Code}|{p.State}|{p.Url}|{p.ContentUrl}|{p.OutputPath}";
        return Fingerprint.Of(text);
    });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Page, string> _fingerprints = new(ReferenceEqualityComparer.Instance);

    private readonly Lazy<string> _allPagesFingerprint;
}
