namespace Landau.Site.BrowserTests;

/// <summary>One page of each type, as a path below a language folder.</summary>
public static class PageTypes
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["home"] = "",
        ["section"] = "wegweiser/",
        ["guide"] = "wegweiser/sprache/",
        ["article"] = "wegweiser/sprache/integrationskurs/",
        ["principle"] = "haltung/grundgesetz/",
        ["offer"] = "angebote/beratung-migration-integration/",
        ["directory"] = "angebote/",
        ["filter"] = "angebote/bereich/sprache/",
        ["contact"] = "kontakte/beauftragte-migration-integration/",
        ["news"] = "aktuelles/",
        ["search"] = "suche/",
        ["print guide"] = "wegweiser/druck/",
        ["postcard"] = "postkarte/",
        ["qr"] = "qr/",
        ["404"] = "404.html",
    };

    public static IEnumerable<string> In(string language) => Paths.Values.Select(p => $"/{language}/{p}");

    /// <summary>Pages outside the language folders.</summary>
    public static readonly IReadOnlyList<string> Global = ["/", "/_translations/", "/404.html"];
}
