using Landau.Site.Diagnostics;
namespace Landau.Site.Configuration;

/// <summary>The site's configuration from <c>site.yml</c>, validated and frozen.</summary>
public sealed record SiteConfig
{
    /// <summary>The site's title per language code; languages not listed use the default language's title.</summary>
    public required IReadOnlyDictionary<string, string> Title { get; init; }

    /// <summary>The absolute URL the site is published under, always ending with <c>/</c>.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>
    /// Whether the city has confirmed <see cref="BaseUrl"/> as the site's public address
    /// (<c>base_url_confirmed</c>). Until then nothing printed carries it: see <see cref="PrintAddress"/>.
    /// </summary>
    public bool BaseUrlConfirmed { get; init; } = true;

    /// <summary>
    /// The address printed on the postcard and encoded in the QR codes (<c>print_address</c>), the
    /// same for every language; null: each language's home page under a confirmed <see cref="BaseUrl"/>.
    /// </summary>
    public Uri? PrintAddress { get; init; }

    /// <summary>The source language: every other language translates its pages.</summary>
    public required LanguageConfig DefaultLanguage { get; init; }

    /// <summary>All languages in the order of site.yml (the order of language switchers and the language chooser).</summary>
    public required IReadOnlyList<LanguageConfig> Languages { get; init; }

    /// <summary>Id of the contact page shown in every page's footer, if any.</summary>
    public string? FooterContact { get; init; }

    /// <summary>Where each top-level value of site.yml is written, for errors about what it refers to.</summary>
    public IReadOnlyDictionary<string, SourceLocation> ValueLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>The folder whose subfolders are the Wegweiser (guide) sections that offers refer to.</summary>
    public string GuideRoot { get; init; } = "wegweiser";

    /// <summary>The key of the page of a guide section named in an offer's <c>sections</c>.</summary>
    public string GuideSectionKey(string section) => $"{GuideRoot}/{section}/_index.md";

    /// <summary>
    /// Inline HTML elements content may use, with only <c>lang</c>, <c>dir</c> and <c>title</c>
    /// attributes (e.g. <c>span</c> to mark a German name in Arabic text). Empty: no HTML at all.
    /// </summary>
    public IReadOnlySet<string> RawHtmlTags { get; init; } = new HashSet<string>();

    /// <summary>The start page's video in Deutsche Gebärdensprache (BITV 2.0 § 4); null until the city adds it.</summary>
    public SignLanguageVideo? SignLanguageVideo { get; init; }

    /// <summary>Warning codes that <c>--strict</c> does not turn into errors (known, accepted open items), as MSBuild's WarningsNotAsErrors.</summary>
    public IReadOnlySet<string> WarningsNotAsErrors { get; init; } = new HashSet<string>();

    /// <summary>Extra values for layouts (the one escape hatch).</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();

    /// <summary>The URL path all pages live under: <c>/</c>, or <c>/integration/</c> for a site hosted in a folder.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    public LanguageConfig? FindLanguage(string code) => Languages.FirstOrDefault(l => l.Code == code);

    /// <summary>The language whose page a reader of <paramref name="language"/> gets where there is no translation.</summary>
    public LanguageConfig FallbackOf(LanguageConfig language) =>
        language.Fallback is { } code && FindLanguage(code) is { } fallback ? fallback : DefaultLanguage;

    /// <summary>The language <paramref name="language"/> is translated from: a pivot such as English, or the default language.</summary>
    public LanguageConfig SourceOf(LanguageConfig language) =>
        language.TranslatedFrom is { } code && FindLanguage(code) is { } source ? source : DefaultLanguage;

    public string TitleFor(string languageCode) =>
        Title.TryGetValue(languageCode, out var title) ? title : Title[DefaultLanguage.Code];

    /// <summary>The absolute URL of a site path such as <c>/integration/de/wegweiser/</c> (which includes the base path).</summary>
    public string AbsoluteUrl(string sitePath) => new Uri(BaseUrl, sitePath).AbsoluteUri;

    /// <summary>The address printed for readers of <paramref name="languageCode"/>: <see cref="PrintAddress"/>, or the language's home page.</summary>
    public string PrintedAddress(string languageCode) =>
        PrintAddress?.AbsoluteUri ?? AbsoluteUrl(BasePath + languageCode + "/");
}
