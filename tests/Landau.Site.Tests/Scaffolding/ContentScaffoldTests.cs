using Landau.Site.Assembly;
using Landau.Site.Building;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Loading;
using Landau.Site.Model;
using Landau.Site.Scaffolding;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Scaffolding;

/// <summary><c>landau-site new</c>: files that build, explained from the schema table, and plain refusals.</summary>
public sealed class ContentScaffoldTests
{
    private static readonly DateOnly Today = new(2026, 5, 4);

    private static readonly SiteConfig RealConfig = SiteConfigLoader.Load(RepoPaths.Root, new DiagnosticBag())!;

    /// <summary>Plans on the real site: reads its folders, writes nothing.</summary>
    private static ScaffoldResult Plan(string type, string path) => new ContentScaffold(RepoPaths.Root, RealConfig).Plan(type, path, Today);

    /// <summary>One new page per type, where an editor would put it.</summary>
    public static readonly (string Type, string Path)[] NewPages =
    [
        ("page", "de/neue-seite"),
        ("section", "de/neuer-bereich"),
        ("principle", "de/haltung/neuer-grundsatz"),
        ("guide", "de/wegweiser/gesundheit"),
        ("offer", "de/angebote/neues-angebot"),
        ("contact", "de/kontakte/neue-stelle"),
        ("news", "de/aktuelles/neue-meldung"),
    ];

    [Fact]
    public void New_pages_of_every_type_are_drafts_that_preview_with_no_error_and_no_warning_and_are_not_published()
    {
        Assert.Equal(ContentSchema.TypeNames.Keys.Order(), NewPages.Select(p => p.Type).Order());
        using var site = TestSite.FromRealSite();
        var config = SiteConfigLoader.Load(site.Root, new DiagnosticBag())!;
        var scaffold = new ContentScaffold(site.Root, config);
        var created = new List<NewContentFile>();
        foreach (var (type, path) in NewPages)
        {
            var result = scaffold.Create(type, path, Today);
            Assert.True(result.Succeeded, result.Message);
            created.Add(result.File!);
        }

        // Not published: each is a draft with placeholders.
        var published = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, TreatWarningsAsErrors = true, WriteOutput = false });
        Assert.True(published.Succeeded, string.Join('\n', published.Diagnostics));
        Assert.DoesNotContain(published.Files, f => created.Any(c => f.Path == SitePaths.OutputPath("de", c.RelativePath["content/de/".Length..])));

        // As the preview shows drafts: one build of the whole site for all seven (a real-site build takes seconds).
        var build = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, TreatWarningsAsErrors = true, IncludeDrafts = true });
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        Assert.Equal(0, build.ErrorCount);
        Assert.Equal(0, build.StrictWarningCount);
        Assert.DoesNotContain(build.Diagnostics, d => created.Any(f => d.Location?.Path == f.RelativePath));

        foreach (var file in created)
        {
            var key = file.RelativePath["content/de/".Length..];
            Assert.True(site.OutputExists(SitePaths.OutputPath("de", key)), $"{file.RelativePath} was not published");
            var page = File.ReadAllText(Path.Combine(site.Output, SitePaths.OutputPath("de", key)));
            Assert.Contains(NewPageTexts.Mark, page);
        }

        // The type's schema accepts what new wrote.
        var schemas = Path.Combine(site.Root, FrontMatterSchemas.Folder);
        Assert.True(FrontMatterSchemas.Write(site.Root, schemas, FrontMatterSchemas.Files(config), new DiagnosticBag()));
        var set = SchemaSet.Load(schemas);
        foreach (var file in created)
        {
            var block = FrontMatterBlock.Split(new SourceFile(file.RelativePath, File.ReadAllText(Path.Combine(site.Root, file.RelativePath))), new DiagnosticBag())!;
            Assert.Null(set.Problems(FrontMatterSchemas.FileName(file.Type, translation: false), YamlJson.FromYaml(block.Yaml)));
        }
    }

    [Fact]
    public void The_file_explains_every_field_in_german_and_lists_the_optional_ones_commented_out()
    {
        var file = Plan("offer", "de/angebote/neues-angebot").File!;
        var (front, body) = Split(file.Text);
        foreach (var field in ContentSchema.Fields(ContentType.Offer).Where(f => !f.TranslationsOnly))
        {
            var comment = front.IndexOf($"# {field.Description}");
            Assert.True(comment >= 0, $"no comment for {field.Name}");
            var next = front[comment + 1];
            if (field.Required || field.Name is "type" or "draft")
            {
                Assert.StartsWith($"{field.Name}: ", next.StartsWith('#') ? front[comment + 2] : next);
            }
            else
            {
                Assert.Equal($"# {field.Name}:", next);
            }
        }

        // Only translations carry these; on a German page they would be warned about.
        Assert.DoesNotContain(front, l => l.Contains("source_hash") || l.Contains("translation_status"));
        Assert.Contains("type: offer", front);
        Assert.Contains("provider: \"Anbieter eintragen\"", front);
        Assert.Contains("# Vorhandene Bereiche: ausbildung-und-arbeit, bildung, kinder-und-familie, lebensorganisation, mitmachen, sprache, willkommen, wohnen, zusammenleben", front);
        Assert.Contains("sections: [ausbildung-und-arbeit]", front);
        Assert.Contains("#   postal_code:", front);

        // The body: one paragraph of German, no heading (the title is the page's only h1).
        var paragraph = Assert.Single(body, l => l.Length > 0);
        Assert.StartsWith("Beschreiben Sie hier das Angebot", paragraph);
        Assert.DoesNotContain('\r', file.Text);
    }

    [Theory]
    [InlineData("page", "de/neue-seite.md", false)]
    [InlineData("section", "de/neuer-bereich", false)]
    [InlineData("principle", "de/haltung/neuer-grundsatz", true)]
    [InlineData("guide", "de/wegweiser/gesundheit", true)]
    [InlineData("offer", "de/angebote/neues-angebot.md", true)]
    [InlineData("contact", "de/kontakte/neue-stelle", true)]
    [InlineData("news", "de/aktuelles/neue-meldung.md", true)]
    public void Type_is_written_only_when_the_file_name_does_not_imply_it(string type, string path, bool written)
    {
        var (front, _) = Split(Plan(type, path).File!.Text);
        Assert.Equal(written, front.Contains($"type: {type}"));
        Assert.Equal(!written, front.Contains("# type:"));
    }

    [Fact]
    public void A_page_of_type_page_as_a_folder_page_names_its_type()
    {
        // _index.md is a section unless it says otherwise.
        using var site = TestSite.FromFixture();
        var config = SiteConfigLoader.Load(site.Root, new DiagnosticBag())!;
        var result = new ContentScaffold(site.Root, config).Plan("page", "de/themen/neu/_index.md", Today);
        Assert.Contains("type: page", Split(result.File!.Text).Front);
    }

    [Fact]
    public void A_news_item_is_dated_today()
    {
        Assert.Contains("date: 2026-05-04", Split(Plan("news", "de/aktuelles/neue-meldung").File!.Text).Front);
    }

    [Theory]
    [InlineData("offer", "de/angebote/neues-angebot", "content/de/angebote/neues-angebot.md")]
    [InlineData("offer", "de/angebote/neues-angebot.md", "content/de/angebote/neues-angebot.md")]
    [InlineData("page", "content/de/neue-seite", "content/de/neue-seite.md")]
    [InlineData("page", "de\\neue-seite.md", "content/de/neue-seite.md")]
    [InlineData("section", "de/neuer-bereich", "content/de/neuer-bereich/_index.md")]
    [InlineData("section", "de/neuer-bereich/", "content/de/neuer-bereich/_index.md")]
    [InlineData("section", "de/neuer-bereich/_index", "content/de/neuer-bereich/_index.md")]
    [InlineData("guide", "de/wegweiser/gesundheit", "content/de/wegweiser/gesundheit/_index.md")]
    public void Paths_are_completed_the_way_pages_are_named(string type, string path, string expected)
    {
        var result = Plan(type, path);
        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(expected, result.File!.RelativePath);
    }

    [Theory]
    [InlineData("artikel", "de/neue-seite.md", "'artikel' is not a content type. Use one of: page, section, principle, guide, offer, contact, news.")]
    [InlineData("page", "../neue-seite.md", "'..'")]
    [InlineData("page", "de/../../../etc/neue-seite.md", "must stay inside content/")]
    [InlineData("page", "/etc/neue-seite.md", "is an absolute path")]
    [InlineData("page", "C:\\site\\neue-seite.md", "is an absolute path")]
    [InlineData("page", "de//neue-seite.md", "empty folder name")]
    [InlineData("page", "fr/neue-seite.md", "'fr' is not a language of the site; the path starts with the language, e.g. de/angebote/neues-angebot.md. Languages in site.yml: de, en, ar, uk, tr, fa, de-ls.")]
    [InlineData("page", "angebote/neue-seite.md", "'angebote' is not a language of the site")]
    [InlineData("page", "de/Neue Seite.md", "is not a valid name")]
    [InlineData("page", "de/angebote/index.md", "reserved name")]
    [InlineData("section", "de/neuer-bereich.md", "A section is the page of a folder: write de/neuer-bereich/_index.md (or just de/neuer-bereich).")]
    [InlineData("guide", "de/angebote/gesundheit", "A Wegweiser section is a folder directly below wegweiser/")]
    [InlineData("guide", "de/wegweiser/sprache/kurse", "A Wegweiser section is a folder directly below wegweiser/")]
    [InlineData("page", "de/gibt-es-nicht/neue-seite.md", "The folder content/de/gibt-es-nicht/ has no page of its own (_index.md); every page needs it for navigation and breadcrumbs. Create it first: landau-site new section de/gibt-es-nicht")]
    [InlineData("page", "de-ls/zahlen-und-fakten.md", "content/de/zahlen-und-fakten.md exists, so content/de-ls/zahlen-und-fakten.md is its translation. Start it with: landau-site translations new de-ls zahlen-und-fakten.md")]
    [InlineData("page", "en/gibt-es-nicht.md", "New pages start in German: content/en/gibt-es-nicht.md would translate content/de/gibt-es-nicht.md, which does not exist")]
    public void Requests_that_cannot_work_are_refused_in_plain_words(string type, string path, string message)
    {
        var result = Plan(type, path);
        Assert.Equal(ScaffoldOutcome.Refused, result.Outcome);
        Assert.Null(result.File);
        Assert.Contains(message, result.Message);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var site = TestSite.FromFixture();
        var scaffold = new ContentScaffold(site.Root, SiteConfigLoader.Load(site.Root, new DiagnosticBag())!);
        Assert.Equal(ScaffoldOutcome.Exists, scaffold.Create("page", "de/themen/erste-schritte", Today).Outcome);

        Assert.True(scaffold.Create("page", "de/themen/neu", Today).Succeeded);
        var path = Path.Combine(site.Root, "content/de/themen/neu.md");
        File.WriteAllText(path, "---\ntitle: Schon bearbeitet\n---\nText\n");
        var again = scaffold.Create("page", "de/themen/neu.md", Today);
        Assert.Equal(ScaffoldOutcome.Exists, again.Outcome);
        Assert.Equal("content/de/themen/neu.md exists already; nothing was changed.", again.Message);
        Assert.Equal("---\ntitle: Schon bearbeitet\n---\nText\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_symbolic_link_on_the_way_is_refused()
    {
        using var site = TestSite.FromFixture();
        var outside = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(site.Root)!, "outside")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/de/themen/verweis"), outside);
        var result = new ContentScaffold(site.Root, SiteConfigLoader.Load(site.Root, new DiagnosticBag())!).Create("page", "de/themen/verweis/seite.md", Today);
        Assert.Equal(ScaffoldOutcome.Refused, result.Outcome);
        Assert.Contains("content/de/themen/verweis is a symbolic link", result.Message);
        Assert.Empty(Directory.GetFiles(outside));
    }

    [Fact]
    public void An_offer_in_a_site_whose_guide_has_no_sections_gets_an_empty_list_and_still_loads()
    {
        using var site = TestSite.FromFixture();
        site.Delete("content/de/themen/wohnen/_index.md");
        var config = SiteConfigLoader.Load(site.Root, new DiagnosticBag())!;
        var scaffold = new ContentScaffold(site.Root, config);
        Assert.Empty(scaffold.GuideSections());
        var result = scaffold.Plan("offer", "de/angebote/neu", Today);
        Assert.Contains("sections: []", Split(result.File!.Text).Front);
        var (page, diagnostics) = ContentText.Parse(result.File.Text, "de", "angebote/neu.md");
        Assert.NotNull(page);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_new_page_made_public_with_its_placeholders_is_an_error_at_each_placeholder()
    {
        using var site = TestSite.FromFixture();
        var config = SiteConfigLoader.Load(site.Root, new DiagnosticBag())!;
        var file = new ContentScaffold(site.Root, config).Plan("offer", "de/angebote/neu", Today).File!;
        var published = file.Text.Replace("draft: true\n", "", StringComparison.Ordinal);
        var lines = published.Split('\n').ToList();

        var (_, diagnostics) = ContentText.Parse(published, "de", "angebote/neu.md");

        var placeholders = diagnostics.Where(d => d.Code == DiagnosticCodes.PlaceholderLeft).ToList();
        Assert.Equal(3, placeholders.Count); // title, provider, the body
        Assert.Contains(placeholders, d => d.Location!.Line == lines.FindIndex(l => l.StartsWith("title:", StringComparison.Ordinal)) + 1 && d.Location.Column == 8);
        Assert.Contains(placeholders, d => d.Location!.Line == lines.FindIndex(l => l.StartsWith("provider:", StringComparison.Ordinal)) + 1 && d.Location.Column == 11);
        Assert.Contains(placeholders, d => d.Location!.Line == lines.FindIndex(l => l.StartsWith("Beschreiben Sie hier", StringComparison.Ordinal)) + 1 && d.Location.Column == 1);
    }

    private static (List<string> Front, List<string> Body) Split(string text)
    {
        var lines = text.Split('\n').ToList();
        Assert.Equal("---", lines[0]);
        var end = lines.IndexOf("---", 1);
        return (lines[1..end], lines[(end + 1)..]);
    }
}
