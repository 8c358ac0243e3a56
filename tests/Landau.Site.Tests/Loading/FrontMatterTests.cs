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

    [Theory]
    [InlineData("content/ua/seite.md", "'ua' ist keine Sprache der Website. Die Sprachen in site.yml sind: de, uk, fa, de-ls. Benennen Sie den Ordner nach einer dieser Sprachen. Meinten Sie 'uk'?")]
    [InlineData("content/de_ls/seite.md", "'de_ls' ist keine Sprache der Website. Die Sprachen in site.yml sind: de, uk, fa, de-ls. Benennen Sie den Ordner nach einer dieser Sprachen. Meinten Sie 'de-ls'?")]
    [InlineData("content/xx/seite.md", "'xx' ist keine Sprache der Website. Die Sprachen in site.yml sind: de, uk, fa, de-ls. Benennen Sie den Ordner nach einer dieser Sprachen.")]
    public void A_folder_that_is_not_a_language_offers_the_language_meant(string path, string german)
    {
        var config = Landau.Site.Configuration.SiteConfigLoader.Parse("""
            title: Test
            base_url: https://example.org/
            default_language: de
            languages:
              - {code: de, name: Deutsch, dir: ltr}
              - {code: uk, name: Українська, dir: ltr}
              - {code: fa, name: فارسی, dir: rtl}
              - {code: de-ls, name: Leichte Sprache, dir: ltr, lang: de}
            """, new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();
        Assert.Null(new Landau.Site.Loading.ContentLoader(config, Landau.Site.Markdown.MarkdownPipelineFactory.Create()).LoadFile("/nonexistent", path, diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.UnknownLanguageFolder, error.Code);
        Assert.Equal(german, error.Text.Format(MessageCatalogue.German));
        Assert.StartsWith($"'{path.Split('/')[1]}' is not a language of the site. Languages in site.yml: de, uk, fa, de-ls.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitel: A\n---\nText.\n", "Unbekanntes Feld 'titel'. Meinten Sie 'title'? Eine Seite der Art 'page' braucht dieses Feld (Titel der Seite (Überschrift, Browser-Tab, Navigation)).")]
    [InlineData("---\ndescription: A\n---\nText.\n", "Die Seite hat keinen Titel. Ergänzen Sie im Kopf eine Zeile 'title: …'.")]
    [InlineData("---\ntitle: A\ntype: angebot\n---\nText.\n", "Unbekannte Art 'angebot' im Feld type. Verwenden Sie eine dieser Arten: ")]
    [InlineData("---\ntitle: A\ntype: Offer\n---\nText.\n", "Unbekannte Art 'Offer' im Feld type. Meinten Sie 'offer'?")]
    [InlineData("---\ntitle: A\ntype: offer\nprovider: VHS\nsections: [sprache]\nphone: 06341/13-abc\n---\nText.\n", "Der Wert von phone ('06341/13-abc') darf nur Ziffern, Leerzeichen und + - / ( ) enthalten. Schreiben Sie die Nummer so, wie man sie wählt, zum Beispiel 06341 13-5025.")]
    [InlineData("---\ntitle: A\ntranslation_status: reviwed\n---\nText.\n", "translation_status muss draft (Entwurf) oder reviewed (geprüft) sein, nicht 'reviwed'. Meinten Sie 'reviewed'?", "en")]
    [InlineData("---\ntitle: A\ntranslation_key: Wegweiser/x.md\n---\nText.\n", "translation_key 'Wegweiser/x.md' muss der Pfad der deutschen Seite unter content/de/ sein, zum Beispiel wegweiser/sprache/_index.md.", "en")]
    [InlineData("---\ntitle: A\nsource_hash: abc\n---\nText.\n", "source_hash und translation_status gehören nur in Übersetzungen, nicht in Seiten der Originalsprache. Löschen Sie diese Felder.")]
    public void Front_matter_problems_are_worded_in_german(string text, string german, string language = "de")
    {
        var (_, diagnostics) = ContentText.Parse(text, language);
        Assert.Contains(diagnostics, d => d.Text.Format(MessageCatalogue.German).StartsWith(german, StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_outside_a_closed_list_repeats_it_and_offers_the_closest_in_german()
    {
        var (_, diagnostics) = ContentText.Parse("---\ntitle: A\ntype: offer\nprovider: VHS\nsections: [sprache]\ntarget_groups: [Frauen, senioren]\n---\nText.\n");
        var errors = diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidFieldValue).ToList();
        Assert.Equal(
        [
            "'Frauen' ist kein erlaubter Wert für target_groups. Meinten Sie 'frauen'?",
            "'senioren' ist kein erlaubter Wert für target_groups. Erlaubt sind: alle, frauen, familien, jugendliche, gefluechtete, arbeitgebende, ehrenamtliche.",
        ], errors.Select(e => e.Text.Format(MessageCatalogue.German)));
        Assert.Equal("'Frauen' is not a value of target_groups. Did you mean 'frauen'?", errors[0].Message);
    }

    [Theory]
    [InlineData("---\ntitle: A\n", "Der Kopf, der hier beginnt, wird nicht geschlossen. Schreiben Sie nach dem letzten Feld und vor dem Text eine Zeile '---'.")]
    [InlineData("Text.\n", "Die Datei muss mit dem Kopf beginnen: in der ersten Zeile '---', dann mindestens 'title: …', dann wieder eine Zeile '---'.")]
    [InlineData("\n", "Die Datei ist leer. Eine Seite beginnt mit dem Kopf: eine Zeile '---', dann 'title: …', dann wieder eine Zeile '---', darunter der Text.")]
    [InlineData("---\ntitle: A\u001B\n---\n", "Hier steht ein unsichtbares Steuerzeichen (U+001B, ESC), oft beim Kopieren aus einem anderen Programm mitgekommen. Löschen Sie es.")]
    public void The_files_shape_is_worded_in_german(string text, string german)
    {
        var (_, diagnostics) = ContentText.Parse(text);
        Assert.Equal(german, Assert.Single(diagnostics).Text.Format(MessageCatalogue.German));
    }

    [Theory]
    [InlineData("Zahlen und Fakten", "'Zahlen und Fakten' ist kein gültiger Name: Verwenden Sie nur Kleinbuchstaben a–z, Ziffern und Bindestriche (zum Beispiel 'zahlen-und-fakten'), keine Leerzeichen, Umlaute oder Großbuchstaben. Meinten Sie 'zahlen-und-fakten'?")]
    [InlineData("Übersicht_2026", "'Übersicht_2026' ist kein gültiger Name: Verwenden Sie nur Kleinbuchstaben a–z, Ziffern und Bindestriche (zum Beispiel 'zahlen-und-fakten'), keine Leerzeichen, Umlaute oder Großbuchstaben. Meinten Sie 'uebersicht-2026'?")]
    [InlineData("con", "'con' ist ein reservierter Name. Wählen Sie einen anderen.")]
    public void A_name_that_cannot_be_an_address_is_refused_with_the_name_to_write(string name, string german)
    {
        Assert.Equal(german, Landau.Site.Loading.ContentPathRules.Refusal(name, isFileStem: false)!.Format(MessageCatalogue.German));
    }
}
