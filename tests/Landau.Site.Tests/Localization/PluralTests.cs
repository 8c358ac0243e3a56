using Landau.Site.Diagnostics;
using Landau.Site.Localization;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Localization;

public sealed class PluralTests
{
    [Theory]
    [InlineData("ar", 0, "zero")]
    [InlineData("ar", 1, "one")]
    [InlineData("ar", 2, "two")]
    [InlineData("ar", 3, "few")]
    [InlineData("ar", 10, "few")]
    [InlineData("ar", 11, "many")]
    [InlineData("ar", 99, "many")]
    [InlineData("ar", 100, "other")]
    [InlineData("ru", 1, "one")]
    [InlineData("ru", 2, "few")]
    [InlineData("ru", 5, "many")]
    [InlineData("ru", 21, "one")]
    [InlineData("ru", 22, "few")]
    [InlineData("ru", 25, "many")]
    [InlineData("ru", 111, "many")]
    [InlineData("uk", 1, "one")]
    [InlineData("uk", 3, "few")]
    [InlineData("uk", 11, "many")]
    [InlineData("de", 1, "one")]
    [InlineData("de", 0, "other")]
    [InlineData("de", 2, "other")]
    [InlineData("tr", 1, "one")]
    [InlineData("tr", 2, "other")]
    [InlineData("fa", 1, "one")]
    [InlineData("fa", 5, "other")]
    public void Selects_the_cldr_category(string language, int number, string category) =>
        Assert.Equal(category, PluralRules.Select(language, number));

    [Fact]
    public void Arabic_needs_all_six_categories_and_turkish_two()
    {
        Assert.Equal(["few", "many", "one", "other", "two", "zero"], PluralRules.CategoriesOf("ar").Order());
        Assert.Equal(["one", "other"], PluralRules.CategoriesOf("tr").Order());
        Assert.Equal(["few", "many", "one", "other"], PluralRules.CategoriesOf("uk").Order());
    }

    [Fact]
    public void A_plural_text_fills_count_and_named_parameters_in_the_language_format()
    {
        using var site = TestSite.FromFixture();
        site.Write("i18n/ar.yml", File.ReadAllText(Path.Combine(site.Root, "i18n/ar.yml")) +
            "pages:\n  zero: \"لا صفحات\"\n  one: \"صفحة واحدة\"\n  two: \"صفحتان\"\n  few: \"{count} صفحات\"\n  many: \"{count} صفحة\"\n  other: \"{count} صفحة في {place}\"\n");
        site.Write("i18n/de.yml", File.ReadAllText(Path.Combine(site.Root, "i18n/de.yml")) + "pages:\n  one: \"{count} Seite\"\n  other: \"{count} Seiten\"\n");
        site.Write("i18n/en.yml", File.ReadAllText(Path.Combine(site.Root, "i18n/en.yml")) + "pages:\n  one: \"{count} page\"\n  other: \"{count} pages\"\n");
        site.Write("layouts/page.html", "<h1>{{ page.title }}</h1>\n<p class=\"n\">{{ tn 'pages' 0 }}|{{ tn 'pages' 2 }}|{{ tn 'pages' 11 }}|{{ tn 'pages' 1200 }}</p>\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<p class=\"n\">0 Seiten|2 Seiten|11 Seiten|1.200 Seiten</p>", site.ReadOutput("de/themen/zweiter-schritt/index.html"));
        // Western digits with the Arabic thousands separator (U+066C), from the culture of the language.
        Assert.Contains("<p class=\"n\">لا صفحات|صفحتان|11 صفحة|1\u066C200 صفحة في {place}</p>", site.ReadOutput("ar/themen/zweiter-schritt/index.html"));
    }

    [Fact]
    public void A_missing_plural_category_fails_the_build_naming_file_and_key()
    {
        using var site = TestSite.FromFixture();
        site.Write("i18n/ar.yml", File.ReadAllText(Path.Combine(site.Root, "i18n/ar.yml")) + "pages:\n  one: \"صفحة واحدة\"\n  other: \"{count} صفحة\"\n");
        site.Write("i18n/de.yml", File.ReadAllText(Path.Combine(site.Root, "i18n/de.yml")) + "pages:\n  one: \"{count} Seite\"\n  other: \"{count} Seiten\"\n");
        site.Write("i18n/en.yml", File.ReadAllText(Path.Combine(site.Root, "i18n/en.yml")) + "pages:\n  one: \"{count} page\"\n  other: \"{count} pages\"\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PluralFormMissing);
        Assert.Equal("i18n/ar.yml", error.Location!.Path);
        Assert.Contains("'pages'", error.Message);
        Assert.Contains("zero, two, few, many", error.Message);
    }

    [Fact]
    public void An_unused_interface_text_is_a_warning_at_its_line()
    {
        using var site = TestSite.FromFixture();
        foreach (var language in new[] { "de", "en", "ar" })
        {
            site.Write($"i18n/{language}.yml", File.ReadAllText(Path.Combine(site.Root, $"i18n/{language}.yml")) + "old:\n  leftover: \"x\"\n");
        }

        var warning = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.UiStringUnused, warning.Code);
        Assert.Equal("i18n/de.yml", warning.Location!.Path);
        Assert.Contains("'old.leftover'", warning.Message);
    }
}
