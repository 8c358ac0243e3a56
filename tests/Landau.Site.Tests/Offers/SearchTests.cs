using Landau.Site.Search;
using Landau.Site.Tests.EndToEnd;

namespace Landau.Site.Tests.Offers;

/// <summary>The published search index of each language, queried as search.js queries it.</summary>
public sealed class SearchTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private SearchIndex Index(string language) =>
        SearchIndex.FromJson(File.ReadAllText(Path.Combine(site.Output, language, "suche", "index.json")));

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("tr")]
    [InlineData("de-ls")]
    public void The_index_has_every_page_of_its_language(string language)
    {
        var urls = Index(language).Documents.Select(d => d.Url).ToHashSet();
        var pages = site.Pages.Keys.Where(p => p.StartsWith($"/{language}/", StringComparison.Ordinal) && p.Count(c => c == '/') >= 2)
            .Where(p => !p.EndsWith("404.html", StringComparison.Ordinal) && !p.Contains("/angebote/bereich/") && !p.Contains("/angebote/fuer/")
                && !p.Contains("/angebote/kostenlos/") && !p.Contains("/angebote/sprache/") && !p.Contains("/angebote/mit-kinderbetreuung/") && !p.Contains("/angebote/stufenlos/") && !RealSiteFixture.GeneratedPages.Any(g => p.EndsWith(g, StringComparison.Ordinal)))
            .Select(p => p[..^"index.html".Length]);
        Assert.All(pages, p => Assert.Contains(p, urls));
    }

    [Theory]
    [InlineData("de", "Sprachkurs", "/de/wegweiser/sprache/sprachkurse-fuer-frauen/")]
    [InlineData("de", "Arbeit", "/de/wegweiser/ausbildung-und-arbeit/")]
    [InlineData("de", "Fuehrerschein", "/de/dienstleistungen-von-a-bis-z/")]
    [InlineData("de", "Zauberlehrling", null)]
    [InlineData("de", "Bürgerbüro", "/de/angebote/buergerbuero/")]
    [InlineData("de", "buergerbuero", "/de/angebote/buergerbuero/")]
    [InlineData("en", "language course", "/en/wegweiser/sprache/sprachkurse-fuer-frauen/")]
    [InlineData("ar", "دورة الاندماج", "/ar/wegweiser/sprache/integrationskurs/")]
    [InlineData("ar", "دوره الاندماج", "/ar/wegweiser/sprache/integrationskurs/")]
    [InlineData("uk", "інтеграційний курс", "/uk/wegweiser/sprache/integrationskurs/")]
    [InlineData("fa", "قانون اساسی", "/fa/haltung/grundgesetz/")]
    [InlineData("tr", "Anayasa", "/tr/haltung/grundgesetz/")]
    [InlineData("tr", "Jobcenter", "/tr/angebote/jobcenter-landau/")]
    public void Finds_what_newcomers_search_for(string language, string query, string? expected)
    {
        var results = Index(language).Query(query).Select(d => d.Url).ToList();
        if (expected is null)
        {
            Assert.Empty(results); // a word no page has finds nothing, not everything
            return;
        }

        Assert.Contains(expected, results.Take(10));
    }

    [Fact]
    public void Normalisation_matches_across_umlauts_arabic_variants_and_case()
    {
        Assert.Equal("burgerburo", SearchText.Normalize("Bürgerbüro"));
        Assert.Equal("burgerburo", SearchText.Normalize("Buergerbuero"));
        Assert.Equal("strasse", SearchText.Normalize("Straße"));
        Assert.Equal(SearchText.Normalize("إدارة"), SearchText.Normalize("اداره"));
        Assert.Equal(SearchText.Normalize("كِتَاب"), SearchText.Normalize("کتاب"));
        Assert.Equal(["integration", "2", "0"], SearchText.Words("Integration 2.0"));
    }
}
