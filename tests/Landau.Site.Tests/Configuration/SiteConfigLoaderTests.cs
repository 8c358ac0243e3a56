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
}
