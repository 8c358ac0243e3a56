using System.Text.Json;
using System.Xml.Linq;
using Landau.Site.Building;
using Landau.Site.Diagnostics;
using Landau.Site.Offers;
using Landau.Site.Tests.EndToEnd;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Offers;

/// <summary>The offer directory, its filter pages, open data, JSON-LD and feed, on the real site.</summary>
public sealed class OfferDirectoryTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private JsonElement Data(string language) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, language, "angebote", "offers.json"))).RootElement.GetProperty("offers");

    [Fact]
    public void Every_filter_page_lists_exactly_the_matching_offers()
    {
        var offers = Data("de").EnumerateArray().ToList();
        var checkedPages = 0;
        foreach (var (path, document) in site.Pages.Where(p => p.Key.StartsWith("/de/angebote/", StringComparison.Ordinal)))
        {
            var segments = path.Split('/');
            Func<JsonElement, bool>? matches = segments.Length switch
            {
                6 when segments[3] == "bereich" => o => o.GetProperty("sections").EnumerateArray().Any(s => s.GetString() == segments[4]),
                6 when segments[3] == "fuer" => o => o.GetProperty("target_groups").EnumerateArray().Any(s => s.GetString() == segments[4]),
                5 when segments[3] == "kostenlos" => o => o.GetProperty("free_of_charge").ValueKind == JsonValueKind.True,
                5 when segments[3] == "mit-kinderbetreuung" => o => o.GetProperty("childcare").ValueKind == JsonValueKind.True,
                _ => null,
            };
            if (matches is null)
            {
                continue;
            }

            var expected = offers.Where(matches).Select(o => o.GetProperty("url").GetString()!.Replace("https://integration.landau.de", "", StringComparison.Ordinal)).Order().ToList();
            var listed = document.QuerySelectorAll(".offer-list .offer-card .card-title a").Select(a => a.GetAttribute("href")!).Order().ToList();
            Assert.True(expected.SequenceEqual(listed), $"{path}: expected {string.Join(", ", expected)} but lists {string.Join(", ", listed)}");
            Assert.True(listed.Count > 0, $"{path}: a filter page that no offer matches");
            checkedPages++;
        }

        Assert.True(checkedPages >= 10, $"only {checkedPages} filter pages");

        // Every filter value shown is a link to its page, with at least one offer; values no offer has are left out.
        var directory = site.Pages["/de/angebote/index.html"];
        var filterItems = directory.QuerySelectorAll(".offer-filters li").ToList();
        Assert.All(filterItems, li => Assert.NotNull(li.QuerySelector("a[href]")));
        Assert.DoesNotContain(filterItems, li => li.TextContent.Contains("(0)"));
        Assert.All(directory.QuerySelectorAll(".offer-filters a[href]"), a => Assert.NotNull(site.FileFor(a.GetAttribute("href")!)));
        Assert.Equal(offers.Count, site.Pages["/de/angebote/index.html"].QuerySelectorAll(".offer-list .offer-card").Length);
    }

    [Fact]
    public void The_directory_says_how_many_offers_in_the_readers_plural()
    {
        Assert.Equal($"{Data("de").GetArrayLength()} Angebote", site.Pages["/de/angebote/index.html"].GetElementById("offer-count")!.TextContent);
        var arabic = site.Pages["/ar/angebote/fuer/jugendliche/index.html"].GetElementById("offer-count")!.TextContent;
        var count = Data("ar").EnumerateArray().Count(o => o.GetProperty("target_groups").EnumerateArray().Any(g => g.GetString() == "jugendliche"));
        Assert.Equal(count switch { 0 => "لا توجد عروض", 1 => "عرض واحد", 2 => "عرضان", <= 10 => $"{count} عروض", _ => $"{count} عرضًا" }, arabic);
    }

    [Fact]
    public void Open_data_round_trips_between_json_and_csv()
    {
        foreach (var language in new[] { "de", "ar" })
        {
            var json = Data(language).EnumerateArray().ToList();
            var csv = File.ReadAllLines(Path.Combine(site.Output, language, "angebote", "offers.csv"));
            Assert.Equal(string.Join(',', OfferData.Columns), csv[0]);
            Assert.Equal(json.Count, csv.Length - 1);
            var keys = json.Select(o => o.GetProperty("key").GetString()).ToList();
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
            for (var i = 0; i < json.Count; i++)
            {
                var fields = ParseCsvLine(csv[i + 1]);
                Assert.Equal(OfferData.Columns.Count, fields.Count);
                for (var c = 0; c < OfferData.Columns.Count; c++)
                {
                    var value = json[i].GetProperty(OfferData.Columns[c]);
                    var expected = value.ValueKind switch
                    {
                        JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(v => v.GetString())),
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        JsonValueKind.Null => "",
                        _ => value.GetString(),
                    };
                    Assert.Equal(expected, fields[c]);
                }
            }
        }
    }

    [Fact]
    public void Json_ld_parses_and_matches_the_page()
    {
        var page = site.Pages["/ar/angebote/beratung-migration-integration/index.html"];
        var data = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Service", data.GetProperty("@type").GetString());
        Assert.Equal(page.QuerySelector("h1")!.TextContent, data.GetProperty("name").GetString());
        Assert.Equal("ar", data.GetProperty("inLanguage").GetString());
        var provider = data.GetProperty("provider");
        Assert.Equal("06341 13-5025", provider.GetProperty("telephone").GetString());
        Assert.Equal("Friedrich-Ebert-Straße 5", provider.GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Contains(page.QuerySelectorAll("main a[href^='tel:']"), a => a.TextContent == "06341 13-5025");
    }

    [Fact]
    public void Atom_feeds_have_the_required_elements_newest_first()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        foreach (var language in new[] { "de", "en", "ar", "uk" })
        {
            var feed = XDocument.Load(Path.Combine(site.Output, language, "feed.xml")).Root!;
            Assert.Equal(atom + "feed", feed.Name);
            foreach (var required in new[] { "id", "title", "updated", "author" })
            {
                Assert.NotNull(feed.Element(atom + required));
            }

            Assert.Contains(feed.Elements(atom + "link"), l => (string?)l.Attribute("rel") == "self");
            var entries = feed.Elements(atom + "entry").ToList();
            Assert.NotEmpty(entries);
            Assert.All(entries, e => Assert.All(new[] { "id", "title", "updated" }, name => Assert.NotNull(e.Element(atom + name))));
            var dates = entries.Select(e => DateTimeOffset.Parse(e.Element(atom + "updated")!.Value)).ToList();
            Assert.Equal(dates.OrderByDescending(d => d), dates);
            Assert.Equal(dates[0], DateTimeOffset.Parse(feed.Element(atom + "updated")!.Value));
        }

        // Leichte Sprache has no news of its own yet: no feed of German items under its name.
        Assert.False(File.Exists(Path.Combine(site.Output, "de-ls", "feed.xml")));
    }

    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else { field.Append(c); }
        }

        fields.Add(field.ToString());
        return fields;
    }
}

public sealed class OfferRuleTests
{
    [Fact]
    public void A_past_review_by_date_warns_at_the_field()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/angebote/kurs.md", "---\ntitle: Kurs\ntype: offer\nprovider: Volkshochschule\nsections: [wohnen]\nreview_by: 2026-01-31\n---\nEin Kurs.\n");
        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Today = new DateOnly(2026, 11, 27) });
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ReviewDue);
        Assert.Equal(new SourceLocation("content/de/angebote/kurs.md", 6, 1), warning.Location);
        var later = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Today = new DateOnly(2026, 1, 1), WriteOutput = false });
        Assert.DoesNotContain(later.Diagnostics, d => d.Code == DiagnosticCodes.ReviewDue);
    }

    [Fact]
    public void An_unknown_contact_id_fails_with_file_and_line()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/themen/zweiter-schritt.md", "---\ntitle: Zweiter Schritt\ncontacts: [buero, niemand]\n---\nText\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownReference);
        Assert.Equal(new SourceLocation("content/de/themen/zweiter-schritt.md", 3, 1), error.Location);
        Assert.Contains("'niemand'", error.Message);
    }
}
