using Landau.Site.Assembly;
using Landau.Site.Diagnostics;
using Landau.Site.Loading;
using Landau.Site.Model;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Assembly;

public sealed class SiteAssemblerTests
{
    private static (SiteModel Site, IReadOnlyList<Diagnostic> Diagnostics) Assemble(params (string Language, string Path, string Text)[] files)
    {
        var pages = new List<ParsedPage>();
        foreach (var (language, path, text) in files)
        {
            var (page, _) = ContentText.Parse(text, language, path);
            pages.Add(page!);
        }

        var diagnostics = new DiagnosticBag();
        var site = SiteAssembler.Assemble(ContentText.Config, new LoadedContent(pages, new HashSet<string>()), diagnostics);
        return (site, diagnostics.ToSortedList());
    }

    private static readonly (string, string, string) Home = ("de", "_index.md", "---\ntitle: Start\n---\n");

    [Fact]
    public void Links_translations_by_path_and_resolves_missing_ones_to_the_source()
    {
        var (site, diagnostics) = Assemble(
            Home,
            ("de", "themen/_index.md", "---\ntitle: Themen\n---\n"),
            ("en", "themen/_index.md", "---\ntitle: Topics\n---\n"));
        Assert.Empty(diagnostics);
        Assert.Equal(["de", "en"], site.TranslationsOf("themen/_index.md").Select(p => p.Language.Code));
        Assert.Equal("Topics", site.Resolve("themen/_index.md", "en")!.Title);
        // No Arabic translation: the Arabic tree gets a fallback page with the German text at its own address.
        var fallback = site.Resolve("themen/_index.md", "ar")!;
        Assert.True(fallback.IsFallback);
        Assert.Equal("ar", fallback.Language.Code);
        Assert.Equal("de", fallback.ContentLanguage.Code);
        Assert.Equal("/ar/themen/", fallback.Url);
        Assert.Equal("/de/themen/", fallback.ContentUrl);
        Assert.Equal(TranslationState.Missing, fallback.State);
        Assert.Null(site.Find("themen/_index.md", "ar"));
        Assert.Equal(["de", "en"], site.TranslationsOf("themen/_index.md").Select(p => p.Language.Code));
    }

    [Fact]
    public void Translation_key_in_front_matter_overrides_the_path()
    {
        var (site, _) = Assemble(
            Home,
            ("de", "themen/_index.md", "---\ntitle: Themen\n---\n"),
            ("en", "topics/_index.md", "---\ntitle: Topics\ntranslation_key: themen/_index.md\n---\n"));
        var english = site.Find("themen/_index.md", "en")!;
        Assert.Equal("/en/topics/", english.Url);
    }

    [Fact]
    public void Translation_without_source_is_a_warning_and_not_published()
    {
        var (site, diagnostics) = Assemble(Home, ("en", "nur-englisch.md", "---\ntitle: Only English\n---\n"));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TranslationWithoutSource, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("content/en/nur-englisch.md", 1, 1), warning.Location);
        Assert.DoesNotContain(site.Pages, p => p.Key == "nur-englisch.md");
    }

    [Fact]
    public void Translations_inherit_the_fields_they_leave_out()
    {
        var (site, diagnostics) = Assemble(
            Home,
            ("de", "kontakte/_index.md", "---\ntitle: Kontakte\n---\n"),
            ("de", "kontakte/buero.md", "---\ntitle: Büro\ntype: contact\norganisation: Stadt\nphone: 06341 13-5025\n---\n"),
            ("ar", "kontakte/buero.md", "---\ntitle: المكتب\ntype: contact\norganisation: المدينة\n---\n"));
        Assert.Empty(diagnostics);
        var arabic = Assert.IsType<ContactDetails>(site.Find("kontakte/buero.md", "ar")!.FrontMatter.Details);
        Assert.Equal("المدينة", arabic.Organisation);
        Assert.Equal("06341 13-5025", arabic.Phone);
        Assert.Equal("kontakte/buero.md", site.ContactKey("buero"));
    }

    [Fact]
    public void A_translation_of_another_type_is_an_error()
    {
        var (_, diagnostics) = Assemble(
            Home,
            ("de", "kontakt.md", "---\ntitle: Büro\ntype: contact\norganisation: Stadt\n---\n"),
            ("en", "kontakt.md", "---\ntitle: Office\n---\n"));
        Assert.Equal(DiagnosticCodes.TypeDiffersFromSource, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Children_are_ordered_by_weight_then_title()
    {
        var (site, _) = Assemble(
            Home,
            ("de", "b.md", "---\ntitle: B\nweight: 2\n---\n"),
            ("de", "c.md", "---\ntitle: C\nweight: 1\n---\n"),
            ("de", "a.md", "---\ntitle: A\nweight: 2\n---\n"));
        Assert.Equal(["c.md", "a.md", "b.md"], site.ChildrenOf("_index.md"));
    }

    [Fact]
    public void Broken_page_link_is_an_error_at_the_link()
    {
        var (_, diagnostics) = Assemble(Home, ("de", "a.md", "---\ntitle: A\n---\nSiehe [B](b.md).\n"));
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenPageLink, error.Code);
        Assert.Equal(new SourceLocation("content/de/a.md", 4, 7), error.Location);
    }

    [Fact]
    public void Unknown_contact_and_section_references_are_errors()
    {
        var (_, diagnostics) = Assemble(
            Home,
            ("de", "kurs.md", "---\ntitle: Kurs\ntype: offer\nprovider: VHS\nsections: [nirgends]\ncontact: niemand\n---\n"));
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.UnknownReference));
        Assert.Contains(diagnostics, d => d.Location!.Line == 6 && d.Message.Contains("niemand"));
    }

    [Fact]
    public void A_folder_without_its_own_page_is_an_error()
    {
        var (_, diagnostics) = Assemble(Home, ("de", "themen/a.md", "---\ntitle: A\n---\n"));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.FolderWithoutPage && d.Severity == Severity.Error && d.Message.Contains("themen/_index.md"));
    }
}
