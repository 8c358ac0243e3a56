using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Security;

/// <summary>
/// Mistakes that used to pass silently, even with --strict: each is now an error at its line and
/// column, with what to write instead.
/// </summary>
public sealed class MisconfigurationTests
{
    private static Diagnostic Error(string text, string code, string language = "de")
    {
        var (_, diagnostics) = ContentText.Parse(text, language);
        return Assert.Single(diagnostics, d => d.Code == code && d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("![Foto](http://example.org/foto.jpg)")]
    [InlineData("![Foto](https://example.org/foto.jpg)")]
    [InlineData("![Foto](//example.org/foto.jpg)")]
    public void Remote_images_are_errors_that_point_to_local_images(string image)
    {
        var error = Error($"---\ntitle: Seite\n---\nText.\n\n{image}\n", DiagnosticCodes.RemoteImage);
        Assert.Equal((6, 1), (error.Location!.Line, error.Location.Column));
        Assert.Contains("the site's own files", error.Message);
    }

    [Theory]
    [InlineData("[Beratung](//evil.example/x)", "write https://evil.example/x")]
    [InlineData("[Anrufen](tel:javascript:alert(1))", "tel: link")]
    [InlineData("[Anrufen](tel:06341-abc)", "tel: link")]
    [InlineData("[Schreiben](mailto:https://evil.example)", "mailto: link")]
    [InlineData("[Amt](https:evil.example)", "does not start with https://")]
    [InlineData("[Amt](https://)", "no host name")]
    [InlineData("[Amt](https://www.landau.de@evil.example/)", "hides where the link really leads")]
    [InlineData("<https://localhost>", "no valid host name")]
    public void Link_targets_are_checked_by_shape(string link, string expected)
    {
        var error = Error($"---\ntitle: Seite\n---\nSiehe {link}.\n", DiagnosticCodes.UnsafeLink);
        Assert.Equal((4, 7), (error.Location!.Line, error.Location.Column));
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("[Anrufen](tel:06341%2013-5025)")]
    [InlineData("[Anrufen](tel:+49634135025)")]
    [InlineData("[Schreiben](mailto:integration@landau.de?subject=Frage)")]
    [InlineData("[Stadt](https://www.landau.de/Verwaltung/Ämter?x=1#top)")]
    public void Real_addresses_pass(string link)
    {
        var (page, diagnostics) = ContentText.Parse($"---\ntitle: Seite\n---\nSiehe {link}.\n");
        Assert.NotNull(page);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("phone: https://evil.example", "phone 'https://evil.example' may only have digits")]
    [InlineData("phone: \"06341 13-5025 oder +49\"", "may only have digits")]
    [InlineData("fax: \"12\"", "too few digits")]
    [InlineData("email: https://evil.example", "is not an e-mail address")]
    [InlineData("email: \"Büro <buero@landau.de>\"", "is not an e-mail address")]
    [InlineData("url: https://", "no host name")]
    [InlineData("url: \"https:evil.example\"", "does not start with https://")]
    [InlineData("url: \"https://exa mple.org\"", "contains a space")]
    [InlineData("url: //www.landau.de", "has no https:")]
    public void Contact_fields_are_checked_by_shape(string field, string expected)
    {
        var error = Error($"---\ntitle: Büro\ntype: contact\norganisation: Stadt\n{field}\n---\nText.\n", DiagnosticCodes.InvalidFieldValue);
        Assert.Equal(5, error.Location!.Line);
        Assert.Equal(field.IndexOf(':') + 3, error.Location.Column);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_javascript_url_field_stays_an_unsafe_link()
    {
        var error = Error("---\ntitle: Büro\ntype: contact\norganisation: Stadt\nurl: javascript:alert(1)\n---\nText.\n", DiagnosticCodes.UnsafeLink);
        Assert.Equal((5, 6), (error.Location!.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData("\u200D\uFEFF \u200E")]
    [InlineData("\u2060")]
    public void A_title_of_invisible_characters_is_refused(string title)
    {
        var error = Error($"---\ntitle: \"{title}\"\n---\nText.\n", DiagnosticCodes.RequiredFieldMissing);
        Assert.Contains("invisible", error.Message);
    }

    [Theory]
    [InlineData("\u001B[31m", 2, 10, "U+001B, ESC")]
    [InlineData("\u0007", 2, 10, "U+0007, BEL")]
    [InlineData("\u0000", 2, 10, "U+0000, NUL")]
    [InlineData("\u007F", 2, 10, "U+007F, DEL")]
    public void Control_characters_are_refused_where_they_are(string control, int line, int column, string named)
    {
        var (page, diagnostics) = ContentText.Parse($"---\ntitle: Ab{control}cd\n---\nText.\n");
        Assert.Null(page);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ControlCharacter, error.Code);
        Assert.Equal((line, column), (error.Location!.Line, error.Location.Column));
        Assert.Contains(named, error.Message);
    }

    [Theory]
    [InlineData("\\e[31m")]
    [InlineData("\\0")]
    [InlineData("\\x07")]
    public void Control_characters_made_by_yaml_escapes_are_refused(string escape)
    {
        var (page, diagnostics) = ContentText.Parse($"---\nweight: 1\ntitle: \"Ab{escape}cd\"\n---\nText.\n");
        Assert.Null(page);
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ControlCharacter);
        Assert.Equal((3, 8), (error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void Tabs_and_line_breaks_are_not_control_characters_here()
    {
        var (page, diagnostics) = ContentText.Parse("---\r\ntitle: Seite\r\n---\r\n| a\t| b |\r\n|---|---|\r\n| 1 | 2 |\r\n");
        Assert.NotNull(page);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.ControlCharacter);
    }

    [Theory]
    [InlineData("Das <span lang=\"en\">English text bleibt offen.", "not closed", 5)]
    [InlineData("Das ist </span> zu viel.", "closes nothing", 9)]
    [InlineData("<span lang=\"en\">a <span lang=\"fr\">b</span> c", "not closed", 1)]
    public void Unbalanced_inline_html_is_refused(string paragraph, string expected, int column)
    {
        using var site = TestSite.FromRealSite().Write("content/de/probe.md", $"---\ntitle: Probe\n---\n{paragraph}\n");
        var result = site.Build(write: false);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.RawHtml && d.Location!.Path == "content/de/probe.md");
        Assert.Contains(expected, error.Message);
        Assert.Equal((4, column), (error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void A_table_row_wider_than_its_header_is_an_error_at_the_row()
    {
        var error = Error("---\ntitle: Seite\n---\n| Name | Telefon |\n|---|---|\n| Frau Weber | 06341 13-5025 |\n| Herr Kaya | 06341 13-5026 | kaya@landau.de |\n", DiagnosticCodes.TableWithoutHeaders);
        // At the first cell past the two columns of |---|---|: "kaya@landau.de".
        Assert.Equal((7, "| Herr Kaya | 06341 13-5026 |".Length + 1), (error.Location!.Line, error.Location.Column));
        Assert.Contains("beyond the table's 2 columns", error.Message);
    }

    [Fact]
    public void A_table_row_shorter_than_its_header_is_fine()
    {
        var (page, diagnostics) = ContentText.Parse("---\ntitle: Seite\n---\n| Name | Telefon |\n|---|---|\n| Frau Weber |\n");
        Assert.NotNull(page);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void An_unknown_layout_is_an_error_at_its_line()
    {
        using var site = TestSite.FromFixture().Write("content/de/probe.md", "---\ntitle: Probe\nlayout: angebots-verzeichnis\n---\nText.\n");
        var result = site.Build(write: false);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LayoutMissing);
        Assert.Equal(("content/de/probe.md", 3), (error.Location!.Path, error.Location.Line));
        Assert.Contains("'angebots-verzeichnis'", error.Message);
        Assert.Contains("section", error.Message); // the layouts there are
    }

    [Theory]
    [InlineData("qr")]
    [InlineData("404")]
    [InlineData("translations")]
    public void A_missing_layout_of_a_page_the_site_makes_is_one_error_not_a_page_left_out(string layout)
    {
        using var site = TestSite.FromFixture().Delete($"layouts/{layout}.html");
        var result = site.Build(write: false);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LayoutMissing);
        Assert.Equal($"layouts/{layout}.html", error.Location!.Path);
    }

    [Theory]
    [InlineData("footer_contact: buero", "footer_contact: bureau", "footer_contact 'bureau' is not a contact page")]
    [InlineData("guide_root: themen", "guide_root: theman", "guide_root 'theman' is not a section")]
    [InlineData("guide_root: themen", "guide_root: themen\nwarnings_not_as_errors: [LS3019, LS9999]", "'LS9999', which is not a code")]
    public void References_in_site_yml_are_errors_at_their_line(string from, string to, string expected)
    {
        using var site = TestSite.FromFixture();
        site.Write("site.yml", site.Read("site.yml").Replace(from, to, StringComparison.Ordinal));
        var result = site.Build(write: false);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownReference);
        Assert.Equal("site.yml", error.Location!.Path);
        Assert.True(error.Location.Line > 1);
        Assert.Contains(expected, error.Message);
    }
}
