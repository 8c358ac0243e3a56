using System.Text;
using Landau.Site.Diagnostics;
using Landau.Site.Loading;
using Landau.Site.Yaml;

namespace Landau.Site.Corpus;

/// <summary>
/// Writes a corpus in this project's format: a site.yml derived from the repository's (same
/// languages, the corpus's footer contact), the repository's layouts/ and i18n/ unchanged, and
/// content/&lt;lang&gt;/ with the German pages and their translations. Translations carry the
/// <see cref="SourceTextHash"/> of their German page (or of an earlier version, for outdated ones),
/// computed by the library from the file as the build reads it.
/// </summary>
public sealed class LandauCorpusWriter(SitePlan plan, string repositoryRoot, string outputDirectory)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly PageComposer _composer = new(plan);
    private readonly LandauDialect _dialect = new();

    /// <summary>Writes everything; returns the number of content files written per language.</summary>
    public IReadOnlyDictionary<string, int> Write()
    {
        CopyFolder("layouts");
        CopyFolder("i18n");
        WriteFile("site.yml", SiteYml());

        var perPage = new Dictionary<string, int>[plan.Pages.Count];
        Parallel.For(0, plan.Pages.Count, i => perPage[i] = WritePage(plan.Pages[i]));
        return plan.Languages.ToDictionary(l => l, l => perPage.Sum(p => p.GetValueOrDefault(l)), StringComparer.Ordinal);
    }

    /// <summary>The repository's site.yml with the corpus's footer contact and a note where it came from.</summary>
    private string SiteYml()
    {
        var lines = File.ReadAllText(Path.Combine(repositoryRoot, "site.yml")).ReplaceLineEndings("\n").Split('\n').ToList();
        var footer = lines.FindIndex(l => l.StartsWith("footer_contact:", StringComparison.Ordinal));
        if (footer < 0)
        {
            throw new InvalidOperationException("The repository's site.yml has no footer_contact line to replace.");
        }

        lines[footer] = $"footer_contact: {SitePlan.FooterContact}";
        lines.Insert(0, $"# Benchmark corpus (bench/Landau.Site.Corpus, seed {plan.Seed}, {plan.Pages.Count} German pages), made from the repository's site.yml.");
        return string.Join('\n', lines);
    }

    private Dictionary<string, int> WritePage(PlannedPage page)
    {
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        var source = plan.SourceLanguage;
        var german = _composer.Compose(page, source, _dialect);
        var germanText = SourceFrontMatter(page, german).WithBody(german.Body);
        var path = $"content/{source}/{page.Key}";
        WriteFile(path, germanText);
        written[source] = 1;
        var (hash, earlierHash) = Hashes(path, germanText, page.IsSection);

        foreach (var language in plan.Languages.Where(l => l != source))
        {
            var state = plan.TranslationOf(page.Key, language);
            if (state == TranslationPlan.Missing)
            {
                continue;
            }

            var translation = _composer.Compose(page, language, _dialect);
            var frontMatter = new FrontMatterText()
                .Text("title", translation.Title)
                .Text("description", translation.Description)
                .Plain("type", TypeName(page.Kind))
                .Plain("source_hash", state == TranslationPlan.Outdated ? earlierHash : hash)
                .Plain("translation_status", state == TranslationPlan.Draft ? "draft" : null);
            foreach (var (field, value) in translation.TextFields)
            {
                frontMatter.Text(field, value);
            }

            WriteFile($"content/{language}/{page.Key}", frontMatter.WithBody(translation.Body));
            written[language] = 1;
        }

        return written;
    }

    private FrontMatterText SourceFrontMatter(PlannedPage page, ComposedPage text)
    {
        var facts = _composer.FactsOf(page);
        string? Field(string name) => text.TextFields.FirstOrDefault(f => f.Field == name).Value;
        var yaml = new FrontMatterText()
            .Text("title", text.Title)
            .Text("description", text.Description)
            .Plain("type", TypeName(page.Kind))
            .Plain("weight", page.Weight)
            .Plain("layout", page.Kind == PageKind.OfferDirectory ? "offer-directory" : null);
        switch (page.Kind)
        {
            case PageKind.Offer:
                yaml.Text("provider", Field("provider"))
                    .List("sections", page.GuideSections)
                    .List("target_groups", facts.TargetGroups)
                    .List("languages", facts.SpokenLanguages)
                    .Map("address", ("street", facts.Street), ("postal_code", facts.Street is null ? null : PageFacts.PostalCode), ("city", facts.Street is null ? null : PageFacts.City))
                    .Text("phone", facts.Phone)
                    .Text("email", facts.Email)
                    .Text("url", facts.Url)
                    .Text("schedule", Field("schedule"))
                    .Text("cost", Field("cost"))
                    .Plain("free_of_charge", facts.FreeOfCharge)
                    .Plain("childcare", facts.Childcare)
                    .Plain("wheelchair_accessible", facts.WheelchairAccessible)
                    .Plain("contact", facts.Contacts.FirstOrDefault())
                    .Plain("reviewed", facts.Reviewed)
                    .Plain("review_by", facts.ReviewBy);
                break;
            case PageKind.Contact:
                yaml.Text("organisation", Field("organisation"))
                    .Text("name", facts.PersonName)
                    .Text("role", Field("role"))
                    .Map("address", ("street", facts.Street), ("postal_code", facts.Street is null ? null : PageFacts.PostalCode), ("city", facts.Street is null ? null : PageFacts.City))
                    .Text("phone", facts.Phone)
                    .Text("fax", facts.Fax)
                    .Text("email", facts.Email)
                    .Text("url", facts.Url)
                    .Text("opening_hours", Field("opening_hours"));
                break;
            case PageKind.Principle:
                yaml.Text("statement", Field("statement"));
                break;
            case PageKind.News:
                yaml.Plain("date", page.Date);
                break;
            default:
                yaml.List("contacts", facts.Contacts);
                break;
        }

        return yaml;
    }

    /// <summary>
    /// The German page's hash as the build computes it, and the hash of an earlier version (without
    /// its last paragraph) for outdated translations. The front matter is validated on the way:
    /// a problem here is a bug of the generator.
    /// </summary>
    private static (string Current, string Earlier) Hashes(string path, string text, bool isSection)
    {
        var diagnostics = new DiagnosticBag();
        var block = FrontMatterBlock.Split(new SourceFile(path, text), diagnostics);
        var fields = block is null ? null : YamlDocumentReader.ReadMapping(block.Yaml, path, block.YamlFirstLine, diagnostics);
        var frontMatter = fields is null ? null : FrontMatterParser.Parse(fields, isSection, isSourceLanguage: true, diagnostics);
        if (block is null || fields is null || frontMatter is null || diagnostics.Count > 0)
        {
            throw new InvalidOperationException($"The generator wrote front matter the build does not accept in {path}: "
                + string.Join("; ", diagnostics.ToSortedList().Select(d => d.ToString())));
        }

        var body = block.Body.TrimEnd();
        var earlier = body[..Math.Max(0, body.LastIndexOf("\n\n", StringComparison.Ordinal))];
        return (SourceTextHash.Compute(fields, frontMatter.Type, block.Body), SourceTextHash.Compute(fields, frontMatter.Type, earlier));
    }

    public static string TypeName(PageKind kind) => kind switch
    {
        PageKind.GuideSection => "guide",
        PageKind.GuideArticle or PageKind.Project or PageKind.RootPage => "page",
        PageKind.Principle => "principle",
        PageKind.Offer => "offer",
        PageKind.Contact => "contact",
        PageKind.News => "news",
        _ => "section",
    };

    private void CopyFolder(string folder)
    {
        var from = Path.Combine(repositoryRoot, folder);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(outputDirectory, folder, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private void WriteFile(string relativePath, string text)
    {
        var target = Path.Combine(outputDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text, Utf8);
    }
}
