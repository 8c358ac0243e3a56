using System.Xml.Linq;
using Landau.Site.Building;
using Landau.Site.Hosting;
using Landau.Site.Publishing;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.EndToEnd;

/// <summary>What the city's IT gets besides the pages: sitemap, robots.txt, 404 pages, header configs.</summary>
public sealed class HostingOutputTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private string Read(string path) => File.ReadAllText(Path.Combine(site.Output, path));

    [Fact]
    public void Sitemap_lists_every_page_with_its_translations()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var sitemap = XDocument.Parse(Read("sitemap.xml"));
        var locations = sitemap.Descendants(sm + "loc").Select(l => l.Value).ToList();
        Assert.Equal(site.Result.PagesPerLanguage.Values.Sum(), locations.Count);
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.Contains("https://integration.landau.de/ar/wegweiser/sprache/", locations);
        var arabic = sitemap.Descendants(sm + "url").Single(u => u.Element(sm + "loc")!.Value == "https://integration.landau.de/ar/wegweiser/sprache/");
        Assert.Equal(["de", "en", "ar", "uk", "tr", "fa"], arabic.Elements(xhtml + "link").Select(l => l.Attribute("hreflang")!.Value));
    }

    [Fact]
    public void Robots_txt_points_at_the_sitemap()
    {
        Assert.Contains("Sitemap: https://integration.landau.de/sitemap.xml", Read("robots.txt"));
    }

    [Fact]
    public void Every_language_has_a_not_found_page_in_its_language_and_direction()
    {
        foreach (var (language, dir) in new[] { ("de", "ltr"), ("en", "ltr"), ("ar", "rtl"), ("uk", "ltr"), ("tr", "ltr"), ("fa", "rtl") })
        {
            var page = site.Pages[$"/{language}/404.html"];
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal(dir, page.DocumentElement.GetAttribute("dir"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/{language}/");
        }

        Assert.Equal("de", site.Pages["/404.html"].DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData(".htaccess")]
    [InlineData("_headers")]
    [InlineData(HostingFiles.NginxSnippet)]
    public void Server_configs_carry_every_security_header_and_asset_caching(string file)
    {
        var text = Read(file);
        foreach (var (name, value) in SecurityHeaders.All)
        {
            Assert.Contains(name, text);
            Assert.Contains(value, text);
        }

        Assert.Contains(SecurityHeaders.AssetCaching, text);
    }

    [Fact]
    public void The_build_marker_is_written_but_neither_listed_nor_served()
    {
        Assert.Equal(OutputMarker.FileToWrite.Content, File.ReadAllBytes(Path.Combine(site.Output, OutputMarker.FileName)));
        Assert.DoesNotContain(OutputMarker.FileName, Read("sitemap.xml"));
        // Apache's default configuration denies only .ht* files, nginx none: both configs deny the marker themselves.
        Assert.Contains("<FilesMatch \"^(_headers|\\.landau-site-output)$\">\n  Require all denied", Read(".htaccess"));
        Assert.Contains("(hosting/|_headers|\\.htaccess|\\.landau-site-output) {\n    return 404;", Read(HostingFiles.NginxSnippet));
    }

    [Fact]
    public void Assets_are_fingerprinted_and_referenced_by_their_fingerprint()
    {
        var css = Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css"));
        var name = Path.GetFileName(css);
        Assert.Matches(@"^site\.[0-9a-f]{10}\.css$", name);
        Assert.All(site.Pages.Values, p => Assert.Equal($"/assets/{name}", p.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")));
        Assert.DoesNotContain("\n  ", File.ReadAllText(css)); // minified
    }

    [Fact]
    public void The_real_site_builds_byte_identically_twice()
    {
        var second = Path.Combine(Path.GetTempPath(), "landau-real-site-again-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = RepoPaths.Root, OutputDirectory = second });
            Assert.True(result.Succeeded);
            var first = Files(site.Output);
            Assert.Equal(first, Files(second));
            foreach (var file in first)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(site.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} differs between two builds");
            }
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }

    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
}
