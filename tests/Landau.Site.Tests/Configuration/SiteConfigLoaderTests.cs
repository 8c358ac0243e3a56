using Landau.Site.Configuration;
using Landau.Site.Diagnostics;

namespace Landau.Site.Tests.Configuration;

public sealed class SiteConfigLoaderTests
{
    private const string Valid = """
        title:
          de: Integration in Landau
          ar: الاندماج في لانداو
        base_url: https://example.org/integration
        default_language: de
        languages:
          - {code: de, name: Deutsch, dir: ltr}
          - {code: ar, name: العربية, dir: rtl}
        """;

    [Fact]
    public void Reads_languages_titles_and_base_path()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(Valid, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(config);
        Assert.Equal(["de", "ar"], config.Languages.Select(l => l.Code));
        Assert.Equal("rtl", config.FindLanguage("ar")!.Dir);
        Assert.Equal("de", config.DefaultLanguage.Code);
        Assert.Equal("/integration/", config.BasePath);
        Assert.Equal("الاندماج في لانداو", config.TitleFor("ar"));
        Assert.Equal("https://example.org/integration/de/", config.AbsoluteUrl("/integration/de/"));
    }

    [Fact]
    public void Base_url_can_be_overridden()
    {
        var config = SiteConfigLoader.Parse(Valid, new DiagnosticBag(), "http://127.0.0.1:8080/");
        Assert.Equal("/", config!.BasePath);
    }

    [Fact]
    public void Default_language_must_be_configured()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(Valid.Replace("default_language: de", "default_language: fr"), diagnostics);
        Assert.Null(config);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(new SourceLocation("site.yml", 5, 19), error.Location);
    }

    [Fact]
    public void Wrong_direction_and_bad_codes_are_errors()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigLoader.Parse(Valid.Replace("dir: rtl", "dir: right").Replace("code: de,", "code: Deutsch,"), diagnostics);
        var errors = diagnostics.ToSortedList();
        Assert.Contains(errors, e => e.Message.Contains("dir must be ltr or rtl"));
        Assert.Contains(errors, e => e.Message.Contains("'Deutsch' is not a BCP 47"));
    }

    [Fact]
    public void Arabic_and_persian_dates_use_the_gregorian_calendar()
    {
        var fa = new LanguageConfig("fa", "فارسی", TextDirection.Rtl);
        Assert.IsType<System.Globalization.GregorianCalendar>(fa.Culture.DateTimeFormat.Calendar);
        Assert.Contains("2021", new DateTime(2021, 9, 28).ToString("D", fa.Culture));
    }

    [Theory]
    [InlineData("ua", "uk")]
    [InlineData("UK", "uk")]
    [InlineData("de_ls", "de-ls")]
    [InlineData("de-LS", "de-ls")]
    [InlineData("ukr", "uk")]
    [InlineData("Ukrainian", "uk")]
    [InlineData("ir", "fa")]
    [InlineData("ara", "ar")]
    [InlineData("dee", "de")]
    [InlineData("xyz", null)]
    public void A_language_code_names_the_configured_language_meant(string typed, string? expected)
    {
        Assert.Equal(expected, LanguageTag.Closest(typed, ["de", "en", "ar", "uk", "tr", "fa", "de-ls"]));
    }

    [Fact]
    public void A_default_language_not_listed_offers_the_language_meant_in_german()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigLoader.Parse(Valid.Replace("default_language: de", "default_language: DE"), diagnostics);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("default_language 'DE' is not one of the languages listed under 'languages'. Did you mean 'de'?", error.Message);
        Assert.Equal("default_language 'DE' ist keine der Sprachen, die unter 'languages' stehen. Meinten Sie 'de'?", error.Text.Format(MessageCatalogue.German));
    }

    [Fact]
    public void A_direction_repeats_what_was_typed_and_offers_the_one_meant_in_german()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigLoader.Parse(Valid.Replace("dir: rtl", "dir: right"), diagnostics);
        var error = Assert.Single(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.ConfigInvalid);
        Assert.Equal("Language 'ar': dir must be ltr or rtl, not 'right'. Did you mean 'rtl'?", error.Message);
        Assert.Equal("Sprache 'ar': dir muss ltr (von links nach rechts) oder rtl (von rechts nach links) sein, nicht 'right'. Meinten Sie 'rtl'?",
            error.Text.Format(MessageCatalogue.German));
    }

    [Fact]
    public void Wrong_fields_of_site_yml_are_worded_in_german()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigLoader.Parse(Valid.Replace("ar: الاندماج في لانداو", "ua: Інтеграція").Replace("base_url: https://example.org/integration", "base_url: example.org")
            .Replace("code: de,", "code: de_DE,") + "\nbase_ulr: x\n", diagnostics);
        var german = diagnostics.ToSortedList().Select(d => d.Text.Format(MessageCatalogue.German)).ToList();
        Assert.Contains("base_url 'example.org' ist keine vollständige Adresse mit http(s), wie zum Beispiel https://www.example.org/. Schreiben Sie die ganze Adresse.", german);
        Assert.Contains("Das Sprachkürzel 'de_DE' ist kein gültiges Kürzel (BCP 47) wie de, en oder ar. Meinten Sie 'de-DE'?", german);
        Assert.Contains(german, m => m.StartsWith("Unbekanntes Feld 'base_ulr' in site.yml: Es wird nicht beachtet. Meinten Sie 'base_url'?", StringComparison.Ordinal));
        Assert.Contains("title hat einen Eintrag für 'ua', aber diese Sprache steht nicht unter 'languages'.", german);
    }
}
