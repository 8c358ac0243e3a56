using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Landau.Site.BrowserTests;

/// <summary>
/// The phone header: one row (site name, search, language and menu disclosures) that leaves the
/// first screen to the page. Measured on every page type in every language at 320 and 390 px.
/// </summary>
public sealed class HeaderTests(BrowserSite site, ITestOutputHelper output)
{
    /// <summary>The most the page's own heading may start below the top of the document on a phone.</summary>
    private const int MaxHeadingTop = 200;

    private static readonly string[] Languages = ["de", "en", "ar", "uk", "tr", "fa", "de-ls"];

    /// <summary>Content page types a reader lands on (the issue's list, plus principle, news and a filter page).</summary>
    private static readonly string[] Types = ["home", "section", "guide", "article", "principle", "directory", "filter", "offer", "contact", "news", "search"];

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task The_heading_starts_within_200_pixels_on_every_page_type_in_every_language(int width)
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync(width: width, height: 844);
        var problems = new List<string>();
        var table = new List<string> { $"h1 top at {width} px (document px): type  " + string.Join(" ", Languages.Select(l => l.PadLeft(5))) };
        foreach (var type in Types)
        {
            var row = new List<string>();
            foreach (var language in Languages)
            {
                var path = $"/{language}/{PageTypes.Paths[type]}";
                await page.GotoAsync(path);
                var (top, overflow) = await Measure(page);
                row.Add(top.ToString().PadLeft(5));
                if (top > MaxHeadingTop)
                {
                    problems.Add($"{path}: the heading starts at {top} px");
                }

                if (overflow > 0)
                {
                    problems.Add($"{path}: {overflow} px wider than the screen");
                }
            }

            table.Add($"{type,-12}" + string.Join(" ", row));
        }

        output.WriteLine(string.Join('\n', table));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task The_language_button_works_without_javascript_and_says_inside_the_list_what_is_not_translated()
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync(width: 320, javaScript: false);
        await page.GotoAsync("/de/wegweiser/sprache/lernen-neben-der-arbeit/");
        var header = await page.Locator(".header-bar").BoundingBoxAsync();
        var list = page.Locator(".language-menu-list");
        Assert.False(await list.IsVisibleAsync());
        // The header row says nothing about translations; the list does.
        Assert.Equal(0, await page.Locator(".header-bar > :not(details) .not-translated-note:visible").CountAsync());
        var summary = page.Locator(".language-menu summary");
        Assert.Contains("Deutsch", await summary.InnerTextAsync());
        await summary.ClickAsync();
        Assert.True(await list.IsVisibleAsync());
        Assert.Equal(header!.Height, (await page.Locator(".header-bar").BoundingBoxAsync())!.Height);
        var easy = list.Locator("a.not-translated[href='/de-ls/wegweiser/sprache/lernen-neben-der-arbeit/']");
        Assert.Contains("noch nicht übersetzt", await easy.InnerTextAsync());
        Assert.Equal("Deutsch", await list.Locator("[aria-current]").InnerTextAsync());
        // Every language named in its own script, with its lang.
        Assert.Equal("ar", await list.Locator("a[hreflang='ar']").GetAttributeAsync("lang"));
        Assert.Equal("العربية", await list.Locator("a[hreflang='ar']").InnerTextAsync());
        await list.Locator("a[hreflang='tr']").ClickAsync();
        Assert.EndsWith("/tr/wegweiser/sprache/lernen-neben-der-arbeit/", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_phone_header_works_with_the_keyboard_in_order()
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync(width: 390);
        await page.GotoAsync("/de/wegweiser/");
        var order = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            order.Add(await page.EvaluateAsync<string>("document.activeElement.closest('details') ? document.activeElement.closest('details').className : document.activeElement.className"));
            // Every control of the row shows where the focus is.
            Assert.StartsWith("solid", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        }

        Assert.Equal(["skip-link", "site-name", "search-link header-tool", "header-menu language-menu", "header-menu site-menu"], order);
        // Enter opens the menu; its section links come next in the tab order; one disclosure at a time.
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator(".site-menu-list").IsVisibleAsync());
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.closest('.site-menu-list') !== null"));
        Assert.Equal(1, await page.Locator(".site-menu-list a[aria-current='page']").CountAsync());
        await page.Locator(".language-menu summary").ClickAsync();
        Assert.True(await page.Locator(".language-menu-list").IsVisibleAsync());
        Assert.False(await page.Locator(".site-menu-list").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_phone_header_mirrors_in_arabic()
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync(width: 320);
        await page.GotoAsync("/ar/wegweiser/sprache/integrationskurs/");
        var name = (await page.Locator(".site-name").BoundingBoxAsync())!;
        var menu = (await page.Locator(".site-menu summary").BoundingBoxAsync())!;
        var languages = (await page.Locator(".language-menu summary").BoundingBoxAsync())!;
        Assert.True(name.X > languages.X && languages.X > menu.X, "the header row does not run from right to left");
        Assert.True(Math.Abs(name.Y - menu.Y) < name.Height, "the header is not one row");
        await page.Locator(".language-menu summary").ClickAsync();
        var current = page.Locator(".language-menu-list [aria-current]");
        Assert.Equal("العربية", await current.InnerTextAsync());
        Assert.Equal("rtl", await current.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/de/wegweiser/sprache/lernen-neben-der-arbeit/")]
    [InlineData("/ar/angebote/")]
    public async Task The_open_disclosures_have_no_accessibility_violations(string path)
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync(width: 320);
        await page.GotoAsync(path);
        var wcag = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };
        var problems = new List<string>();
        foreach (var summary in new[] { ".language-menu summary", ".site-menu summary" })
        {
            await page.Locator(summary).ClickAsync();
            var result = await page.RunAxe(wcag);
            problems.AddRange(result.Violations.Select(v => $"{path} {summary}: {v.Id} {v.Help}: {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        await page.Context.CloseAsync();
    }

    private static async Task<(int Top, int Overflow)> Measure(IPage page)
    {
        var values = await page.EvaluateAsync<int[]>(@"(() => {
            const h1 = document.querySelector('main h1');
            return [Math.round(h1.getBoundingClientRect().top + window.scrollY), document.documentElement.scrollWidth - document.documentElement.clientWidth];
        })()");
        return (values[0], values[1]);
    }
}
