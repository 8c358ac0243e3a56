using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Landau.Site.Building;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.EndToEnd;

/// <summary>Builds the real Landau site once for all end-to-end tests and parses every page.</summary>
public sealed class RealSiteFixture : IDisposable
{
    public RealSiteFixture()
    {
        Output = Path.Combine(Path.GetTempPath(), "landau-real-site-" + Guid.NewGuid().ToString("N")[..12]);
        Result = SiteBuilder.Build(new BuildOptions { SourceDirectory = RepoPaths.Root, OutputDirectory = Output });
        var parser = new HtmlParser();
        Pages = Result.Succeeded
            ? Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .ToDictionary(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'), f => parser.ParseDocument(File.ReadAllText(f)))
            : [];
    }

    /// <summary>Pages the generator makes for each language beside the content (search, print, QR).</summary>
    public static readonly string[] GeneratedPages = ["/qr/index.html", "/postkarte/index.html", "/suche/index.html", "/wegweiser/druck/index.html"];

    public string Output { get; }

    public BuildResult Result { get; }

    /// <summary>Every HTML page by its path below the output folder (<c>/de/index.html</c>).</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> Pages { get; }

    /// <summary>The output file a root-relative URL path is served from, or null when there is none.</summary>
    public string? FileFor(string urlPath)
    {
        var path = Uri.UnescapeDataString(urlPath);
        var candidate = path.EndsWith('/') ? path + "index.html" : path;
        return File.Exists(Path.Combine(Output, candidate.TrimStart('/'))) ? candidate : null;
    }

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
