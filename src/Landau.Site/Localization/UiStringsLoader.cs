using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Yaml;

namespace Landau.Site.Localization;

/// <summary>
/// Loads <c>i18n/&lt;lang&gt;.yml</c> for every language. Nested maps become dotted keys
/// (<c>nav: {skip: …}</c> → <c>nav.skip</c>). A key that one language has and another lacks is an error
/// naming the file and the key, so no reader ever meets an untranslated button.
/// </summary>
public static class UiStringsLoader
{
    public const string Folder = "i18n";

    public static IReadOnlyDictionary<string, UiStrings> Load(string sourceDirectory, SiteConfig config, DiagnosticBag diagnostics)
    {
        var perLanguage = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var missingFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in config.Languages)
        {
            var relative = $"{Folder}/{language.Code}.yml";
            var path = Path.Combine(sourceDirectory, Folder, language.Code + ".yml");
            if (!File.Exists(path))
            {
                diagnostics.Error(DiagnosticCodes.UiStringsFileMissing, new SourceLocation(relative),
                    $"The interface texts for '{language.Code}' ({language.Name}) are missing: create {relative} (copy i18n/{config.DefaultLanguage.Code}.yml and translate it).");
                perLanguage[language.Code] = [];
                missingFiles.Add(language.Code);
                continue;
            }

            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            var fields = YamlDocumentReader.ReadMapping(File.ReadAllText(path), relative, 1, diagnostics);
            if (fields is not null)
            {
                Flatten(fields, "", texts, relative, diagnostics);
            }

            perLanguage[language.Code] = texts;
        }

        var allKeys = perLanguage.Values.SelectMany(t => t.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var language in config.Languages.Where(l => !missingFiles.Contains(l.Code)))
        {
            var texts = perLanguage[language.Code];
            foreach (var key in allKeys.Where(k => !texts.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                var haveIt = string.Join(", ", perLanguage.Where(p => p.Value.ContainsKey(key)).Select(p => $"{Folder}/{p.Key}.yml"));
                diagnostics.Error(DiagnosticCodes.UiStringMissing, new SourceLocation($"{Folder}/{language.Code}.yml"),
                    $"The interface text '{key}' is missing in {Folder}/{language.Code}.yml ({language.Name}); it is in {haveIt}.");
            }
        }

        return perLanguage.ToDictionary(p => p.Key, p => new UiStrings(p.Key, p.Value), StringComparer.Ordinal);
    }

    private static void Flatten(YamlFields fields, string prefix, Dictionary<string, string> into, string path, DiagnosticBag diagnostics)
    {
        foreach (var key in fields.Keys)
        {
            var full = prefix + key;
            if (fields.IsMap(key) && fields.Map(key) is { } nested)
            {
                Flatten(nested, full + ".", into, path, diagnostics);
            }
            else if (fields.Text(key) is { } text)
            {
                into[full] = text;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.UiStringMissing, fields.KeyLocation(key), $"The interface text '{full}' is empty.");
            }
        }
    }
}
