using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Landau.Site.Building;
using Landau.Site.Cli.Preview;
using Landau.Site.Diagnostics;
using Microsoft.Playwright;

namespace Landau.Site.BrowserTests;

/// <summary>
/// The editor's loop in a real browser: <c>serve</c> on a copy of the real site, an English page open,
/// the German original edited — the English page reloads by itself and says it is outdated; a broken
/// edit shows the problems over the last good page, accessibly; the fix takes them away.
/// </summary>
public sealed class PreviewTests(BrowserSite site, ITestOutputHelper output) : IAsyncLifetime
{
    private const string German = "content/de/wegweiser/sprache/integrationskurs.md";
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "landau-preview-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _log = new();
    private Task<int>? _serve;
    private string _address = "";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(BrowserSite.ChromiumPath))
        {
            return;
        }

        foreach (var folder in new[] { "content", "layouts", "i18n" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Root, folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(_copy, Path.GetRelativePath(site.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        File.Copy(Path.Combine(site.Root, "site.yml"), Path.Combine(_copy, "site.yml"));
        var log = TextWriter.Synchronized(_log);
        _serve = Task.Run(() => PreviewCommand.RunAsync(new BuildOptions { SourceDirectory = _copy }, "127.0.0.1", 0, timings: false, log, log, _stop.Token, MessageCatalogue.English));
        for (var waited = 0; waited < 1200 && _address.Length == 0; waited++)
        {
            string printed;
            lock (log)
            {
                printed = _log.ToString();
            }

            _address = printed.Split('\n').FirstOrDefault(l => l.StartsWith("Preview: ", StringComparison.Ordinal))?["Preview: ".Length..].Split(' ')[0].TrimEnd('/') ?? "";
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Editing_a_German_page_updates_its_translation_in_the_open_browser_and_errors_show_over_the_last_good_page()
    {
        site.RequireBrowser();
        Assert.NotEqual("", _address);
        var page = await site.NewPageAsync(width: 390);
        await page.GotoAsync(_address + "/en/wegweiser/sprache/integrationskurs/");
        Assert.Equal(0, await page.GetByText("The German original was updated after this translation.").CountAsync());

        var original = await File.ReadAllTextAsync(Path.Combine(_copy, German), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_copy, German), original + "\nEin neuer Absatz im deutschen Original.\n", TestContext.Current.CancellationToken);
        await page.GetByText("The German original was updated after this translation.").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        await File.WriteAllTextAsync(Path.Combine(_copy, German), original.Replace("title:", "title: [kaputt", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var overlay = page.GetByRole(AriaRole.Alertdialog);
        await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Contains("integrationskurs.md", await overlay.InnerTextAsync());
        Assert.Contains("line", await overlay.InnerTextAsync());
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        var axe = await overlay.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.Root, "artifacts", "screenshots", "preview-error-overlay.png") });

        await File.WriteAllTextAsync(Path.Combine(_copy, German), original + "\nEin neuer Absatz im deutschen Original.\n", TestContext.Current.CancellationToken);
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 60_000 });
        output.WriteLine(_log.ToString());
        await page.Context.CloseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_serve is not null)
        {
            await _serve;
        }

        _stop.Dispose();
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }
}
