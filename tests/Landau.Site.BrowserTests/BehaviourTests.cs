using Microsoft.Playwright;

namespace Landau.Site.BrowserTests;

/// <summary>Keyboard, reflow, right to left, with and without JavaScript, language switching, weight.</summary>
public sealed class BehaviourTests(BrowserSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task The_skip_link_comes_first_and_moves_focus_to_main()
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync(width: 1280);
        foreach (var path in new[] { "/de/", "/ar/wegweiser/sprache/integrationskurs/", "/de-ls/" })
        {
            await page.GotoAsync(path);
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("#main", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
            Assert.True(await page.EvaluateAsync<bool>("(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.height > 0; })()"), $"{path}: the skip link is not visible when focused");
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        }
    }

    [Theory]
    [InlineData("/de/angebote/")]
    [InlineData("/ar/wegweiser/")]
    public async Task Tab_reaches_every_control_in_document_order_with_a_visible_focus(string path)
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync(width: 1280);
        await page.GotoAsync(path);
        // Controls that are rendered (a control hidden by a media query, like the phone-only search link, takes no focus).
        const string Controls = "[...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex=\"0\"]')].filter(e => e.getClientRects().length > 0)";
        var expected = await page.EvaluateAsync<int>($"{Controls}.length");
        var previous = -1;
        for (var i = 0; i < expected; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var state = await page.EvaluateAsync<double[]>(@"(() => {
                const el = document.activeElement;
                const all = " + Controls + @";
                const style = getComputedStyle(el);
                const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
                return [all.indexOf(el), visible ? 1 : 0];
            })()");
            Assert.True(state[0] > previous, $"{path}: Tab number {i + 1} went back in the document (to control {state[0]} after {previous})");
            Assert.True(state[1] == 1, $"{path}: control {state[0]} shows no visible focus indicator");
            previous = (int)state[0];
        }

        Assert.Equal(expected - 1, previous);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("de-ls")]
    public async Task At_320_pixels_no_page_type_scrolls_sideways(string language)
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync(width: 320, height: 640);
        var problems = new List<string>();
        foreach (var path in PageTypes.In(language).Concat(PageTypes.Global))
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                var culprits = await page.EvaluateAsync<string[]>(@"[...document.querySelectorAll('body *')]
                    .filter(e => { const r = e.getBoundingClientRect(); return r.right > document.documentElement.clientWidth + 1 || r.left < -1; })
                    .slice(0, 4).map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 40))");
                problems.Add($"{path}: {overflow} px too wide: {string.Join(" | ", culprits)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData("/de/wegweiser/sprache/integrationskurs/")]
    [InlineData("/ar/angebote/")]
    public async Task Text_zoomed_to_200_percent_loses_nothing(string path)
    {
        site.RequireBrowser();
        // 200 % zoom of a 1280 px window: the layout gets 640 CSS px and text twice the size.
        var page = await site.NewPageAsync(width: 640, height: 800);
        await page.GotoAsync(path);
        await page.EvaluateAsync("document.documentElement.style.fontSize = '200%'");
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        var clipped = await page.EvaluateAsync<int>(@"[...document.querySelectorAll('main p, main li, main h1, main h2')]
            .filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'hidden').length");
        Assert.Equal(0, clipped);
    }

    [Fact]
    public async Task Right_to_left_pages_are_mirrored_and_phone_numbers_read_left_to_right()
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync(width: 1280);
        await page.GotoAsync("/ar/haltung/respekt-und-offenheit/");
        var nav = await page.EvaluateAsync<double[]>("[...document.querySelectorAll('.main-nav li')].map(li => li.getBoundingClientRect().left)");
        Assert.True(nav[0] > nav[^1], "the main navigation does not run from right to left");
        var crumbs = await page.EvaluateAsync<double[]>("[...document.querySelectorAll('.breadcrumbs li')].map(li => li.getBoundingClientRect().left)");
        Assert.True(crumbs[0] > crumbs[1], "the breadcrumbs do not run from right to left");
        var pager = await page.EvaluateAsync<double[]>("[document.querySelector('.pager-previous').getBoundingClientRect().left, document.querySelector('.pager-next').getBoundingClientRect().left]");
        Assert.True(pager[0] > pager[1], "'next' is not on the left in Arabic");
        var arrow = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.pager-next .pager-label'), '::after').content");
        Assert.Contains("←", arrow);

        await page.GotoAsync("/ar/kontakte/beauftragte-migration-integration/");
        var phone = page.Locator("main .contact-card a[href^='tel:']");
        Assert.Equal("ltr", await phone.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        // Read left to right: the digits appear on screen in the order they are written.
        var order = await phone.EvaluateAsync<bool>(@"e => {
            const range = document.createRange();
            const text = e.firstChild;
            range.setStart(text, 0); range.setEnd(text, 5);
            const first = range.getBoundingClientRect().left;
            range.setStart(text, text.length - 4); range.setEnd(text, text.length);
            return first < range.getBoundingClientRect().left;
        }");
        Assert.True(order, "the phone number does not read left to right");
    }

    [Fact]
    public async Task Without_javascript_the_offer_filters_are_links_and_every_page_type_works()
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/ar/angebote/");
        var all = await page.Locator(".offer-card").CountAsync();
        await page.Locator(".offer-filters a[href='/ar/angebote/fuer/jugendliche/']").ClickAsync();
        Assert.EndsWith("/ar/angebote/fuer/jugendliche/", page.Url);
        var young = await page.Locator(".offer-card").CountAsync();
        Assert.InRange(young, 1, all - 1);
        Assert.Equal(young, await page.Locator(".offer-card[data-fuer~='jugendliche']").CountAsync());

        foreach (var path in PageTypes.In("de").Concat(PageTypes.In("ar")))
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Status is 200 or 404, $"{path}: {response.Status}");
            Assert.Equal(1, await page.Locator("h1").CountAsync());
        }

        await page.GotoAsync("/de/suche/?q=Sprachkurs");
        Assert.True(await page.Locator(".search-needs-script").IsVisibleAsync());
    }

    [Fact]
    public async Task With_javascript_filters_combine_the_count_is_announced_and_the_url_is_shareable()
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { errors.Add(message.Text); } };
        await page.GotoAsync("/de/angebote/");
        var all = await page.Locator(".offer-card:visible").CountAsync();
        await page.Locator(".offer-filters a[data-param='fuer'][data-value='alle']").ClickAsync();
        var forAll = await page.Locator(".offer-card:visible").CountAsync();
        await page.Locator(".offer-filters a[data-param='bereich'][data-value='willkommen']").ClickAsync();
        var combined = await page.Locator(".offer-card:visible").CountAsync();
        Assert.InRange(combined, 1, forAll);
        Assert.True(forAll < all);
        Assert.Equal($"{combined} Angebote", await page.Locator("#offer-count").TextContentAsync());
        Assert.Equal("status", await page.Locator("#offer-count").GetAttributeAsync("role"));
        Assert.Contains("bereich=willkommen", page.Url);
        Assert.Contains("fuer=alle", page.Url);

        // The shared address shows the same selection.
        var shared = await site.NewPageAsync();
        await shared.GotoAsync(page.Url);
        Assert.Equal(combined, await shared.Locator(".offer-card:visible").CountAsync());

        // Arabic plural forms from the browser's CLDR rules.
        await page.GotoAsync("/ar/angebote/?fuer=jugendliche");
        var young = await page.Locator(".offer-card:visible").CountAsync();
        var text = await page.Locator("#offer-count").TextContentAsync();
        Assert.Contains(young <= 2 ? "عرض" : young.ToString(), text);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("de", "Sprachkurs", "/de/wegweiser/sprache/sprachkurse-fuer-frauen/")]
    [InlineData("ar", "دورة الاندماج", "/ar/wegweiser/sprache/integrationskurs/")]
    [InlineData("uk", "інтеграційний", "/uk/wegweiser/sprache/integrationskurs/")]
    [InlineData("en", "language course", "/en/wegweiser/sprache/sprachkurse-fuer-frauen/")]
    public async Task Search_finds_pages_in_the_browser(string language, string query, string expected)
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/{language}/suche/");
        Assert.False(await page.Locator(".search-needs-script").IsVisibleAsync());
        await page.Locator("#search-input").FillAsync(query);
        await page.Locator(".search-form button").ClickAsync();
        await page.Locator(".search-result").First.WaitForAsync();
        var links = await page.Locator(".search-result h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(expected, links.Take(10));
        Assert.Contains("?q=", page.Url);
    }

    [Fact]
    public async Task The_language_switcher_leads_to_the_same_page_and_missing_translations_say_so()
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync(width: 1280);
        await page.GotoAsync("/de/wegweiser/sprache/lernen-neben-der-arbeit/");
        await page.Locator(".language-switcher a[hreflang='ar']").ClickAsync();
        Assert.EndsWith("/ar/wegweiser/sprache/lernen-neben-der-arbeit/", page.Url);
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal(0, await page.Locator("main .notice").CountAsync());
        await page.Locator(".language-switcher a.not-translated[href='/de-ls/wegweiser/sprache/lernen-neben-der-arbeit/']").ClickAsync();
        Assert.EndsWith("/de-ls/wegweiser/sprache/lernen-neben-der-arbeit/", page.Url);
        Assert.True(await page.Locator("main .notice").IsVisibleAsync());
        Assert.Equal("de", await page.Locator("main > div[lang]").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task Pages_are_light_and_no_request_leaves_the_machine()
    {
        site.RequireBrowser();
        var problems = new List<string>();
        foreach (var (name, relative) in PageTypes.Paths)
        {
            foreach (var language in new[] { "de", "ar" })
            {
                var page = await site.NewPageAsync();
                var responses = new List<IResponse>();
                var external = new List<string>();
                page.Request += (_, request) =>
                {
                    if (!request.Url.StartsWith(site.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                    {
                        external.Add(request.Url);
                    }
                };
                page.Response += (_, response) => responses.Add(response);
                await page.GotoAsync($"/{language}/{relative}", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                var bytes = 0;
                foreach (var response in responses.ToList())
                {
                    bytes += BrowserSite.Gzipped(await response.BodyAsync());
                }

                // Text pages: 30 KB. The print guide gathers the whole Wegweiser on purpose: its own budget.
                var budget = name == "print guide" ? 80_000 : 30_000;
                output.WriteLine($"{language} {name}: {bytes} bytes gzipped");
                if (bytes > budget)
                {
                    problems.Add($"/{language}/{relative} ({name}): {bytes} bytes > {budget}");
                }

                problems.AddRange(external.Select(u => $"/{language}/{relative} requested {u}"));
                await page.Context.CloseAsync();
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Screenshots_of_home_and_article_in_german_and_arabic()
    {
        site.RequireBrowser();
        var folder = Path.Combine(site.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var language in new[] { "de", "ar" })
        {
            foreach (var (name, path) in new[] { ("home", ""), ("article", "wegweiser/sprache/integrationskurs/") })
            {
                foreach (var (device, width) in new[] { ("phone", 390), ("desktop", 1280) })
                {
                    var page = await site.NewPageAsync(width: width, height: device == "phone" ? 844 : 900);
                    await page.GotoAsync($"/{language}/{path}");
                    var file = Path.Combine(folder, $"{language}-{name}-{device}.png");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = device == "phone" });
                    Assert.True(new FileInfo(file).Length > 10_000);
                    await page.Context.CloseAsync();
                }
            }
        }
    }
}
