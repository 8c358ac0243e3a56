using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Landau.Site.Configuration;
using YamlDotNet.RepresentationModel;

namespace Landau.Site.Corpus;

/// <summary>
/// Writes the same corpus as a Hugo site, so Hugo does comparable work: every page in every
/// language under content/&lt;lang&gt;/ (where the Landau corpus has no translation, the German
/// text with <c>fallback: true</c>, which the Landau build renders at that address too),
/// hugo.toml with the languages and their direction, the repository's interface texts converted
/// to Hugo's i18n files, the repository's CSS and scripts minified and fingerprinted by Hugo Pipes,
/// and templates comparable to the repository's layouts (Hugo/layouts/ in this project).
/// </summary>
public sealed partial class HugoCorpusWriter(SitePlan plan, SiteConfig config, string repositoryRoot, string outputDirectory)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly HashSet<string> PluralCategories = new(StringComparer.Ordinal) { "zero", "one", "two", "few", "many", "other" };

    private readonly PageComposer _composer = new(plan);

    public IReadOnlyDictionary<string, int> Write()
    {
        var texts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in plan.Languages)
        {
            var (plain, i18n) = ConvertInterfaceTexts(Path.Combine(repositoryRoot, "i18n", $"{language}.yml"));
            texts[language] = plain;
            WriteFile($"i18n/{language}.yaml", i18n);
        }

        WriteFile("hugo.toml", HugoToml());
        foreach (var asset in Directory.EnumerateFiles(Path.Combine(repositoryRoot, "layouts", "assets")).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(outputDirectory, "assets", Path.GetFileName(asset));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(asset, target, overwrite: true);
        }

        var resources = typeof(HugoCorpusWriter).Assembly;
        foreach (var name in resources.GetManifestResourceNames().Where(n => n.StartsWith("hugo/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = resources.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            WriteFile(name["hugo/".Length..], reader.ReadToEnd());
        }

        var dialect = new HugoDialect(texts);
        Parallel.For(0, plan.Pages.Count, i => WritePage(plan.Pages[i], dialect));
        return plan.Languages.ToDictionary(l => l, _ => plan.Pages.Count, StringComparer.Ordinal);
    }

    private void WritePage(PlannedPage page, HugoDialect dialect)
    {
        var german = _composer.Compose(page, plan.SourceLanguage, dialect);
        foreach (var language in plan.Languages)
        {
            var state = plan.TranslationOf(page.Key, language);
            var fallback = state == TranslationPlan.Missing;
            var text = fallback || language == plan.SourceLanguage ? german : _composer.Compose(page, language, dialect);
            var yaml = FrontMatter(page, text);
            if (fallback)
            {
                yaml.Plain("fallback", true);
            }
            else if (state == TranslationPlan.Outdated)
            {
                yaml.Plain("outdated", true);
            }
            else if (state == TranslationPlan.Draft)
            {
                yaml.Plain("translation_status", "draft");
            }

            WriteFile($"content/{language}/{page.Key}", yaml.WithBody(text.Body));
        }
    }

    private FrontMatterText FrontMatter(PlannedPage page, ComposedPage text)
    {
        var facts = _composer.FactsOf(page);
        string? Field(string name) => text.TextFields.FirstOrDefault(f => f.Field == name).Value;
        var yaml = new FrontMatterText()
            .Text("title", text.Title)
            .Text("description", text.Description)
            .Plain("weight", page.Weight)
            .Plain("type", page.Kind switch
            {
                PageKind.GuideSection => "guide",
                PageKind.Offer => "offer",
                PageKind.Contact => "contact",
                PageKind.News => "news",
                PageKind.Principle => "principle",
                _ => null,
            })
            .Plain("layout", page.Kind == PageKind.OfferDirectory ? "offer-directory" : null)
            .Plain("outputs", page.Kind == PageKind.GuideRoot ? "[HTML, print]" : null)
            .Plain("date", page.Kind == PageKind.News ? page.Date : null);
        switch (page.Kind)
        {
            case PageKind.Offer:
                yaml.Text("provider", Field("provider"))
                    .List("bereiche", page.GuideSections)
                    .List("zielgruppen", facts.TargetGroups)
                    .List("sprachen", facts.SpokenLanguages)
                    .List("merkmale", [.. new[] { facts.FreeOfCharge == true ? "kostenlos" : null, facts.Childcare == true ? "kinderbetreuung" : null, facts.WheelchairAccessible == true ? "stufenlos" : null }.OfType<string>()])
                    .Map("address", ("street", facts.Street), ("postal_code", facts.Street is null ? null : PageFacts.PostalCode), ("city", facts.Street is null ? null : PageFacts.City))
                    .Text("phone", facts.Phone)
                    .Text("email", facts.Email)
                    .Text("website", facts.Url)
                    .Text("schedule", Field("schedule"))
                    .Text("cost", Field("cost"))
                    .Plain("free_of_charge", facts.FreeOfCharge)
                    .Plain("childcare", facts.Childcare)
                    .Plain("wheelchair_accessible", facts.WheelchairAccessible)
                    .Plain("contact", facts.Contacts.FirstOrDefault())
                    .Plain("reviewed", facts.Reviewed);
                break;
            case PageKind.Contact:
                yaml.Text("organisation", Field("organisation"))
                    .Text("name", facts.PersonName)
                    .Text("role", Field("role"))
                    .Map("address", ("street", facts.Street), ("postal_code", facts.Street is null ? null : PageFacts.PostalCode), ("city", facts.Street is null ? null : PageFacts.City))
                    .Text("phone", facts.Phone)
                    .Text("fax", facts.Fax)
                    .Text("email", facts.Email)
                    .Text("website", facts.Url)
                    .Text("opening_hours", Field("opening_hours"));
                break;
            case PageKind.Principle:
                yaml.Text("statement", Field("statement"));
                break;
            default:
                yaml.List("contacts", facts.Contacts);
                break;
        }

        return yaml;
    }

    private string HugoToml()
    {
        var toml = new StringBuilder();
        toml.Append("# Benchmark corpus for Hugo (bench/Landau.Site.Corpus, seed ").Append(plan.Seed).Append(", ")
            .Append(plan.Pages.Count).Append(" pages per language), the same site as the Landau corpus.\n");
        toml.Append("baseURL = ").Append(Toml(config.BaseUrl.AbsoluteUri)).Append('\n');
        toml.Append("title = ").Append(Toml(config.TitleFor(config.DefaultLanguage.Code))).Append('\n');
        toml.Append("defaultContentLanguage = ").Append(Toml(config.DefaultLanguage.Code)).Append('\n');
        toml.Append("defaultContentLanguageInSubdir = true\n");
        toml.Append("enableRobotsTXT = true\n");
        toml.Append("# No git or network access: the corpus is a plain folder.\nenableGitInfo = false\n\n");
        toml.Append("[params]\n  footer_contact = ").Append(Toml(SitePlan.FooterContact)).Append('\n');
        toml.Append("[params.spoken_languages]\n");
        foreach (var code in SitePlan.SpokenLanguages)
        {
            toml.Append("  ").Append(code).Append(" = ").Append(Toml(SpokenLanguageName(code))).Append('\n');
        }

        toml.Append("""

            # German names in other languages' text (<span lang="de">), as site.yml's raw_html allows.
            [markup.goldmark.renderer]
              unsafe = true

            # The offer directory's filters, as Hugo does them: taxonomies with a page per term.
            [taxonomies]
              bereich = "bereiche"
              zielgruppe = "zielgruppen"
              sprache = "sprachen"
              merkmal = "merkmale"

            # The printable Wegweiser (/<lang>/wegweiser/druck/) and the search index (/<lang>/suche/index.json).
            [outputFormats.print]
              mediaType = "text/html"
              baseName = "index"
              path = "druck"
              isHTML = true
              permalinkable = false
            [outputFormats.searchindex]
              mediaType = "application/json"
              baseName = "index"
              path = "suche"
              isPlainText = true
              notAlternative = true

            [outputs]
              home = ["HTML", "RSS", "searchindex"]
              section = ["HTML"]
              page = ["HTML"]
              taxonomy = ["HTML"]
              term = ["HTML"]

            """);
        var weight = 1;
        foreach (var language in config.Languages)
        {
            toml.Append("[languages.").Append(language.Code).Append("]\n")
                .Append("  languageName = ").Append(Toml(language.Name)).Append('\n')
                .Append("  languageCode = ").Append(Toml(language.Lang)).Append('\n')
                .Append("  languageDirection = ").Append(Toml(language.Dir)).Append('\n')
                .Append("  title = ").Append(Toml(config.TitleFor(language.Code))).Append('\n')
                .Append("  contentDir = ").Append(Toml($"content/{language.Code}")).Append('\n')
                .Append("  weight = ").Append(weight++).Append('\n')
                .Append("  [languages.").Append(language.Code).Append(".params]\n")
                .Append("    # The BCP 47 tag for lang attributes (Leichte Sprache: de), as in site.yml.\n")
                .Append("    lang = ").Append(Toml(language.Lang)).Append('\n');
        }

        return toml.ToString();
    }

    private string SpokenLanguageName(string code)
    {
        if (config.FindLanguage(code) is { } configured)
        {
            return configured.Name;
        }

        var culture = CultureInfo.GetCultureInfo(code);
        return culture.NativeName.Length > 0 ? char.ToUpper(culture.NativeName[0], culture) + culture.NativeName[1..] : code;
    }

    /// <summary>
    /// A repository i18n file as Hugo reads it: keys flattened with dots (<c>nav.skip</c>), plural
    /// forms kept as maps of CLDR categories, <c>{count}</c> and <c>{name}</c> as Go template fields.
    /// Also returns the plain texts, for the labels the corpus writes into Markdown.
    /// </summary>
    private static (IReadOnlyDictionary<string, string> Plain, string Hugo) ConvertInterfaceTexts(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path, Encoding.UTF8))
        {
            stream.Load(reader);
        }

        var plain = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var hugo = new StringBuilder();
        hugo.Append("# Converted from the repository's ").Append(Path.GetFileName(path)).Append(" by bench/Landau.Site.Corpus.\n");
        void Walk(YamlMappingNode map, string prefix)
        {
            foreach (var (keyNode, value) in map.Children)
            {
                var key = prefix + ((YamlScalarNode)keyNode).Value;
                switch (value)
                {
                    case YamlScalarNode scalar:
                        plain[key] = scalar.Value ?? "";
                        hugo.Append(FrontMatterText.Quote(key)).Append(": ").Append(FrontMatterText.Quote(Fields(scalar.Value ?? ""))).Append('\n');
                        break;
                    case YamlMappingNode forms when forms.Children.Keys.All(k => PluralCategories.Contains(((YamlScalarNode)k).Value ?? "")):
                        hugo.Append(FrontMatterText.Quote(key)).Append(":\n");
                        foreach (var (category, form) in forms.Children)
                        {
                            hugo.Append("  ").Append(((YamlScalarNode)category).Value).Append(": ")
                                .Append(FrontMatterText.Quote(Fields(((YamlScalarNode)form).Value ?? ""))).Append('\n');
                        }

                        break;
                    case YamlMappingNode nested:
                        Walk(nested, key + ".");
                        break;
                }
            }
        }

        Walk((YamlMappingNode)stream.Documents[0].RootNode, "");
        return (plain, hugo.ToString());
    }

    private static string Fields(string text) =>
        Placeholder().Replace(text, m => m.Groups[1].Value == "count" ? "{{ .Count }}" : $"{{{{ .{m.Groups[1].Value} }}}}");

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();

    private static string Toml(string value) => FrontMatterText.Quote(value);

    private void WriteFile(string relativePath, string text)
    {
        var target = Path.Combine(outputDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text, Utf8);
    }
}
