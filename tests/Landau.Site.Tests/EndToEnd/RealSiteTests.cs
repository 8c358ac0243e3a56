using AngleSharp.Dom;
using Landau.Site.Diagnostics;

namespace Landau.Site.Tests.EndToEnd;

/// <summary>The real site in content/, built as the city builds it, checked page by page.</summary>
public sealed class RealSiteTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static readonly Dictionary<string, string> Directions = new()
    {
        ["de"] = "ltr", ["en"] = "ltr", ["ar"] = "rtl", ["uk"] = "ltr", ["tr"] = "ltr", ["fa"] = "rtl",
    };

    /// <summary>Content pages of every language (not the language chooser, not the "not found" pages).</summary>
    private IEnumerable<(string Path, IDocument Document)> LanguagePages =>
        site.Pages.Where(p => p.Key != "/index.html" && !p.Key.EndsWith("/404.html", StringComparison.Ordinal)).Select(p => (p.Key, (IDocument)p.Value));

    private static string LanguageOf(string path) => path.Split('/')[1];

    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Severity == Severity.Warning);
    }

    [Fact]
    public void Has_every_language_with_german_english_arabic_and_ukrainian_complete()
    {
        var perLanguage = site.Result.PagesPerLanguage;
        Assert.Equal(["ar", "de", "en", "fa", "tr", "uk"], perLanguage.Keys.Order());
        Assert.All(new[] { "en", "ar", "uk" }, l => Assert.Equal(perLanguage["de"], perLanguage[l]));
        Assert.All(new[] { "tr", "fa" }, l => Assert.InRange(perLanguage[l], 10, perLanguage["de"]));
        // Turkish and Persian translate at least the home page and the Haltung with its eight principles.
        foreach (var language in new[] { "tr", "fa" })
        {
            Assert.NotNull(site.FileFor($"/{language}/"));
            Assert.NotNull(site.FileFor($"/{language}/haltung/"));
            Assert.Equal(8, Directory.GetDirectories(Path.Combine(site.Output, language, "haltung")).Length);
        }
    }

    [Fact]
    public void Every_page_declares_its_language_and_direction()
    {
        foreach (var (path, document) in LanguagePages)
        {
            var language = LanguageOf(path);
            var html = document.DocumentElement;
            Assert.True(language == html.GetAttribute("lang"), $"{path}: lang is '{html.GetAttribute("lang")}'");
            Assert.True(Directions[language] == html.GetAttribute("dir"), $"{path}: dir is '{html.GetAttribute("dir")}'");
        }
    }

    [Fact]
    public void Every_page_has_one_h1_and_a_title_unique_in_its_language()
    {
        foreach (var (path, document) in LanguagePages)
        {
            Assert.True(document.QuerySelectorAll("h1").Length == 1, $"{path} has {document.QuerySelectorAll("h1").Length} h1");
            Assert.False(string.IsNullOrWhiteSpace(document.Title), $"{path} has no title");
        }

        foreach (var group in LanguagePages.GroupBy(p => LanguageOf(p.Path)))
        {
            var duplicates = group.GroupBy(p => p.Document.Title).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{group.Key}: duplicate titles {string.Join(", ", duplicates)}");
        }
    }

    [Fact]
    public void Skip_link_comes_first_and_leads_to_main()
    {
        foreach (var (path, document) in site.Pages.Select(p => (p.Key, p.Value)))
        {
            var first = document.QuerySelector("a[href], button, input, select, textarea");
            Assert.True(first?.GetAttribute("href") == "#main", $"{path}: the first focusable element is not the skip link");
            Assert.True(document.QuerySelector("main#main") is not null, $"{path}: no main#main");
        }
    }

    [Fact]
    public void Language_switcher_leads_to_the_same_page_in_other_languages()
    {
        foreach (var (path, document) in LanguagePages)
        {
            var language = LanguageOf(path);
            var switcher = document.QuerySelector("nav.language-switcher");
            Assert.True(switcher is not null, $"{path}: no language switcher");
            var current = switcher.QuerySelector("[aria-current]");
            Assert.True(current?.GetAttribute("lang") == language, $"{path}: the current language is not marked");
            var samePage = path[(language.Length + 1)..];
            foreach (var link in switcher.QuerySelectorAll("a"))
            {
                var target = link.GetAttribute("hreflang")!;
                Assert.Equal(target, link.GetAttribute("lang"));
                Assert.Equal($"/{target}{samePage}", site.FileFor(link.GetAttribute("href")!));
                Assert.Equal(target, site.Pages[$"/{target}{samePage}"].DocumentElement.GetAttribute("lang"));
                Assert.False(link.QuerySelector("img") is not null, $"{path}: flags instead of language names");
            }
        }
    }

    [Fact]
    public void Every_internal_link_and_fragment_resolves()
    {
        var broken = new List<string>();
        foreach (var (path, document) in site.Pages.Select(p => (p.Key, p.Value)))
        {
            foreach (var element in document.QuerySelectorAll("a[href], link[href]"))
            {
                var href = element.GetAttribute("href")!;
                if (href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal) ||
                    href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = href.IndexOf('#');
                var target = hash == 0 ? path : site.FileFor(new Uri(new Uri("https://x" + path), hash > 0 ? href[..hash] : href).AbsolutePath);
                if (target is null)
                {
                    broken.Add($"{path} → {href}");
                    continue;
                }

                if (hash >= 0 && target.EndsWith(".html", StringComparison.Ordinal))
                {
                    var id = Uri.UnescapeDataString(href[(hash + 1)..]);
                    if (site.Pages[target].GetElementById(id) is null)
                    {
                        broken.Add($"{path} → {href} (no element with id '{id}')");
                    }
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Fact]
    public void Every_page_has_the_wegweiser_navigation_breadcrumbs_and_the_footer()
    {
        foreach (var (path, document) in LanguagePages)
        {
            Assert.True(document.QuerySelectorAll(".guide-nav a").Length >= 10, $"{path}: Wegweiser navigation incomplete");
            var footer = document.QuerySelector("footer");
            Assert.True(footer is not null, $"{path}: no footer");
            Assert.Contains("06341 13-5025", footer.TextContent);
            Assert.Contains(footer.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("/barrierefreiheit/"));
            if (!path.EndsWith($"/{LanguageOf(path)}/index.html", StringComparison.Ordinal))
            {
                Assert.True(document.QuerySelector("nav.breadcrumbs [aria-current=page]") is not null, $"{path}: no breadcrumbs");
            }
        }
    }

    [Fact]
    public void Text_in_another_language_than_the_page_is_marked_with_its_language()
    {
        // Turkish pages link to German pages that are not translated yet: those links carry lang="de".
        var turkishHome = site.Pages["/tr/index.html"];
        var german = turkishHome.QuerySelectorAll(".guide-nav a").Where(a => a.GetAttribute("href")!.StartsWith("/de/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(german);
        Assert.All(german, a => Assert.Equal("de", a.GetAttribute("lang")));
    }

    [Fact]
    public void Language_chooser_lists_every_language_in_its_own_name()
    {
        var chooser = site.Pages["/index.html"];
        var choices = chooser.QuerySelectorAll(".language-choices li");
        Assert.Equal(["de", "en", "ar", "uk", "tr", "fa"], choices.Select(c => c.GetAttribute("lang")));
        Assert.Equal(["Deutsch", "English", "العربية", "Українська", "Türkçe", "فارسی"], choices.Select(c => c.QuerySelector(".choice-name")!.TextContent));
        Assert.Equal("rtl", choices[2].GetAttribute("dir"));
    }

    [Fact]
    public void Contact_of_the_beauftragte_is_the_one_from_the_seed()
    {
        var contact = site.Pages["/de/kontakte/beauftragte-migration-integration/index.html"];
        var card = contact.QuerySelector("main .contact-card")!.TextContent;
        Assert.Contains("Elena Bonatz", card);
        Assert.Contains("Friedrich-Ebert-Straße 5", card);
        Assert.Contains("76829 Landau in der Pfalz", card);
        Assert.Equal("tel:+496341135025", contact.QuerySelector("main .contact-card a[href^='tel:']")!.GetAttribute("href"));
    }

    [Fact]
    public void Haltung_has_the_eight_principles_of_the_postcard()
    {
        var haltung = site.Pages["/de/haltung/index.html"];
        var statements = haltung.QuerySelectorAll("main .card-text").Select(p => p.TextContent).ToList();
        Assert.Equal(8, statements.Count);
        Assert.Equal("Unsere demokratische Grundhaltung und unser Grundgesetz sind die Basis, die alle anerkennen.", statements[0]);
        Assert.Equal("Wir erwarten den Willen zur Integration auf allen Seiten.", statements[7]);
    }

    [Fact]
    public void Wegweiser_has_nine_sections_each_with_at_least_two_articles()
    {
        var guide = site.Pages["/de/wegweiser/index.html"];
        var sections = guide.QuerySelectorAll("main .card-title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(9, sections.Count);
        foreach (var section in sections)
        {
            var page = site.Pages[site.FileFor(section)!];
            Assert.True(page.QuerySelectorAll("main section[aria-labelledby=children-title] .card").Length >= 2, $"{section} has fewer than two articles");
        }
    }

    [Fact]
    public void Pages_make_no_third_party_requests()
    {
        foreach (var (path, document) in site.Pages.Select(p => (p.Key, p.Value)))
        {
            foreach (var element in document.QuerySelectorAll("script[src], link[rel=stylesheet], img[src], iframe, link[rel=icon]"))
            {
                var url = element.GetAttribute("src") ?? element.GetAttribute("href") ?? "";
                Assert.True(url.StartsWith('/'), $"{path}: {element.TagName} loads {url}");
            }
        }
    }
}
