using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Loading;
using Landau.Site.Markdown;
using Landau.Site.Model;
using Landau.Site.Scaffolding;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Scaffolding;

/// <summary>The schemas of the real site, written once into a temp folder and built with JsonSchema.Net.</summary>
public sealed class SchemaFolderFixture : IDisposable
{
    public SchemaFolderFixture()
    {
        Config = SiteConfigLoader.Load(RepoPaths.Root, new DiagnosticBag())!;
        Folder = Path.Combine(Path.GetTempPath(), "landau-schemas-" + Guid.NewGuid().ToString("N")[..12]);
        var diagnostics = new DiagnosticBag();
        Assert.True(FrontMatterSchemas.Write(RepoPaths.Root, Folder, FrontMatterSchemas.Files(Config), diagnostics), string.Join('\n', diagnostics));
        Schemas = SchemaSet.Load(Folder);
    }

    public SiteConfig Config { get; }

    public string Folder { get; }

    internal SchemaSet Schemas { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>
/// <c>landau-site schema</c>: one JSON Schema per content type from the schema table, valid draft
/// 2020-12, accepting the real content and exactly what the Load stage accepts without a problem.
/// </summary>
public sealed class FrontMatterSchemaTests(SchemaFolderFixture fixture) : IClassFixture<SchemaFolderFixture>
{
    [Fact]
    public void Every_page_of_the_real_site_validates_against_the_schema_of_its_type()
    {
        var config = fixture.Config;
        var loader = new ContentLoader(config, MarkdownPipelineFactory.Create());
        var failures = new List<string>();
        var checkedFiles = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, ContentLoader.ContentFolder), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
            // The type as the build decides it: the loader reads the file (explicit type, or by _index.md).
            var page = loader.LoadFile(RepoPaths.Root, relative, new DiagnosticBag());
            Assert.True(page is not null, $"{relative} does not load");
            var translation = page.Language != config.DefaultLanguage.Code;
            var block = FrontMatterBlock.Split(new SourceFile(relative, File.ReadAllText(file)), new DiagnosticBag())!;
            var json = YamlJson.FromYaml(block.Yaml);

            foreach (var schema in new[] { FrontMatterSchemas.FileName(page.FrontMatter.Type, translation), translation ? FrontMatterSchemas.CombinedTranslationFile : FrontMatterSchemas.CombinedFile })
            {
                if (fixture.Schemas.Problems(schema, json) is { } problems)
                {
                    failures.Add($"{relative} against {schema}:\n{problems}");
                }
            }

            checkedFiles++;
        }

        Assert.Empty(failures);
        Assert.True(checkedFiles > 250, $"only {checkedFiles} content files found");
    }

    /// <summary>(type, translation?, front matter, accepted by the Load stage without an error or a warning).</summary>
    public static TheoryData<string, bool, string, bool> FrontMatters => new()
    {
        { "page", false, "title: Seite", true },
        { "page", false, "title: 2026", true },
        { "page", false, "title: true", true },
        { "page", false, "title: ja", true },
        { "page", false, "description: Ohne Titel", false },
        { "page", false, "title:", false },
        { "page", false, "title: \"   \"", false },
        { "page", false, "title: [a, b]", false },
        { "page", false, "title: Seite\ntags: [a]", false },
        { "page", false, "title: Seite\ntype: page", true },
        { "page", false, "title: Seite\ntype:", true },
        { "page", false, "title: Seite\nweight: 3", true },
        { "page", false, "title: Seite\nweight: \"-3\"", true },
        { "page", false, "title: Seite\nweight:", true },
        { "page", false, "title: Seite\nweight: 3.5", false },
        { "page", false, "title: Seite\nweight: drei", false },
        { "page", false, "title: Seite\nweight: 99999999999", false },
        { "page", false, "title: Seite\nweight: [1]", false },
        { "page", false, "title: Seite\ndraft: ja", true },
        { "page", false, "title: Seite\ndraft: \"true\"", true },
        { "page", false, "title: Seite\ndraft: False", true },
        { "page", false, "title: Seite\ndraft: vielleicht", false },
        { "page", false, "title: Seite\ndraft: 1", false },
        { "page", false, "title: Seite\ncontacts: buero", true },
        { "page", false, "title: Seite\ncontacts: [buero, amt]", true },
        { "page", false, "title: Seite\ncontacts: [[buero]]", false },
        { "page", false, "title: Seite\ncontacts: {id: buero}", false },
        { "page", false, "title: Seite\nparams: {farbe: blau, liste: [1, 2]}", true },
        { "page", false, "title: Seite\nparams: blau", false },
        { "page", false, "title: Seite\nlayout: [a]", false },
        { "page", false, "title: Seite\nsource_hash: 0123456789ab", false },
        { "page", false, "title: Seite\ntranslation_status:", false },
        { "page", true, "title: Page\nsource_hash: 0123456789ab\ntranslation_status: draft", true },
        { "page", true, "title: Page\ntranslation_status: reviewed", true },
        { "page", true, "title: Page\ntranslation_status:", true },
        { "page", true, "title: Page\ntranslation_status: fertig", false },
        { "page", true, "title: Page\ntranslation_status: true", false },
        { "page", true, "description: no title", false },
        { "section", false, "title: Bereich", true },
        { "section", false, "title: Bereich\ntype: section\nweight: 2", true },
        { "principle", false, "title: G\ntype: principle\nstatement: Ein Satz.", true },
        { "principle", false, "title: G\ntype: principle\nstatement: 42", true },
        { "principle", false, "title: G\ntype: principle", false },
        { "principle", false, "title: G\ntype: principle\nstatement:", false },
        { "principle", false, "title: G\ntype: principle\nstatement: \" \"", false },
        { "principle", true, "title: P\ntype: principle", true },
        { "guide", false, "title: W\ntype: guide", true },
        { "guide", false, "title: W\ntype: guide\nprovider: VHS", false },
        { "news", false, "title: M\ntype: news\ndate: 2026-11-27", true },
        { "news", false, "title: M\ntype: news\ndate: \"2026-11-27\"", true },
        { "news", false, "title: M\ntype: news\ndate: 2026-02-30", false },
        { "news", false, "title: M\ntype: news\ndate: 27.11.2026", false },
        { "news", false, "title: M\ntype: news\ndate: 2026-11-27T10:00:00Z", false },
        { "news", false, "title: M\ntype: news\ndate: 2026-1-27", false },
        { "news", false, "title: M\ntype: news", false },
        { "news", false, "title: M\ntype: news\ndate:", false },
        { "news", true, "title: N\ntype: news", true },
        { "news", true, "title: N\ntype: news\ndate: 2026-11-27", true },
        {
            "offer", false, """
            title: Deutschkurs
            type: offer
            description: Für Frauen, mit Kinderbetreuung.
            weight: 2
            provider: Volkshochschule
            sections: [sprache, bildung]
            target_groups: [frauen]
            languages: [de, ar]
            address:
              street: Friedrich-Ebert-Straße 5
              postal_code: 76829
              city: Landau in der Pfalz
            phone: 06341 13-5025
            email: vhs@example.org
            url: https://www.example.org
            schedule: Montags 9 bis 12 Uhr
            cost: kostenlos
            free_of_charge: yes
            childcare: nein
            wheelchair_accessible: true
            contact: buero
            reviewed: 2026-11-27
            review_by: 2027-05-31
            """, true
        },
        { "offer", false, "title: A\ntype: offer\nprovider: VHS\nsections: sprache", true },
        { "offer", false, "title: A\ntype: offer\nprovider: VHS\nsections: []", true },
        { "offer", false, "title: A\ntype: offer\nprovider: VHS", false },
        { "offer", false, "title: A\ntype: offer\nprovider:\nsections: [sprache]", false },
        { "offer", false, "title: A\ntype: offer\nprovider: VHS\nsections:", false },
        { "offer", false, "title: A\ntype: offer\nprovider: VHS\nsections: [sprache]\naddress: Hauptstraße 1", false },
        { "offer", false, "title: A\ntype: offer\nprovider: VHS\nsections: [sprache]\naddress:\n  street: Hauptstraße 1\n  country: DE", false },
        { "offer", false, "title: A\ntype: offer\nprovider: VHS\nsections: [sprache]\naddress:\n  postal_code: \"76829\"", true },
        { "offer", false, "title: A\ntype: offer\nprovider: VHS\nsections: [sprache]\nfree_of_charge: kostenlos", false },
        { "offer", false, "title: A\ntype: offer\nprovider: VHS\nsections: [sprache]\nreview_by: Mai 2027", false },
        { "offer", true, "title: A course\ntype: offer", true },
        { "offer", true, "title: A course\ntype: offer\nprovider: Adult education centre", true },
        { "contact", false, "title: K\ntype: contact\norganisation: Stadtverwaltung", true },
        { "contact", false, "title: K\ntype: contact", false },
        { "contact", false, "title: K\ntype: contact\norganisation: Stadtverwaltung\nfax: [1, 2]", false },
        { "contact", true, "title: K\ntype: contact\nrole: Adviser", true },
    };

    [Theory]
    [MemberData(nameof(FrontMatters))]
    public void Schemas_accept_exactly_what_the_front_matter_parser_accepts(string type, bool translation, string yaml, bool accepted)
    {
        var contentPath = type == "section" ? "bereich/_index.md" : "seite.md";
        var (page, diagnostics) = ContentText.Parse($"---\n{yaml}\n---\nText.\n", translation ? "en" : "de", contentPath);
        Assert.True(accepted == (page is not null && diagnostics.Count == 0),
            $"The parser {(accepted ? "refuses" : "accepts")} it: {string.Join(" | ", diagnostics)}");

        var json = YamlJson.FromYaml(yaml);
        var typeSchema = FrontMatterSchemas.FileName(ContentSchema.TypeNames[type], translation);
        var combined = translation ? FrontMatterSchemas.CombinedTranslationFile : FrontMatterSchemas.CombinedFile;
        foreach (var schema in new[] { typeSchema, combined })
        {
            var problems = fixture.Schemas.Problems(schema, json);
            Assert.True(accepted == problems is null, $"{schema} {(accepted ? "refuses" : "accepts")} {json.ToJsonString()}: {problems}");
        }
    }

    [Fact]
    public void A_missing_required_field_and_a_value_of_the_wrong_kind_are_named_by_the_schema()
    {
        var missing = fixture.Schemas.Problems("offer.schema.json", YamlJson.FromYaml("title: A\ntype: offer\nprovider: VHS"));
        Assert.NotNull(missing);
        Assert.Contains("sections", missing);

        var wrongKind = fixture.Schemas.Problems("news.schema.json", YamlJson.FromYaml("title: M\ntype: news\ndate: [2026-11-27]"));
        Assert.NotNull(wrongKind);
        Assert.Contains("/date", wrongKind);

        // The combined schema picks the type's schema by 'type': an offer without a provider fails there too.
        Assert.False(fixture.Schemas.IsValid(FrontMatterSchemas.CombinedFile, YamlJson.FromYaml("title: A\ntype: offer\nsections: [sprache]")));
        Assert.False(fixture.Schemas.IsValid(FrontMatterSchemas.CombinedFile, YamlJson.FromYaml("title: A\ntype: artikel")));
        // A translation may leave the provider out (it comes from the German page), but not the title.
        Assert.True(fixture.Schemas.IsValid(FrontMatterSchemas.CombinedTranslationFile, YamlJson.FromYaml("title: A\ntype: offer")));
        Assert.False(fixture.Schemas.IsValid(FrontMatterSchemas.CombinedTranslationFile, YamlJson.FromYaml("type: offer")));
    }

    [Fact]
    public void Every_schema_is_valid_draft_2020_12_and_describes_every_field_of_the_table_in_german()
    {
        var expected = ContentSchema.TypeNames.Values.SelectMany(t => new[] { FrontMatterSchemas.FileName(t, false), FrontMatterSchemas.FileName(t, true) })
            .Append(FrontMatterSchemas.CombinedFile).Append(FrontMatterSchemas.CombinedTranslationFile).Order(StringComparer.Ordinal);
        Assert.Equal(expected, fixture.Schemas.Files.Order(StringComparer.Ordinal));

        foreach (var file in fixture.Schemas.Files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Folder, file)));
            var meta = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(meta.IsValid, $"{file} is not a valid draft 2020-12 schema");
            Assert.Equal(FrontMatterSchemas.Dialect, document.RootElement.GetProperty("$schema").GetString());
        }

        foreach (var (name, type) in ContentSchema.TypeNames)
        {
            foreach (var translation in new[] { false, true })
            {
                var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(fixture.Folder, FrontMatterSchemas.FileName(type, translation))))!;
                var properties = schema["properties"]!.AsObject();
                var fields = ContentSchema.Fields(type).Where(f => translation || !f.TranslationsOnly).ToList();
                Assert.Equal(fields.Select(f => f.Name), properties.Select(p => p.Key));
                Assert.All(fields, f => Assert.Equal(f.Description, (string?)properties[f.Name]!["description"]));
                Assert.False((bool)schema["additionalProperties"]!);

                var required = schema["required"]!.AsArray().Select(n => (string)n!).ToList();
                var expectedRequired = fields.Where(f => f.Name == "title" || (f.Required && !translation)).Select(f => f.Name).ToList();
                if (type is not (ContentType.TextPage or ContentType.Section))
                {
                    expectedRequired.Add("type");
                }

                Assert.Equal(expectedRequired.Order(StringComparer.Ordinal), required.Order(StringComparer.Ordinal));
                Assert.Contains(ContentSchema.Describe(type), (string?)schema["description"]);
                Assert.StartsWith(name, (string?)schema["title"]);
            }
        }

        var address = JsonNode.Parse(File.ReadAllText(Path.Combine(fixture.Folder, "contact.schema.json")))!["properties"]!["address"]!;
        Assert.Equal(ContentSchema.AddressFields.Select(f => f.Name), address["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Output_is_deterministic_utf8_without_bom_with_unix_line_ends()
    {
        var first = FrontMatterSchemas.Files(fixture.Config);
        var second = FrontMatterSchemas.Files(fixture.Config);
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.Equal(first.Select(f => f.Path).Order(StringComparer.Ordinal), first.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
        Assert.Contains(first, f => f.Path == "README.md");

        foreach (var file in first)
        {
            Assert.False(file.Content is [0xEF, 0xBB, 0xBF, ..], $"{file.Path} starts with a byte-order mark");
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file.Content);
            Assert.DoesNotContain('\r', text);
            Assert.EndsWith("\n", text);
        }

        // German stays readable in the files (no \u00fc escapes).
        var page = Encoding.UTF8.GetString(first.Single(f => f.Path == "page.schema.json").Content);
        Assert.Contains("Überschrift", page);
    }
}
