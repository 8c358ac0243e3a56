using Landau.Site.Diagnostics;
using Landau.Site.Model;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Loading;

public sealed class FrontMatterTests
{
    [Fact]
    public void Reads_common_and_type_fields_into_typed_records()
    {
        var (page, diagnostics) = ContentText.Parse("""
            ---
            title: Deutschkurs für Frauen
            description: Mit Kinderbetreuung
            type: offer
            weight: 3
            provider: Volkshochschule
            sections: [sprache, bildung]
            languages: [de, ar]
            childcare: true
            review_by: 2027-05-31
            address:
              street: Friedrich-Ebert-Straße 5
              postal_code: "76829"
              city: Landau in der Pfalz
            ---
            Text.
            """);

        Assert.Empty(diagnostics);
        Assert.NotNull(page);
        Assert.Equal("Deutschkurs für Frauen", page.FrontMatter.Title);
        Assert.Equal(ContentType.Offer, page.FrontMatter.Type);
        Assert.Equal(3, page.FrontMatter.Weight);
        var offer = Assert.IsType<OfferDetails>(page.FrontMatter.Details);
        Assert.Equal("Volkshochschule", offer.Provider);
        Assert.Equal(["sprache", "bildung"], offer.Sections);
        Assert.True(offer.Childcare);
        Assert.Null(offer.FreeOfCharge);
        Assert.Equal(new DateOnly(2027, 5, 31), offer.ReviewBy);
        Assert.Equal(new PostalAddress("Friedrich-Ebert-Straße 5", "76829", "Landau in der Pfalz"), offer.Address);
    }

    [Fact]
    public void Section_files_default_to_type_section_and_other_files_to_page()
    {
        Assert.Equal(ContentType.Section, ContentText.Parse("---\ntitle: A\n---\n", contentPath: "a/_index.md").Page!.FrontMatter.Type);
        Assert.Equal(ContentType.TextPage, ContentText.Parse("---\ntitle: A\n---\n", contentPath: "a/b.md").Page!.FrontMatter.Type);
    }

    [Fact]
    public void Missing_title_is_an_error_at_the_front_matter()
    {
        var (page, diagnostics) = ContentText.Parse("---\ndescription: Ohne Titel\n---\nText\n");
        Assert.Null(page);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.RequiredFieldMissing, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(new SourceLocation("content/de/seite.md", 2, 1), error.Location);
        Assert.Contains("title", error.Message);
    }

    [Fact]
    public void Unknown_field_is_a_warning_at_the_key_with_a_suggestion()
    {
        var (page, diagnostics) = ContentText.Parse("---\ntitle: A\ndescripton: typo\n---\n");
        Assert.NotNull(page);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownField, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("content/de/seite.md", 3, 1), warning.Location);
        Assert.Contains("'descripton'", warning.Message);
        Assert.Contains("Did you mean 'description'?", warning.Message);
    }

    [Fact]
    public void A_misspelt_required_field_is_one_error_that_names_the_field_meant()
    {
        var (_, diagnostics) = ContentText.Parse("---\ntitel: Sprachkurse\n---\nText\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownField, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(new SourceLocation("content/de/seite.md", 2, 1), error.Location);
        Assert.StartsWith("Unknown field 'titel'. Did you mean 'title'?", error.Message);
    }

    [Theory]
    [InlineData("---\ntitle: A\ntype: offer\nprovider: B\nsections: [sprache]\nProvider: C\n---\n", "Did you mean 'provider'?")]
    [InlineData("---\ntitle: A\ntype: offer\nprovider: B\nsections: [sprache]\ntarget-groups: [frauen]\n---\n", "Did you mean 'target_groups'?")]
    [InlineData("---\ntitle: A\ntype: offer\nprovider: B\nsections: [sprache]\nwheelchair_accesible: true\n---\n", "Did you mean 'wheelchair_accessible'?")]
    public void A_misspelt_optional_field_is_a_warning_that_names_the_field_of_this_type(string text, string suggestion)
    {
        var (_, diagnostics) = ContentText.Parse(text);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains(suggestion, warning.Message);
        Assert.DoesNotContain("Fields of this type", warning.Message); // one suggestion, not a list of 27
    }

    [Theory]
    [InlineData("31.12.2026", "Did you mean 2026-12-31?")]
    [InlineData("1.2.26", "Did you mean 2026-02-01?")]
    [InlineData("Dezember 2026", "not 'Dezember 2026'")]
    public void A_date_written_another_way_is_repeated_with_the_form_to_write(string written, string expected)
    {
        var (_, diagnostics) = ContentText.Parse($"---\ntitle: A\ntype: news\ndate: {written}\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidFieldValue, error.Code);
        Assert.Equal(new SourceLocation("content/de/seite.md", 4, 7), error.Location);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("Offer", "Did you mean 'offer'?")]
    [InlineData("kontakt", "Did you mean 'contact'?")]
    [InlineData("blogpost", "Use one of: page, section, principle, guide, offer, contact, news.")]
    public void An_unknown_type_names_the_type_meant_or_lists_them(string written, string expected)
    {
        var (_, diagnostics) = ContentText.Parse($"---\ntitle: A\ntype: {written}\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownContentType, error.Code);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_german_page_is_never_offered_the_translators_fields()
    {
        var (_, diagnostics) = ContentText.Parse("---\ntitle: A\nsource_hsh: abc\n---\n");

        var warning = Assert.Single(diagnostics);
        Assert.DoesNotContain("source_hash", warning.Message);
        Assert.DoesNotContain("translation_status", warning.Message);
    }

    [Fact]
    public void Unknown_type_is_an_error_at_the_value()
    {
        var (page, diagnostics) = ContentText.Parse("---\ntitle: A\ntype: blogpost\n---\n");
        Assert.Null(page);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownContentType, error.Code);
        Assert.Equal(new SourceLocation("content/de/seite.md", 3, 7), error.Location);
        Assert.Contains("blogpost", error.Message);
    }

    [Fact]
    public void Wrong_value_type_is_an_error_at_the_value()
    {
        var (_, diagnostics) = ContentText.Parse("---\ntitle: A\nweight: first\n---\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidFieldValue, error.Code);
        Assert.Equal(new SourceLocation("content/de/seite.md", 3, 9), error.Location);
    }

    [Fact]
    public void Required_type_fields_are_enforced_on_the_source_language_only()
    {
        var offer = "---\ntitle: Kurs\ntype: offer\n---\n";
        var (_, german) = ContentText.Parse(offer, "de");
        Assert.Equal(2, german.Count(d => d.Code == DiagnosticCodes.RequiredFieldMissing)); // provider, sections
        var (translation, english) = ContentText.Parse(offer, "en");
        Assert.NotNull(translation);
        Assert.Empty(english);
    }

    [Fact]
    public void A_required_field_without_a_value_is_missing()
    {
        var (page, diagnostics) = ContentText.Parse("---\ntitle: Meldung\ntype: news\ndate:\n---\nText\n");
        Assert.Null(page);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.RequiredFieldMissing, error.Code);
        Assert.Equal(new SourceLocation("content/de/seite.md", 4, 6), error.Location);
        Assert.StartsWith("The field 'date' is empty; a page of type 'news' needs it", error.Message);

        // A translation takes it from the German page.
        Assert.NotNull(ContentText.Parse("---\ntitle: News\ntype: news\ndate:\n---\nText\n", "en").Page);
    }

    [Fact]
    public void Params_that_are_not_a_group_of_values_are_an_error()
    {
        var (page, diagnostics) = ContentText.Parse("---\ntitle: Seite\nparams: blau\n---\nText\n");
        Assert.Null(page);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidFieldValue, error.Code);
        Assert.Equal(new SourceLocation("content/de/seite.md", 3, 9), error.Location);

        var (withMap, none) = ContentText.Parse("---\ntitle: Seite\nparams:\n  farbe: blau\n---\nText\n");
        Assert.Empty(none);
        Assert.Equal("blau", withMap!.FrontMatter.Params["farbe"]);
    }

    [Fact]
    public void Malformed_yaml_is_an_error_with_the_file_line()
    {
        var (page, diagnostics) = ContentText.Parse("---\ntitle: A\ndescription: [unclosed\nweight: 2\n---\n");
        Assert.Null(page);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal("content/de/seite.md", error.Location!.Path);
        Assert.InRange(error.Location.Line, 3, 5);
    }

    [Fact]
    public void Front_matter_without_closing_line_is_an_error()
    {
        var (page, diagnostics) = ContentText.Parse("---\ntitle: A\n\nText ohne Ende der Kopfdaten\n");
        Assert.Null(page);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterNotClosed, error.Code);
        Assert.Equal(new SourceLocation("content/de/seite.md", 1, 1), error.Location);
    }

    [Fact]
    public void File_without_front_matter_is_an_error()
    {
        var (_, diagnostics) = ContentText.Parse("# Nur Text\n");
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Byte_order_mark_and_windows_line_endings_are_accepted()
    {
        var (page, diagnostics) = ContentText.Parse("\uFEFF---\r\ntitle: A\r\n---\r\nText\r\n");
        Assert.Empty(diagnostics);
        Assert.Equal("A", page!.FrontMatter.Title);
    }
}
