using System.Text.RegularExpressions;
using Landau.Site.Tests.EndToEnd;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Landau.Site.Tests.Offers;

/// <summary>QR codes, the postcard and the print stylesheet, on the real site.</summary>
public sealed partial class PrintTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    [GeneratedRegex(@"M(\d+) (\d+)h(\d+)v1h-\d+z")]
    private static partial Regex Row();

    [GeneratedRegex(@"viewBox=""0 0 (\d+) \d+""")]
    private static partial Regex Size();

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("de-ls")]
    public void The_qr_code_decodes_to_the_print_address_while_base_url_is_not_confirmed(string language)
    {
        // site.yml: base_url_confirmed: false, print_address: https://www.landau.de/ (the seed's postcard).
        var svg = File.ReadAllText(Path.Combine(site.Output, language, "qr", "landau-integration-qr.svg"));
        Assert.Equal("https://www.landau.de/", Decode(svg));
        var page = site.Pages[$"/{language}/qr/index.html"];
        Assert.Contains("https://www.landau.de/", page.QuerySelector("main img")!.GetAttribute("alt"));
        Assert.Contains("https://www.landau.de/", page.QuerySelector("main .lead")!.TextContent);
        Assert.DoesNotContain("integration.landau.de", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Nothing_printed_carries_the_unconfirmed_address()
    {
        foreach (var language in new[] { "de", "ar", "tr" })
        {
            var postcard = site.Pages[$"/{language}/postkarte/index.html"];
            Assert.Contains("https://www.landau.de/", postcard.QuerySelector(".postcard-footer")!.TextContent);
            foreach (var printed in new[] { postcard, site.Pages[$"/{language}/wegweiser/druck/index.html"], site.Pages[$"/{language}/qr/index.html"] })
            {
                Assert.DoesNotContain("integration.landau.de", printed.QuerySelector("main")!.TextContent);
                Assert.DoesNotContain(printed.QuerySelectorAll("main a[href^='http']"), a => a.GetAttribute("href")!.Contains("integration.landau.de"));
            }
        }
    }

    [Fact]
    public void The_postcard_has_the_eight_principles_in_the_readers_language_on_an_a6_page()
    {
        var postcard = site.Pages["/ar/postkarte/index.html"];
        var principles = postcard.QuerySelectorAll(".postcard-principles li > span").ToList();
        Assert.Equal(8, principles.Count);
        Assert.All(principles, p => Assert.Equal("ar", p.GetAttribute("lang")));
        var css = Directory.GetFiles(Path.Combine(site.Output, "assets"), "postcard.*.css").Single();
        Assert.Contains("size:A6", File.ReadAllText(css).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void The_print_stylesheet_hides_navigation_and_shows_link_addresses()
    {
        var css = File.ReadAllText(Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").Single());
        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains(".main-nav", print);
        Assert.Contains("attr(href)", print);
        Assert.Contains("break-inside:avoid", print.Replace(" ", "", StringComparison.Ordinal));
    }

    /// <summary>Draws the SVG's module rows into a bitmap and reads it with ZXing, as a phone camera would.</summary>
    private static string Decode(string svg)
    {
        const int scale = 4;
        var modules = int.Parse(Size().Match(svg).Groups[1].Value);
        var width = modules * scale;
        var pixels = Enumerable.Repeat((byte)255, width * width).ToArray();
        foreach (Match row in Row().Matches(svg))
        {
            var (x, y, w) = (int.Parse(row.Groups[1].Value), int.Parse(row.Groups[2].Value), int.Parse(row.Groups[3].Value));
            for (var py = y * scale; py < (y + 1) * scale; py++)
            {
                for (var px = x * scale; px < (x + w) * scale; px++)
                {
                    pixels[py * width + px] = 0;
                }
            }
        }

        var source = new RGBLuminanceSource(pixels, width, width, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        Assert.NotNull(result);
        return result.Text;
    }

    [Fact]
    public void The_printable_guide_gathers_every_section_and_article_in_the_readers_language()
    {
        var guide = site.Pages["/tr/wegweiser/druck/index.html"];
        var sections = guide.QuerySelectorAll(".print-guide-section").ToList();
        Assert.Equal(9, sections.Count);
        Assert.All(sections, s => Assert.Equal("tr", s.GetAttribute("lang")));
        Assert.True(guide.QuerySelectorAll(".print-guide-article").Length >= 18);
        Assert.Equal("tr", guide.DocumentElement.GetAttribute("lang"));
        // Leichte Sprache has all nine section pages of its own (with its Mediopunkt splits).
        var easy = site.Pages["/de-ls/wegweiser/druck/index.html"];
        Assert.Equal(9, easy.QuerySelectorAll(".print-guide-section").Length);
        Assert.Contains(easy.QuerySelectorAll(".print-guide-section h2"), h => h.TextContent.Contains('·'));
        var arabic = site.Pages["/ar/wegweiser/druck/index.html"];
        Assert.All(arabic.QuerySelectorAll(".print-guide-section"), s => Assert.Equal("ar", s.GetAttribute("lang")));
    }
}
