using System.Text;
using Landau.Site.Output;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Publishing;

/// <summary>Open data that a spreadsheet opens safely: OWASP's CSV-injection rule, RFC 4180, umlauts.</summary>
public sealed class CsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Hilfe\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Hilfe\"\")\"")]
    [InlineData("+SUM(A1:A9)", "'+SUM(A1:A9)")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("  =1+1", "'  =1+1")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("+49 6341 13-5025", "+49 6341 13-5025")]
    [InlineData("-5", "-5")]
    [InlineData("06341 13-5025", "06341 13-5025")]
    [InlineData("Volkshochschule Landau", "Volkshochschule Landau")]
    [InlineData("Eins, zwei", "\"Eins, zwei\"")]
    [InlineData("", "")]
    public void Fields_that_a_spreadsheet_would_run_become_text(string value, string expected) =>
        Assert.Equal(expected, Csv.Field(value));

    [Fact]
    public void Offers_csv_neutralises_formulas_keeps_phone_numbers_and_opens_with_umlauts()
    {
        using var site = TestSite.FromRealSite()
            .Write("content/de/angebote/formel.md",
                "---\ntitle: Beratung zur Probe\ntype: offer\nprovider: \"=HYPERLINK(\\\"http://evil.example\\\",\\\"Hilfe\\\")\"\nphone: \"+49 6341 13-5025\"\n" +
                "description: \"@Straße und Grüße\"\nsections: [willkommen]\ntarget_groups: [alle]\nreviewed: 2026-11-27\nreview_by: 2027-05-31\nfacts_from: general\n---\n## Was ist das Angebot?\n\nEin Angebot zur Probe.\n");
        var result = site.Build();
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));

        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "de", "angebote", "offers.csv"));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var records = text.Split("\r\n");
        Assert.Equal("", records[^1]);
        var row = Assert.Single(records, r => r.StartsWith("angebote/formel.md,", StringComparison.Ordinal));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Hilfe\"\")\",", row);
        Assert.Contains(",'@Straße und Grüße,", row);
        Assert.Contains(",+49 6341 13-5025,", row);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));

        // The JSON carries the values as they are: it is data, not a spreadsheet.
        Assert.Contains("\"provider\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"Hilfe\\\")\"", site.ReadOutput("de/angebote/offers.json"));
    }
}
