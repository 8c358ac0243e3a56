using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Landau.Site.BrowserTests;

/// <summary>axe-core, with the WCAG 2.0/2.1 A and AA rules, on the real site as Chromium renders it.</summary>
public sealed class AccessibilityTests(BrowserSite site, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private async Task<List<string>> Audit(IEnumerable<string> paths, int width)
    {
        var page = await site.NewPageAsync(width: width);
        var problems = new List<string>();
        var count = 0;
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            var result = await page.RunAxe(Wcag);
            problems.AddRange(result.Violations.Select(v =>
                $"{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}"));
            count++;
        }

        output.WriteLine($"axe checked {count} pages at {width} px: {problems.Count} violations");
        await page.Context.CloseAsync();
        return problems;
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("de-ls")]
    public async Task Every_page_in_the_language_has_no_violations(string language)
    {
        site.RequireBrowser();
        var problems = await Audit(site.PagesUnder(language), width: 1280);
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("tr")]
    [InlineData("fa")]
    public async Task Every_page_type_in_the_language_has_no_violations(string language)
    {
        site.RequireBrowser();
        var problems = await Audit(PageTypes.In(language), width: 390);
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
    }

    [Fact]
    public async Task The_language_chooser_the_dashboard_and_the_root_404_have_no_violations()
    {
        site.RequireBrowser();
        var problems = await Audit(PageTypes.Global, width: 390);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
