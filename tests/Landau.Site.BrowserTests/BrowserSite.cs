using System.IO.Compression;
using Landau.Site.Building;
using Landau.Site.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Landau.Site.BrowserTests.BrowserSite))]

namespace Landau.Site.BrowserTests;

/// <summary>
/// The real site, built once, served from 127.0.0.1 by a small in-process server with the site's
/// own security headers, and one headless Debian Chromium shared by all browser tests.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private WebApplication? _server;
    private IPlaywright? _playwright;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public string Root { get; } = FindRoot();

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "landau-browser-site-" + Guid.NewGuid().ToString("N")[..10]);

    public string BaseUrl { get; private set; } = "";

    public IBrowser? Browser { get; private set; }

    /// <summary>Skips the test when there is no Chromium here, or fails it when REQUIRE_BROWSER=1 (CI).</summary>
    public void RequireBrowser()
    {
        if (Browser is not null)
        {
            return;
        }

        var why = $"No Chromium at {ChromiumPath}: install it with 'apt-get install -y chromium' to run the browser tests.";
        Assert.False(Environment.GetEnvironmentVariable("REQUIRE_BROWSER") == "1", why);
        Assert.Skip(why);
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = Root, OutputDirectory = Output });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        var files = new PhysicalFileProvider(Output);
        _server.Use(async (context, next) =>
        {
            foreach (var (name, value) in SecurityHeaders.All.Where(h => h.Name != "Strict-Transport-Security"))
            {
                // Served over plain http on the loopback address: no upgrade to https here.
                context.Response.Headers[name] = value.Replace("; upgrade-insecure-requests", "", StringComparison.Ordinal);
            }

            await next();
        });
        _server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        _server.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        _server.Run(async context =>
        {
            // The language's "not found" page, with status 404, as .htaccess and nginx.conf do.
            var language = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            var page = File.Exists(Path.Combine(Output, language, "404.html")) ? Path.Combine(Output, language, "404.html") : Path.Combine(Output, "404.html");
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page);
        });
        await _server.StartAsync();
        BaseUrl = _server.Urls.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }

    /// <summary>A new page in a fresh context (phone width unless told otherwise).</summary>
    public async Task<IPage> NewPageAsync(int width = 390, int height = 844, bool javaScript = true)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            BaseURL = BaseUrl,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Every HTML page of the output below <paramref name="folder"/>, as URL paths.</summary>
    public IReadOnlyList<string> PagesUnder(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Output, folder), "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static int Gzipped(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return (int)buffer.Length;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "landau-integration-site.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root.");
    }
}
