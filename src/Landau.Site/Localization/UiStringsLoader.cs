using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Yaml;

namespace Landau.Site.Localization;

/// <summary>
/// Loads <c>i18n/&lt;lang&gt;.yml</c> for every language. Nested maps become dotted keys
/// (<c>nav: {skip: …}</c> → <c>nav.skip</c>). A key that one language has and another lacks is an error
/// naming the file and the key, so no reader ever meets an untranslated button.
/// </summary>
public static partial class UiStringsLoader
{
    public const string Folder = "i18n";

    public static IReadOnlyDictionary<string, UiStrings> Load(string sourceDirectory, SiteConfig config, DiagnosticBag diagnostics)
    {
        var perLanguage = new Dictionary<string, Dictionary<string, UiText>>(StringComparer.Ordinal);
        // Missing or unreadable files are reported once; the texts they lack are not listed one by one.
        var unusableFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in config.Languages)
        {
            var relative = $"{Folder}/{language.Code}.yml";
            var path = Path.Combine(sourceDirectory, Folder, language.Code + ".yml");
            if (!File.Exists(path))
            {
                diagnostics.Error(DiagnosticCodes.UiStringsFileMissing, new SourceLocation(relative),
                    new Text("LS4002.FileMissing", language.Code, language.Name, relative, $"{Folder}/{config.DefaultLanguage.Code}.yml"));
                perLanguage[language.Code] = [];
                unusableFiles.Add(language.Code);
                continue;
            }

            var texts = new Dictionary<string, UiText>(StringComparer.Ordinal);
            var fields = YamlDocumentReader.ReadMapping(File.ReadAllText(path), relative, 1, diagnostics);
            if (fields is null)
            {
                unusableFiles.Add(language.Code);
            }
            else
            {
                Flatten(fields, "", texts, relative, diagnostics);
                CheckPluralForms(language, texts, relative, diagnostics);
            }

            perLanguage[language.Code] = texts;
        }

        var allKeys = perLanguage.Values.SelectMany(t => t.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var language in config.Languages.Where(l => !unusableFiles.Contains(l.Code)))
        {
            var texts = perLanguage[language.Code];
            foreach (var key in allKeys.Where(k => !texts.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                var haveIt = string.Join(", ", perLanguage.Where(p => p.Value.ContainsKey(key)).Select(p => $"{Folder}/{p.Key}.yml"));
                diagnostics.Error(DiagnosticCodes.UiStringMissing, new SourceLocation($"{Folder}/{language.Code}.yml"),
                    new Text("LS4001.Missing", key, $"{Folder}/{language.Code}.yml", language.Name, haveIt));
            }
        }

        return perLanguage.ToDictionary(
            p => p.Key,
            p => new UiStrings(p.Key, config.FindLanguage(p.Key)!.Lang, config.FindLanguage(p.Key)!.Culture, p.Value),
            StringComparer.Ordinal);
    }

    private static void Flatten(YamlFields fields, string prefix, Dictionary<string, UiText> into, string path, DiagnosticBag diagnostics)
    {
        foreach (var key in fields.Keys)
        {
            var full = prefix + key;
            var location = fields.KeyLocation(key);
            if (fields.IsMap(key) && fields.Map(key) is { } nested)
            {
                // A map whose keys are CLDR plural categories is one text with plural forms.
                var keys = nested.Keys.ToList();
                if (keys.Count > 0 && keys.All(UiText.Categories.Contains))
                {
                    var forms = keys.Where(k => nested.Text(k) is not null).ToDictionary(k => k, k => nested.Text(k)!, StringComparer.Ordinal);
                    into[full] = new UiText(null, forms, location);
                }
                else
                {
                    Flatten(nested, full + ".", into, path, diagnostics);
                }
            }
            else if (fields.Text(key) is { } text)
            {
                into[full] = new UiText(text, null, location);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.UiStringMissing, location, new Text("LS4001.Empty", full));
            }
        }
    }

    /// <summary>A plural text must have every category the language's CLDR rules use (Arabic: all six).</summary>
    private static void CheckPluralForms(LanguageConfig language, Dictionary<string, UiText> texts, string path, DiagnosticBag diagnostics)
    {
        var needed = PluralRules.CategoriesOf(language.Lang);
        foreach (var (key, text) in texts.Where(t => t.Value.IsPlural).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var missing = needed.Where(c => !text.PluralForms!.ContainsKey(c)).OrderBy(c => UiText.Categories.ToList().IndexOf(c)).ToList();
            if (missing.Count > 0)
            {
                diagnostics.Error(DiagnosticCodes.PluralFormMissing, text.Location,
                    new Text("LS4007.Missing", key, path, string.Join(", ", missing), language.Name, string.Join(", ", needed.OrderBy(c => UiText.Categories.ToList().IndexOf(c)))));
            }
        }
    }

    /// <summary>
    /// Warns about keys of the default language's file that no layout and no part of the generator
    /// uses: leftovers translators would keep translating for nothing.
    /// </summary>
    public static void ReportUnused(IReadOnlyDictionary<string, UiStrings> strings, SiteConfig config, IEnumerable<string> layoutSources, DiagnosticBag diagnostics)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in layoutSources)
        {
            foreach (System.Text.RegularExpressions.Match match in UsedKey().Matches(source))
            {
                used.Add(match.Groups[1].Value);
            }
        }

        foreach (var (key, text) in strings[config.DefaultLanguage.Code].Texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (!used.Contains(key) && !UsedByGenerator.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
            {
                diagnostics.Warning(DiagnosticCodes.UiStringUnused, text.Location,
                    new Text("LS4006.Unused", key));
            }
        }
    }

    /// <summary>Keys the generator itself uses (not the layouts): callout labels, table label, language chooser, 404, target groups.</summary>
    private static readonly string[] UsedByGenerator = ["callout.", "content.table", "chooser.prompt", "notfound.title", "dashboard.title", "target_group.", "offers.filter_", "offers.free", "search.count", "search.title", "print.guide_title", "print.qr_title", "print.postcard_title"];

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:t|tn|tf)\s+'([A-Za-z0-9_.]+)'")]
    private static partial System.Text.RegularExpressions.Regex UsedKey();
}
