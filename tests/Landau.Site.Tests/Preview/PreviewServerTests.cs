using System.Net;
using System.Text.Json;
using Landau.Site.Building;
using Landau.Site.Cli.Preview;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Preview;

/// <summary>
/// The preview server over real HTTP on 127.0.0.1: pages and assets with their types, 404s, and the
/// whole edit loop (watch → rebuild → reload event; a broken edit → problems, last good page kept).
/// </summary>
public sealed class PreviewServerTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Serves_pages_assets_folders_and_404_with_the_right_status_and_type()
    {
        using var site = TestSite.FromFixture();
        await using var preview = await Preview.StartAsync(site, output);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(preview.Address) };

        var home = await http.GetAsync("/de/", Ct);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType?.ToString());
        var html = await home.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<script src=\"/_landau/livereload.js\" defer></script></body>", html);
        Assert.Contains("default-src 'none'", home.Headers.GetValues("Content-Security-Policy").Single());

        var css = html.Split('"').First(part => part.EndsWith(".css", StringComparison.Ordinal) && part.StartsWith('/'));
        var style = await http.GetAsync(css, Ct);
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
        Assert.Equal("text/css; charset=utf-8", style.Content.Headers.ContentType?.ToString());

        var folder = await http.GetAsync("/de", Ct);
        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/de/", folder.Headers.Location?.OriginalString);

        var missing = await http.GetAsync("/de/gibt-es-nicht/", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html; charset=utf-8", missing.Content.Headers.ContentType?.ToString());
        Assert.Contains("lang=\"de\"", await missing.Content.ReadAsStringAsync(Ct));

        var script = await http.GetAsync("/_landau/livereload.js", Ct);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(Ct));

        var sitemap = await http.GetAsync("/sitemap.xml", Ct);
        Assert.Equal(HttpStatusCode.OK, sitemap.StatusCode);
        Assert.Equal("text/xml; charset=utf-8", sitemap.Content.Headers.ContentType?.ToString());
        Assert.Contains(preview.Address, await sitemap.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task An_edit_is_served_and_announced_and_a_broken_edit_shows_problems_over_the_last_good_page()
    {
        using var site = TestSite.FromFixture();
        await using var preview = await Preview.StartAsync(site, output);
        using var http = new HttpClient { BaseAddress = new Uri(preview.Address) };
        var page = Directory.EnumerateFiles(Path.Combine(site.Root, "content", "de", "themen"), "*.md", SearchOption.AllDirectories)
            .First(f => !f.EndsWith("_index.md", StringComparison.Ordinal));
        var relative = Path.GetRelativePath(site.Root, page).Replace('\\', '/');
        var url = "/" + relative["content/".Length..^".md".Length] + "/";
        var good = site.Read(relative);

        await using var events = await EventStream.OpenAsync(preview.Address + "/_landau/events");
        Assert.Equal("hello", (await events.NextAsync()).Event);

        site.Write(relative, good + "\nEin frisch gespeicherter Satz.\n");
        Assert.Equal("reload", (await events.NextAsync()).Event);
        Assert.Contains("Ein frisch gespeicherter Satz.", await http.GetStringAsync(url, Ct));

        site.Write(relative, good.Replace("title:", "title: [kaputt", StringComparison.Ordinal));
        var problems = await events.NextAsync();
        Assert.Equal("problems", problems.Event);
        var reported = JsonDocument.Parse(problems.Data).RootElement.EnumerateArray().ToList();
        Assert.Contains(reported, p => p.GetProperty("file").GetString() == relative && p.GetProperty("line").GetInt32() > 0 && p.GetProperty("severity").GetString() == "error");
        AssertExplainedInGerman(reported, relative);

        // The last good page is still served, and the overlay can ask for the problems.
        Assert.Contains("Ein frisch gespeicherter Satz.", await http.GetStringAsync(url, Ct));
        var asked = await http.GetStringAsync("/_landau/problems.json", Ct);
        Assert.Contains(relative, asked);
        AssertExplainedInGerman(JsonDocument.Parse(asked).RootElement.EnumerateArray().ToList(), relative);

        site.Write(relative, good);
        Assert.Equal("reload", (await events.NextAsync()).Event);
        Assert.Equal("[]", await http.GetStringAsync("/_landau/problems.json", Ct));
        Assert.DoesNotContain("Ein frisch gespeicherter Satz.", await http.GetStringAsync(url, Ct));
    }

    /// <summary>The YAML error in <paramref name="file"/> comes with its German title and hint, next to the English message.</summary>
    private static void AssertExplainedInGerman(List<JsonElement> reported, string file)
    {
        var yaml = Assert.Single(reported, p => p.GetProperty("file").GetString() == file && p.GetProperty("code").GetString() == DiagnosticCodes.YamlSyntax);
        Assert.Equal("error", yaml.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrWhiteSpace(yaml.GetProperty("message").GetString()));
        var hint = yaml.GetProperty("hint").GetString();
        Assert.False(string.IsNullOrWhiteSpace(hint));
        Assert.Equal(DiagnosticHelp.For(DiagnosticCodes.YamlSyntax)!.Hint, hint);
        Assert.Equal(DiagnosticHelp.For(DiagnosticCodes.YamlSyntax)!.Title, yaml.GetProperty("title").GetString());
    }

    [Fact]
    public void The_built_site_never_contains_the_preview_script()
    {
        using var site = TestSite.FromFixture();
        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, WriteOutput = false });
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Files, f => System.Text.Encoding.UTF8.GetString(f.Content).Contains("_landau", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("content/de/a.md", true)]
    [InlineData("layouts/assets/site.css", true)]
    [InlineData("i18n/ar.yml", true)]
    [InlineData("site.yml", true)]
    [InlineData("public/de/index.html", false)]
    [InlineData("content/de/.a.md.swp", false)]
    [InlineData("content/de/a.md~", false)]
    [InlineData("README.md", false)]
    public void Only_changes_to_what_a_build_reads_trigger_a_rebuild(string path, bool matters) =>
        Assert.Equal(matters, SourceWatcher.Matters(path));

    /// <summary>The real <c>serve</c> command running on a free port until disposed.</summary>
    private sealed class Preview : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly StringWriter _out = new();
        private Task<int>? _run;

        public string Address { get; private set; } = "";

        public static async Task<Preview> StartAsync(TestSite site, ITestOutputHelper output)
        {
            var preview = new Preview();
            var stdout = TextWriter.Synchronized(preview._out);
            var stderr = TextWriter.Synchronized(new StringWriter());
            preview._run = Task.Run(() => PreviewCommand.RunAsync(new BuildOptions { SourceDirectory = site.Root }, "127.0.0.1", 0, timings: false, stdout, stderr, preview._stop.Token));
            var deadline = DateTime.UtcNow + Patience;
            while (DateTime.UtcNow < deadline)
            {
                string printed;
                lock (stdout)
                {
                    printed = preview._out.ToString();
                }

                var line = printed.Split('\n').FirstOrDefault(l => l.StartsWith("Preview: ", StringComparison.Ordinal));
                if (line is not null)
                {
                    preview.Address = line["Preview: ".Length..].Split(' ')[0].TrimEnd('/');
                    output.WriteLine(printed);
                    return preview;
                }

                Assert.False(preview._run.IsCompleted, $"serve stopped: {printed}");
                await Task.Delay(50, Ct);
            }

            throw new TimeoutException("serve did not start: " + preview._out);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            if (_run is not null)
            {
                Assert.Equal(0, await _run.WaitAsync(Patience));
            }

            _stop.Dispose();
        }
    }

    /// <summary>A minimal Server-Sent Events client: one event at a time.</summary>
    private sealed class EventStream : IAsyncDisposable
    {
        private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
        private StreamReader? _reader;

        public static async Task<EventStream> OpenAsync(string url)
        {
            var stream = new EventStream();
            var response = await stream._http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, Ct);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            stream._reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));
            return stream;
        }

        public async Task<(string Event, string Data)> NextAsync()
        {
            using var timeout = new CancellationTokenSource(Patience);
            string? name = null;
            var data = "";
            while (await _reader!.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Length == 0 && name is not null)
                {
                    return (name, data);
                }

                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line["data: ".Length..];
                }
            }

            throw new EndOfStreamException("The event stream ended.");
        }

        public ValueTask DisposeAsync()
        {
            _reader?.Dispose();
            _http.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
