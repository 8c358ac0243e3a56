using AngleSharp.Dom;
using Landau.Site.Diagnostics;

namespace Landau.Site.Tests.EndToEnd;

/// <summary>The real site in content/, built as the city builds it, checked page by page.</summary>
public sealed class RealSiteTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static readonly Dictionary<string, string> Directions = new()
    {
        ["de"] = "ltr", ["en"] = "ltr", ["ar"] = "rtl", ["uk"] = "ltr", ["tr"] = "ltr", ["fa"] = "rtl", ["de-ls"] = "ltr",
    };


    /// <summary>The HTML lang of a language folder: Leichte Sprache is German.</summary>
    private static string LangOf(string folder) => folder == "de-ls" ? "de" : folder;

    /// <summary>Content pages of every language (not the language chooser, not the "not found" pages).</summary>
    private IEnumerable<(string Path, IDocument Document)> LanguagePages =>
        site.Pages.Where(p => Directions.ContainsKey(LanguageOf(p.Key)) && !p.Key.EndsWith("/404.html", StringComparison.Ordinal)
                && !RealSiteFixture.GeneratedPages.Any(g => p.Key.EndsWith(g, StringComparison.Ordinal)))
            .Select(p => (p.Key, (IDocument)p.Value));

    private static string LanguageOf(string path) => path.Split('/')[1];

    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        // The one warning is the reminder that the start page's sign-language video is still to come,
        // which site.yml lists under warnings_not_as_errors, so --strict passes.
        var warning = Assert.Single(site.Result.Diagnostics);
        Assert.Equal(DiagnosticCodes.SignLanguageVideoMissing, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(0, site.Result.StrictWarningCount);
    }

    [Fact]
    public void Has_every_language_and_every_german_page_in_every_language_tree()
    {
        var perLanguage = site.Result.PagesPerLanguage;
        Assert.Equal(["ar", "de", "de-ls", "en", "fa", "tr", "uk"], perLanguage.Keys.Order());
        Assert.All(new[] { "en", "ar", "uk", "tr", "fa" }, l => Assert.Equal(perLanguage["de"], perLanguage[l]));
        foreach (var language in new[] { "tr", "fa" })
        {
            Assert.NotNull(site.FileFor($"/{language}/"));
            Assert.NotNull(site.FileFor($"/{language}/haltung/"));
            Assert.Equal(8, Directory.GetDirectories(Path.Combine(site.Output, language, "haltung")).Length);
        }

        // Every page of the source language exists in every language's tree (translated or fallback).
        var german = site.Pages.Keys.Where(p => p.StartsWith("/de/", StringComparison.Ordinal)).Select(p => p[3..]).ToList();
        foreach (var language in Directions.Keys)
        {
            Assert.All(german, p => Assert.True(site.Pages.ContainsKey($"/{language}{p}"), $"/{language}{p} is missing"));
        }
    }

    [Fact]
    public void Every_page_declares_its_language_and_direction()
    {
        foreach (var (path, document) in LanguagePages)
        {
            var language = LanguageOf(path);
            var html = document.DocumentElement;
            Assert.True(LangOf(language) == html.GetAttribute("lang"), $"{path}: lang is '{html.GetAttribute("lang")}'");
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
            Assert.True(current?.GetAttribute("lang") == LangOf(language), $"{path}: the current language is not marked");
            var samePage = path[(language.Length + 1)..];
            Assert.Equal(Directions.Count - 1, switcher.QuerySelectorAll("a").Length);
            foreach (var link in switcher.QuerySelectorAll("a"))
            {
                var target = site.FileFor(link.GetAttribute("href")!)!;
                var targetFolder = target.Split('/')[1];
                Assert.Equal($"/{targetFolder}{samePage}", target);
                Assert.False(link.QuerySelector("img") is not null, $"{path}: flags instead of language names");
                var isTranslation = !link.ClassList.Contains("not-translated");
                // A real translation is marked as such; a language without one leads to its fallback page, said in words.
                Assert.Equal(isTranslation, site.Pages[target].QuerySelector("meta[name=robots]") is null);
                if (isTranslation && targetFolder != "de-ls")
                {
                    Assert.Equal(targetFolder, link.GetAttribute("hreflang"));
                }
            }
        }
    }

    [Fact]
    public void A_missing_translation_shows_the_german_text_marked_as_german_with_a_notice()
    {
        // Only Leichte Sprache still has missing pages: they show the standard German text.
        var page = site.Pages["/de-ls/wegweiser/sprache/lernen-neben-der-arbeit/index.html"];
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("https://integration.landau.de/de/wegweiser/sprache/lernen-neben-der-arbeit/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("link[rel=alternate][hreflang]:not([hreflang=x-default])"));
        var wrapper = page.QuerySelector("main > div[lang]")!;
        Assert.Equal("de", wrapper.GetAttribute("lang"));
        Assert.Equal("ltr", wrapper.GetAttribute("dir"));
        // The notice follows the heading, in the reader's language, so the heading starts the page.
        var notice = wrapper.QuerySelector("h1 + .notice")!;
        Assert.Contains("Leichter Sprache", notice.TextContent);
        Assert.Equal("de", notice.GetAttribute("lang"));
    }

    [Fact]
    public void Turkish_and_persian_are_complete_and_leichte_sprache_has_the_pages_newcomers_need_first()
    {
        var perLanguage = site.Result.PagesPerLanguage;
        Assert.All(new[] { "en", "ar", "uk", "tr", "fa" }, l => Assert.Equal(perLanguage["de"], perLanguage[l]));
        Assert.DoesNotContain(site.Pages, p => (p.Key.StartsWith("/tr/", StringComparison.Ordinal) || p.Key.StartsWith("/fa/", StringComparison.Ordinal))
            && p.Value.QuerySelector("main > div[lang=de]") is not null);
        Assert.InRange(perLanguage["de-ls"], 24, perLanguage["de"]);
        foreach (var needed in new[]
        {
            "", "haltung/", "kontakte/beauftragte-migration-integration/", "barrierefreiheit/", "wegweiser/", "wegweiser/lebensorganisation/hilfe-in-der-krise/",
            "wegweiser/willkommen/wohnsitz-anmelden/", "wegweiser/sprache/integrationskurs/", "wegweiser/lebensorganisation/krankenversicherung-und-arztbesuch/",
            "wegweiser/willkommen/", "wegweiser/zusammenleben/", "wegweiser/sprache/", "wegweiser/bildung/", "wegweiser/ausbildung-und-arbeit/",
            "wegweiser/kinder-und-familie/", "wegweiser/lebensorganisation/", "wegweiser/wohnen/", "wegweiser/mitmachen/",
        })
        {
            Assert.True(site.Pages[$"/de-ls/{needed}index.html"].QuerySelector("meta[name=robots]") is null, $"/de-ls/{needed} is not in Leichte Sprache");
        }
    }

    [Fact]
    public void Hreflang_lists_exactly_the_real_translations()
    {
        foreach (var (path, document) in LanguagePages)
        {
            var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")!).Where(h => h != "x-default").ToList();
            if (document.QuerySelector("meta[name=robots]") is not null)
            {
                Assert.Empty(alternates);
                continue;
            }

            var samePage = path[(LanguageOf(path).Length + 1)..];
            var real = Directions.Keys.Where(l => l != "de-ls" && site.Pages.TryGetValue($"/{l}{samePage}", out var p) && p.QuerySelector("meta[name=robots]") is null);
            Assert.Equal(real.Order(), alternates.Order());
            Assert.Equal("https://integration.landau.de/", document.QuerySelector("link[hreflang=x-default]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Translations_are_up_to_date_so_no_page_says_otherwise()
    {
        // Every translation is stamped against its current source and reviewed: only fallback pages carry a notice.
        foreach (var (path, document) in LanguagePages.Where(p => p.Document.QuerySelector("meta[name=robots]") is null))
        {
            Assert.True(document.QuerySelector("main .notice") is null, $"{path} shows a translation notice");
        }
    }

    [Fact]
    public void The_translation_dashboard_shows_the_status_for_translators_and_is_not_indexed()
    {
        var dashboard = site.Pages["/_translations/index.html"];
        Assert.Equal("noindex", dashboard.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.DoesNotContain("_translations", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
        var rows = dashboard.QuerySelector("main table")!.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Equal(["English", "العربية", "Українська", "Türkçe", "فارسی", "Leichte Sprache"], rows);
        var turkish = dashboard.GetElementById("lang-tr")!.ParentElement!;
        Assert.Contains("0 Seiten zu tun", turkish.QuerySelector("h2")!.TextContent);
        var easy = dashboard.GetElementById("lang-de-ls")!.ParentElement!;
        var missing = site.Result.PagesPerLanguage["de"] - site.Result.PagesPerLanguage["de-ls"];
        Assert.Contains($"{missing} Seiten zu tun", easy.QuerySelector("h2")!.TextContent);
        Assert.Contains(easy.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/de/wegweiser/sprache/lernen-neben-der-arbeit/");
    }

    [Fact]
    public void The_dashboard_shows_how_readable_every_german_and_leichte_sprache_page_is()
    {
        var dashboard = site.Pages["/_translations/index.html"];
        var table = dashboard.GetElementById("readability")!.ParentElement!.QuerySelector("table")!;
        var rows = table.QuerySelectorAll("tbody tr").Select(r => (
            Language: r.Children[1].TextContent,
            Lix: int.Parse(r.Children[2].TextContent),
            Longest: r.Children[4].QuerySelectorAll("li").Length)).ToList();
        Assert.Equal(site.Result.PagesPerLanguage["de"], rows.Count(r => r.Language == "Deutsch"));
        Assert.Equal(site.Result.PagesPerLanguage["de-ls"], rows.Count(r => r.Language == "Leichte Sprache"));
        Assert.All(rows, r => Assert.InRange(r.Lix, 10, 80));
        Assert.All(rows, r => Assert.InRange(r.Longest, 1, 3));
        // Hardest first; Leichte Sprache reads easier than the standard German it is written from.
        Assert.Equal(rows.Select(r => r.Lix).OrderDescending(), rows.Select(r => r.Lix));
        Assert.True(rows.Where(r => r.Language == "Leichte Sprache").Average(r => r.Lix) < rows.Where(r => r.Language == "Deutsch").Average(r => r.Lix));
    }

    [Fact]
    public void Leichte_sprache_pages_exist_in_german_with_their_own_address()
    {
        var home = site.Pages["/de-ls/index.html"];
        Assert.Equal("de", home.DocumentElement.GetAttribute("lang"));
        Assert.Null(home.QuerySelector("meta[name=robots]"));
        var links = home.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/de-ls/barrierefreiheit/", links);
        Assert.Contains("/de-ls/haltung/", links);
        Assert.Equal("Leichte Sprache", site.Pages["/de/index.html"].QuerySelector("nav.language-switcher a[href='/de-ls/']")!.TextContent);
    }

    [Fact]
    public void Phone_numbers_in_right_to_left_contact_cards_read_left_to_right()
    {
        var contact = site.Pages["/ar/kontakte/beauftragte-migration-integration/index.html"];
        var phone = contact.QuerySelector("main .contact-card a[href^='tel:']")!;
        Assert.Equal("ltr", phone.GetAttribute("dir"));
        Assert.Equal("06341 13-5025", phone.TextContent);
        // German names and the street are isolated so the Arabic text around them keeps its order.
        var isolated = contact.QuerySelectorAll("main .contact-card bdi").Select(b => b.TextContent).ToList();
        Assert.Contains("Elena Bonatz", isolated);
        Assert.Contains("Friedrich-Ebert-Straße 5", isolated);
        Assert.Contains("76829 Landau in der Pfalz", isolated);
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
        // German names inside translations are marked as German (WCAG 3.1.2); in right-to-left text they also read left to right.
        foreach (var language in new[] { "tr", "fa", "ar" })
        {
            var marked = LanguagePages.Where(p => LanguageOf(p.Path) == language)
                .SelectMany(p => p.Document.QuerySelectorAll("main span[lang=de]")).ToList();
            Assert.True(marked.Count >= 20, $"{language}: only {marked.Count} German names marked");
            Assert.All(marked, span => Assert.False(string.IsNullOrWhiteSpace(span.TextContent)));
            if (Directions[language] == "rtl")
            {
                Assert.All(marked, span => Assert.Equal("ltr", span.GetAttribute("dir")));
            }
        }
    }

    [Fact]
    public void Language_chooser_lists_every_language_in_its_own_name()
    {
        var chooser = site.Pages["/index.html"];
        var choices = chooser.QuerySelectorAll(".language-choices li");
        Assert.Equal(["de", "en", "ar", "uk", "tr", "fa", "de"], choices.Select(c => c.GetAttribute("lang")));
        Assert.Equal(["Deutsch", "English", "العربية", "Українська", "Türkçe", "فارسی", "Leichte Sprache"], choices.Select(c => c.QuerySelector(".choice-name")!.TextContent));
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
