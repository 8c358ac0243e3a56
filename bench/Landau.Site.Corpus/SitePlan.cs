using System.Globalization;

namespace Landau.Site.Corpus;

/// <summary>
/// The pages of a corpus before any text is written: the German page tree (the real site's
/// skeleton, then Wegweiser articles, offers, news, projects and contacts in a fixed mix), and
/// for every page and language whether a translation exists, is outdated or is a draft.
/// Depends only on the seed, the number of German pages and the languages.
/// </summary>
public sealed class SitePlan
{
    /// <summary>The contact shown in every page's footer (site.yml <c>footer_contact</c>).</summary>
    public const string FooterContact = "integrationsbuero";

    /// <summary>The Wegweiser's sections, as on the real site.</summary>
    public static readonly IReadOnlyList<string> GuideSections =
        ["willkommen", "zusammenleben", "sprache", "bildung", "ausbildung-und-arbeit", "kinder-und-familie", "lebensorganisation", "wohnen", "mitmachen"];

    /// <summary>Target groups an offer may name (docs/content-format.md).</summary>
    public static readonly IReadOnlyList<string> TargetGroups = ["frauen", "jugendliche", "familien", "gefluechtete", "arbeitgebende", "ehrenamtliche", "alle"];

    /// <summary>Languages spoken in offers: the site's and those of Landau's larger communities.</summary>
    public static readonly IReadOnlyList<string> SpokenLanguages = ["de", "en", "ar", "uk", "tr", "fa", "ru", "ro", "pl", "bg", "fr", "ps", "ti"];

    /// <summary>Direct articles of a Wegweiser section before the rest goes into topic folders (the print guide stays readable).</summary>
    public const int DirectArticlesPerSection = 6;

    public const int ArticlesPerTopic = 20;

    // The mix of the pages after the skeleton, repeated: 11 articles, 3 offers, 3 news, 2 projects, 1 contact.
    private static readonly PageKind[] Mix =
    [
        PageKind.GuideArticle, PageKind.GuideArticle, PageKind.Offer, PageKind.News, PageKind.GuideArticle, PageKind.Project,
        PageKind.GuideArticle, PageKind.GuideArticle, PageKind.Contact, PageKind.GuideArticle, PageKind.Offer, PageKind.News,
        PageKind.GuideArticle, PageKind.GuideArticle, PageKind.Project, PageKind.GuideArticle, PageKind.News, PageKind.GuideArticle,
        PageKind.Offer, PageKind.GuideArticle,
    ];

    private static readonly string[] SlugWords =
    [
        "beratung", "termin", "antrag", "sprachkurs", "kita", "schule", "wohnung", "anmeldung", "aufenthalt", "gesundheit",
        "versicherung", "jobcenter", "ehrenamt", "dolmetscher", "anerkennung", "praktikum", "nachbarschaft", "verein", "mieten",
        "elternabend", "buergerbuero", "krankenkasse", "bibliothek", "fahrkarte",
    ];

    private static readonly string[] TopicWords =
        ["grundlagen", "antraege", "fristen", "unterlagen", "kosten", "rechte-und-pflichten", "tipps", "beratung", "termine", "sonderfaelle"];

    /// <summary>Share of pages translated into each language; a language not listed gets half its pages.</summary>
    private static readonly Dictionary<string, double> TranslationRate = new(StringComparer.Ordinal)
    {
        ["en"] = 0.9, ["ar"] = 0.85, ["uk"] = 0.85, ["tr"] = 0.4, ["fa"] = 0.4, ["de-ls"] = 0.05,
    };

    // Leichte Sprache has its own start page and a handful of pages, as on the real site.
    private static readonly HashSet<string> EasyLanguageSkeleton = new(StringComparer.Ordinal)
    {
        "_index.md", "barrierefreiheit.md", "haltung/_index.md", "wegweiser/_index.md", "wegweiser/willkommen/_index.md", "kontakte/_index.md",
    };

    private readonly Dictionary<string, PlannedPage> _byKey;
    private readonly Dictionary<string, List<PlannedPage>> _children;
    private readonly Dictionary<(string Key, string Language), TranslationPlan> _translations;
    private readonly Dictionary<(string Key, string Language), string> _titles = new();

    private SitePlan(int seed, IReadOnlyList<string> languages, string sourceLanguage, List<PlannedPage> pages, Dictionary<(string, string), TranslationPlan> translations)
    {
        Seed = seed;
        Languages = languages;
        SourceLanguage = sourceLanguage;
        Pages = pages;
        _byKey = pages.ToDictionary(p => p.Key, StringComparer.Ordinal);
        _children = pages.Where(p => p.ParentKey is not null).GroupBy(p => p.ParentKey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _translations = translations;
        foreach (var page in pages)
        {
            foreach (var language in languages)
            {
                _titles[(page.Key, language)] = MakeTitle(page, language);
            }
        }

        Offers = pages.Where(p => p.Kind == PageKind.Offer).ToList();
        Contacts = pages.Where(p => p.Kind == PageKind.Contact).ToList();
        Articles = pages.Where(p => p.Kind is PageKind.GuideArticle or PageKind.GuideSection or PageKind.GuideTopic).ToList();
    }

    public int Seed { get; }

    /// <summary>Language codes in the order of site.yml.</summary>
    public IReadOnlyList<string> Languages { get; }

    public string SourceLanguage { get; }

    /// <summary>Every German page, in the order planned (skeleton first).</summary>
    public IReadOnlyList<PlannedPage> Pages { get; }

    public IReadOnlyList<PlannedPage> Offers { get; }

    public IReadOnlyList<PlannedPage> Contacts { get; }

    /// <summary>Wegweiser pages: sections, topics and articles.</summary>
    public IReadOnlyList<PlannedPage> Articles { get; }

    public PlannedPage this[string key] => _byKey[key];

    public IReadOnlyList<PlannedPage> ChildrenOf(string key) => _children.GetValueOrDefault(key) ?? [];

    /// <summary>How <paramref name="key"/> exists in <paramref name="language"/>; the source language is always <see cref="TranslationPlan.UpToDate"/>.</summary>
    public TranslationPlan TranslationOf(string key, string language) =>
        language == SourceLanguage ? TranslationPlan.UpToDate : _translations.GetValueOrDefault((key, language), TranslationPlan.Missing);

    public bool IsTranslated(string key, string language) => TranslationOf(key, language) != TranslationPlan.Missing;

    /// <summary>The page's title in a language (whether or not the page is translated into it).</summary>
    public string Title(string key, string language) => _titles[(key, language)];

    /// <summary>
    /// Plans <paramref name="germanPages"/> pages: the skeleton of the real site, then the mix.
    /// </summary>
    public static SitePlan Create(int seed, int germanPages, IReadOnlyList<string> languages, string sourceLanguage)
    {
        var skeleton = FixedTitles.Keys;
        if (germanPages < skeleton.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(germanPages),
                $"A corpus needs at least {skeleton.Count} pages per language (the skeleton of the real site).");
        }

        var pages = new List<PlannedPage>();
        var principle = 0;
        var rootPage = 0;
        foreach (var key in skeleton)
        {
            pages.Add(SkeletonPage(key, ref principle, ref rootPage));
        }

        var random = CorpusRandom.For(seed, "plan");
        var keys = pages.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var perSection = new int[GuideSections.Count];
        var counts = new Dictionary<PageKind, int>();
        var articles = 0;
        for (var i = 0; pages.Count < germanPages; i++)
        {
            var kind = Mix[i % Mix.Length];
            var n = counts[kind] = counts.GetValueOrDefault(kind) + 1;
            var planned = new List<PlannedPage>();
            switch (kind)
            {
                case PageKind.GuideArticle:
                {
                    var s = articles++ % GuideSections.Count;
                    var section = GuideSections[s];
                    var c = perSection[s]++;
                    var folder = $"wegweiser/{section}";
                    if (c >= DirectArticlesPerSection)
                    {
                        var t = (c - DirectArticlesPerSection) / ArticlesPerTopic;
                        var topic = TopicWords[(t + s) % TopicWords.Length] + (t >= TopicWords.Length ? $"-{(t / TopicWords.Length) + 1}" : "");
                        folder = $"{folder}/{topic}";
                        if (!keys.Contains($"{folder}/_index.md"))
                        {
                            planned.Add(new PlannedPage($"{folder}/_index.md", PageKind.GuideTopic, t + 1) { GuideSections = [section] });
                        }
                    }

                    var slug = $"{SlugWords[(c * 7 + s) % SlugWords.Length]}-{c + 1:D4}";
                    planned.Add(new PlannedPage($"{folder}/{slug}.md", PageKind.GuideArticle, c + 1) { GuideSections = [section] });
                    break;
                }

                case PageKind.Offer:
                {
                    var sections = random.PickDistinct(GuideSections, random.Chance(0.3) ? 2 : 1);
                    planned.Add(new PlannedPage($"angebote/{random.Pick(SlugWords)}-{n:D4}.md", PageKind.Offer, n) { GuideSections = sections, Ordinal = n });
                    break;
                }

                case PageKind.News:
                {
                    var date = new DateOnly(2019, 1, 1).AddDays(random.Between(0, 2860)); // up to autumn 2026
                    var year = date.Year.ToString(CultureInfo.InvariantCulture);
                    if (!keys.Contains($"aktuelles/{year}/_index.md"))
                    {
                        planned.Add(new PlannedPage($"aktuelles/{year}/_index.md", PageKind.NewsYear, 3000 - date.Year) { Date = date });
                    }

                    planned.Add(new PlannedPage($"aktuelles/{year}/{random.Pick(SlugWords)}-{n:D4}.md", PageKind.News, 0) { Date = date });
                    break;
                }

                case PageKind.Project:
                    planned.Add(new PlannedPage($"projekte/{random.Pick(SlugWords)}-{n:D4}.md", PageKind.Project, n));
                    break;

                default:
                    planned.Add(new PlannedPage($"kontakte/{random.Pick(SlugWords)}-{n:D4}.md", PageKind.Contact, n));
                    break;
            }

            // A folder page and its first page need two places; near the end, a single page takes the last one.
            if (pages.Count + planned.Count > germanPages)
            {
                n = counts[PageKind.Project] = counts.GetValueOrDefault(PageKind.Project) + 1;
                planned = [new PlannedPage($"projekte/{random.Pick(SlugWords)}-{n:D4}.md", PageKind.Project, n)];
            }

            foreach (var page in planned)
            {
                if (!keys.Add(page.Key))
                {
                    throw new InvalidOperationException($"The plan made the key {page.Key} twice.");
                }

                pages.Add(page);
            }
        }

        var translations = new Dictionary<(string, string), TranslationPlan>();
        var skeletonKeys = skeleton.ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var language in languages.Where(l => l != sourceLanguage))
            {
                var draw = CorpusRandom.For(seed, "translation", page.Key, language);
                var translated = language == "de-ls"
                    ? EasyLanguageSkeleton.Contains(page.Key) || draw.Chance(TranslationRate["de-ls"])
                    : skeletonKeys.Contains(page.Key) || draw.Chance(TranslationRate.GetValueOrDefault(language, 0.5));
                if (translated)
                {
                    translations[(page.Key, language)] = draw.Chance(0.04) ? TranslationPlan.Outdated
                        : draw.Chance(0.03) ? TranslationPlan.Draft
                        : TranslationPlan.UpToDate;
                }
            }
        }

        return new SitePlan(seed, languages, sourceLanguage, pages, translations);
    }

    private static PlannedPage SkeletonPage(string key, ref int principle, ref int rootPage)
    {
        var parts = key.Split('/');
        if (key == "_index.md")
        {
            return new PlannedPage(key, PageKind.Home, 0);
        }

        if (parts[0] == "wegweiser")
        {
            return parts.Length == 2
                ? new PlannedPage(key, PageKind.GuideRoot, 20)
                : new PlannedPage(key, PageKind.GuideSection, GuideSections.ToList().IndexOf(parts[1]) + 1) { GuideSections = [parts[1]] };
        }

        return key switch
        {
            "haltung/_index.md" => new PlannedPage(key, PageKind.PrinciplesIndex, 10),
            _ when parts[0] == "haltung" => new PlannedPage(key, PageKind.Principle, ++principle) { Ordinal = principle },
            "angebote/_index.md" => new PlannedPage(key, PageKind.OfferDirectory, 30),
            "kontakte/_index.md" => new PlannedPage(key, PageKind.ContactsIndex, 40),
            "kontakte/integrationsbuero.md" => new PlannedPage(key, PageKind.Contact, 0),
            "projekte/_index.md" => new PlannedPage(key, PageKind.ProjectsIndex, 50),
            "aktuelles/_index.md" => new PlannedPage(key, PageKind.NewsIndex, 70),
            _ => new PlannedPage(key, PageKind.RootPage, 80 + (10 * rootPage)) { Ordinal = ++rootPage },
        };
    }

    private string MakeTitle(PlannedPage page, string language)
    {
        if (FixedTitles.Of(page.Key, language) is { } title)
        {
            return title;
        }

        if (page.Kind == PageKind.NewsYear)
        {
            return FixedTitles.NewsYear(page.Date!.Value.Year, language);
        }

        var text = LanguageText.For(language);
        var random = CorpusRandom.For(Seed, "title", page.Key, language);
        return page.Kind == PageKind.Contact ? text.Organisation(random) : text.Title(random);
    }
}
