using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Landau.Site.Building;
using Landau.Site.Cli.Preview;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Preview;

/// <summary>
/// The preview server over real HTTP on 127.0.0.1: pages and assets with their types, 404s, and the
/// whole edit loop (watch → rebuild → reload event; a broken edit → problems, last good page kept);
/// and what it refuses: methods other than GET and HEAD, requests for another host (DNS rebinding),
/// and any CORS header.
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

    /// <summary>Every kind of thing the server answers: a page, a missing page, a folder, and its own files.</summary>
    private static readonly string[] EveryKindOfPath = ["/de/", "/de/gibt-es-nicht/", "/de", "/_landau/events", "/_landau/problems.json", "/_landau/livereload.js", "/_landau/livereload.css", "/_landau/gibt-es-nicht"];

    [Fact]
    public async Task Every_method_but_GET_and_HEAD_gets_405_with_Allow_and_no_content()
    {
        using var site = TestSite.FromFixture();
        await using var preview = await Preview.StartAsync(site, output);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(preview.Address) };

        string[] methods = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"];
        foreach (var method in methods)
        {
            foreach (var path in EveryKindOfPath)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("title=overwritten", Encoding.UTF8, "application/x-www-form-urlencoded");
                }

                using var response = await http.SendAsync(request, Ct);
                var body = await response.Content.ReadAsStringAsync(Ct);

                // The method and path in each comparison, so a failure says which request it was.
                Assert.Equal((method, path, HttpStatusCode.MethodNotAllowed), (method, path, response.StatusCode));
                Assert.Equal((method, path, "GET, HEAD"), (method, path, string.Join(", ", response.Content.Headers.Allow)));
                Assert.Equal((method, path, "text/plain"), (method, path, response.Content.Headers.ContentType?.MediaType));
                Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("event:", body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_request_for_another_host_gets_421_and_no_page()
    {
        using var site = TestSite.FromFixture();
        await using var preview = await Preview.StartAsync(site, output);
        var port = new Uri(preview.Address).Port;
        var other = port == 1 ? 2 : port - 1;
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(preview.Address) };

        // A rebinding page's own name (with the preview's port, or none: port 80), and the right names with another port.
        string[] foreignHosts = [$"evil.example:{port}", $"localhost.evil.example:{port}", $"127.0.0.1.nip.io:{port}", "evil.example", "127.0.0.1", $"127.0.0.1:{other}", $"localhost:{other}"];
        var requests = EveryKindOfPath.Select(p => ("GET", p)).Append(("POST", "/de/")).Append(("HEAD", "/de/")).ToList();
        foreach (var foreign in foreignHosts)
        {
            foreach (var (method, path) in requests)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                request.Headers.Host = foreign;
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
                timeout.CancelAfter(Patience); // the event stream must not open either
                var body = await response.Content.ReadAsStringAsync(timeout.Token);

                Assert.Equal((foreign, method, path, HttpStatusCode.MisdirectedRequest), (foreign, method, path, response.StatusCode));
                Assert.Equal((foreign, method, path, "text/plain"), (foreign, method, path, response.Content.Headers.ContentType?.MediaType));
                Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("event:", body, StringComparison.Ordinal);
                Assert.False(response.Headers.Contains("Content-Security-Policy"), $"{foreign} {method} {path}: a refused request must not reach the page code");
            }
        }
    }

    [Fact]
    public async Task The_loopback_names_with_the_port_are_accepted_and_a_missing_Host_gets_400()
    {
        using var site = TestSite.FromFixture();
        await using var preview = await Preview.StartAsync(site, output);
        var port = new Uri(preview.Address).Port;
        using var http = new HttpClient { BaseAddress = new Uri(preview.Address) };

        foreach (var host in new[] { $"127.0.0.1:{port}", $"localhost:{port}", $"LocalHost:{port}", $"[::1]:{port}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/de/");
            request.Headers.Host = host;
            using var response = await http.SendAsync(request, Ct);
            Assert.Equal((host, HttpStatusCode.OK), (host, response.StatusCode));
            Assert.Contains("/_landau/livereload.js", await response.Content.ReadAsStringAsync(Ct));
        }

        // HTTP/1.0 may leave Host out (Kestrel lets it through to the server); HTTP/1.1 must not (Kestrel refuses it).
        foreach (var raw in new[] { "GET /de/ HTTP/1.0\r\n\r\n", "GET /de/ HTTP/1.1\r\nConnection: close\r\n\r\n", "GET /de/ HTTP/1.0\r\nHost:\r\n\r\n" })
        {
            var answer = await SendRawAsync(preview.Address, raw);
            Assert.StartsWith("HTTP/1.1 400 ", answer);
            Assert.DoesNotContain("<html", answer, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task HEAD_answers_like_GET_without_a_body()
    {
        using var site = TestSite.FromFixture();
        await using var preview = await Preview.StartAsync(site, output);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(preview.Address) };

        foreach (var path in EveryKindOfPath.Where(p => p != "/_landau/events"))
        {
            using var get = await http.GetAsync(path, Ct);
            var got = await get.Content.ReadAsByteArrayAsync(Ct);
            using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Ct);

            Assert.Equal((path, get.StatusCode), (path, head.StatusCode));
            Assert.Equal((path, get.Content.Headers.ContentType?.ToString()), (path, head.Content.Headers.ContentType?.ToString()));
            Assert.Equal((path, (long?)got.Length), (path, head.Content.Headers.ContentLength));
            Assert.Empty(await head.Content.ReadAsByteArrayAsync(Ct));
            Assert.Equal((path, string.Join(";", get.Headers.Where(h => h.Key != "Date").Select(h => $"{h.Key}={string.Join(",", h.Value)}"))),
                (path, string.Join(";", head.Headers.Where(h => h.Key != "Date").Select(h => $"{h.Key}={string.Join(",", h.Value)}"))));
        }

        // The event stream's headers, and then the end: HEAD never holds a connection open.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Patience);
        using var events = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/_landau/events"), timeout.Token);
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await events.Content.ReadAsByteArrayAsync(timeout.Token));
    }

    [Fact]
    public async Task No_response_carries_a_CORS_header_whatever_the_Origin()
    {
        using var site = TestSite.FromFixture();
        await using var preview = await Preview.StartAsync(site, output);
        var port = new Uri(preview.Address).Port;
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(preview.Address), Timeout = Timeout.InfiniteTimeSpan };

        var requests = new List<(string Method, string Path, string? Host)>();
        requests.AddRange(EveryKindOfPath.Select(p => ("GET", p, (string?)null)));
        requests.AddRange(EveryKindOfPath.Select(p => ("OPTIONS", p, (string?)null))); // a CORS preflight
        requests.Add(("HEAD", "/_landau/events", null));
        requests.Add(("GET", "/_landau/events", $"evil.example:{port}"));
        foreach (var (method, path, host) in requests)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.Add("Origin", "http://evil.example");
            if (method == "OPTIONS")
            {
                request.Headers.Add("Access-Control-Request-Method", "GET");
            }

            if (host is not null)
            {
                request.Headers.Host = host;
            }

            // Headers only: the event stream stays open, and its headers are what a browser's CORS check reads.
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
            var names = response.Headers.Concat(response.Content.Headers).Select(h => h.Key).ToList();
            Assert.Equal((method, path, host, ""),
                (method, path, host, string.Join(", ", names.Where(n => n.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase)))));
            if (method == "GET" && path == "/_landau/events" && host is null)
            {
                Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    /// <summary>Sends <paramref name="request"/> as written (HttpClient always adds a Host) and reads the answer until the server closes.</summary>
    private static async Task<string> SendRawAsync(string address, string request)
    {
        var uri = new Uri(address);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port, Ct);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Patience);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(timeout.Token);
    }

    /// <summary>The YAML error in <paramref name="file"/> comes with its German title and hint, next to the English message.</summary>
    private static void AssertExplainedInGerman(List<JsonElement> reported, string file)
    {
        var yaml = Assert.Single(reported, p => p.GetProperty("file").GetString() == file && p.GetProperty("code").GetString() == DiagnosticCodes.YamlSyntax);
        Assert.Equal("error", yaml.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrWhiteSpace(yaml.GetProperty("message").GetString()));
        var hint = yaml.GetProperty("hint").GetString();
        Assert.False(string.IsNullOrWhiteSpace(hint));
        Assert.Equal(DiagnosticHelp.For(DiagnosticCodes.YamlSyntax, MessageCatalogue.English)!.Hint, hint);
        Assert.Equal(DiagnosticHelp.For(DiagnosticCodes.YamlSyntax, MessageCatalogue.English)!.Title, yaml.GetProperty("title").GetString());
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
            preview._run = Task.Run(() => PreviewCommand.RunAsync(new BuildOptions { SourceDirectory = site.Root }, "127.0.0.1", 0, timings: false, stdout, stderr, preview._stop.Token, MessageCatalogue.English));
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
