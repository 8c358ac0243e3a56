using System.Text.RegularExpressions;
using Landau.Site.Diagnostics;
using Landau.Site.Yaml;

namespace Landau.Site.Configuration;

/// <summary>Reads and validates <c>site.yml</c>.</summary>
public static partial class SiteConfigLoader
{
    public const string FileName = "site.yml";

    private static readonly string[] KnownKeys =
        ["title", "base_url", "base_url_confirmed", "print_address", "default_language", "languages", "footer_contact", "guide_root", "raw_html", "sign_language_video", "warnings_not_as_errors", "params"];

    private static readonly string[] LanguageKeys = ["code", "name", "dir", "lang", "fallback", "translated_from", "culture", "leichte_sprache"];

    /// <summary>Loads the config from <paramref name="sourceDirectory"/>; returns null (with diagnostics) when it is unusable.</summary>
    public static SiteConfig? Load(string sourceDirectory, DiagnosticBag diagnostics, string? baseUrlOverride = null)
    {
        var path = System.IO.Path.Combine(sourceDirectory, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.ConfigMissing, new SourceLocation(FileName), new Text("LS1001.Missing"));
            return null;
        }

        return Parse(File.ReadAllText(path), diagnostics, baseUrlOverride);
    }

    public static SiteConfig? Parse(string yaml, DiagnosticBag diagnostics, string? baseUrlOverride = null)
    {
        var fields = YamlDocumentReader.ReadMapping(yaml, FileName, 1, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        fields.ReportUnknownKeys(KnownKeys, DiagnosticCodes.ConfigUnknownKey, "in site.yml");

        var languages = ReadLanguages(fields, diagnostics);

        foreach (var language in languages)
        {
            foreach (var (key, reference) in new[] { ("fallback", language.Fallback), ("translated_from", language.TranslatedFrom) })
            {
                if (reference is not null && (reference == language.Code || languages.All(l => l.Code != reference)))
                {
                    diagnostics.Error(DiagnosticCodes.ConfigInvalid, fields.KeyLocation("languages"),
                        new Text("LS1002.LanguageReference", language.Code, key, reference,
                            LanguageTag.DidYouMean(reference, languages.Select(l => l.Code).Where(c => c != language.Code))));
                }
            }
        }

        var defaultCode = fields.Text("default_language");
        LanguageConfig? defaultLanguage = null;
        if (defaultCode is null)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, fields.Location, new Text("LS1002.DefaultLanguageMissing"));
        }
        else
        {
            defaultLanguage = languages.FirstOrDefault(l => l.Code == defaultCode);
            if (defaultLanguage is null)
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, fields.ValueLocation("default_language"),
                    new Text("LS1002.DefaultLanguageUnknown", defaultCode, LanguageTag.DidYouMean(defaultCode, languages.Select(l => l.Code))));
            }
        }

        var baseUrlText = baseUrlOverride ?? fields.Text("base_url");
        Uri? baseUrl = null;
        if (baseUrlText is null)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, fields.Location, new Text("LS1002.BaseUrlMissing"));
        }
        else if (!Uri.TryCreate(baseUrlText, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("https" or "http"))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, baseUrlOverride is null ? fields.ValueLocation("base_url") : null,
                new Text("LS1002.BaseUrlInvalid", baseUrlText));
            baseUrl = null;
        }
        else if (!baseUrl.AbsolutePath.EndsWith('/'))
        {
            baseUrl = new Uri(baseUrl.AbsoluteUri + "/");
        }

        var baseUrlConfirmed = ReadBaseUrlConfirmed(fields);
        var printAddress = ReadPrintAddress(fields, diagnostics);
        if (!baseUrlConfirmed && printAddress is null)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, fields.ValueLocation("base_url_confirmed"), new Text("LS1002.PrintAddressNeeded"));
        }

        var title = ReadTitle(fields, languages, defaultLanguage?.Code, diagnostics);
        var parameters = fields.Plain("params") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

        var errorsAfter = diagnostics.ErrorCount;
        if (errorsAfter > errorsBefore || defaultLanguage is null || baseUrl is null || title is null)
        {
            return null;
        }

        return new SiteConfig
        {
            Title = title,
            BaseUrl = baseUrl,
            BaseUrlConfirmed = baseUrlConfirmed,
            PrintAddress = printAddress,
            DefaultLanguage = defaultLanguage,
            Languages = languages,
            FooterContact = fields.Text("footer_contact"),
            ValueLocations = fields.Keys.Distinct().ToDictionary(k => k, fields.ValueLocation, StringComparer.Ordinal),
            GuideRoot = fields.Text("guide_root")?.Trim('/') ?? "wegweiser",
            RawHtmlTags = ReadRawHtmlTags(fields, diagnostics),
            SignLanguageVideo = ReadVideo(fields, diagnostics),
            WarningsNotAsErrors = (fields.TextList("warnings_not_as_errors") ?? []).ToHashSet(StringComparer.Ordinal),
            Params = parameters,
        };
    }

    /// <summary><c>base_url_confirmed</c>: true unless site.yml says otherwise (a wrong value is reported by the field reader).</summary>
    private static bool ReadBaseUrlConfirmed(YamlFields fields) => fields.Boolean("base_url_confirmed") ?? true;

    private static Uri? ReadPrintAddress(YamlFields fields, DiagnosticBag diagnostics)
    {
        if (fields.Text("print_address") is not { } text)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var address) && address.Scheme == "https" && address.Host.Contains('.'))
        {
            return address;
        }

        diagnostics.Error(DiagnosticCodes.ConfigInvalid, fields.ValueLocation("print_address"),
            new Text("LS1002.PrintAddressInvalid", text));
        return null;
    }

    private static SignLanguageVideo? ReadVideo(YamlFields fields, DiagnosticBag diagnostics)
    {
        if (fields.Map("sign_language_video") is not { } video)
        {
            return null;
        }

        video.ReportUnknownKeys(["video", "poster", "captions", "duration"], DiagnosticCodes.ConfigUnknownKey, "in sign_language_video");
        string Required(string key)
        {
            var value = video.Text(key);
            if (string.IsNullOrWhiteSpace(value))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, video.Location, new Text("LS1002.VideoFieldMissing", key));
            }

            return value ?? "";
        }

        return new SignLanguageVideo(Required("video"), Required("poster"), Required("captions"), Required("duration"));
    }

    /// <summary>Inline elements that carry no behaviour; anything else is refused in <c>raw_html</c>.</summary>
    private static readonly string[] PermittedRawTags = ["span", "bdi", "abbr", "kbd", "small", "sub", "sup", "mark"];

    private static HashSet<string> ReadRawHtmlTags(YamlFields fields, DiagnosticBag diagnostics)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        var list = fields.TextList("raw_html") ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (PermittedRawTags.Contains(list[i]))
            {
                tags.Add(list[i]);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, fields.ItemLocation("raw_html", i),
                    new Text("LS1002.RawHtmlTag", string.Join(", ", PermittedRawTags), list[i], Suggestion.DidYouMean(list[i], PermittedRawTags)));
            }
        }

        return tags;
    }

    private static List<LanguageConfig> ReadLanguages(YamlFields fields, DiagnosticBag diagnostics)
    {
        var result = new List<LanguageConfig>();
        if (fields.Plain("languages") is not List<object?> items || items.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, fields.KeyLocation("languages"), new Text("LS1002.LanguagesMissing"));
            return result;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var location = fields.ItemLocation("languages", i);
            if (items[i] is not IReadOnlyDictionary<string, object?> entry)
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, location, new Text("LS1002.LanguageNotAnEntry", "{code: de, name: Deutsch, dir: ltr}"));
                continue;
            }

            foreach (var key in entry.Keys.Where(k => !LanguageKeys.Contains(k)))
            {
                diagnostics.Warning(DiagnosticCodes.ConfigUnknownKey, location, new Text("LS1003.UnknownLanguageKey", key, Suggestion.DidYouMean(key, LanguageKeys)));
            }

            var code = entry.GetValueOrDefault("code") as string;
            var name = entry.GetValueOrDefault("name") as string;
            var dir = entry.GetValueOrDefault("dir") as string ?? "ltr";
            if (code is null || !LanguageTag.IsValid(code))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, location, code is null
                    ? new Text("LS1002.LanguageCodeMissing")
                    : new Text("LS1002.LanguageCodeInvalid", code, SpelledAsTag(code)));
                continue;
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, location, new Text("LS1002.LanguageNameMissing", code));
                continue;
            }

            if (dir is not ("ltr" or "rtl"))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, location, new Text("LS1002.LanguageDir", code, dir, LanguageTag.DirectionDidYouMean(dir, ["ltr", "rtl"])));
                continue;
            }

            if (result.Any(l => l.Code == code))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, location, new Text("LS1002.LanguageTwice", code));
                continue;
            }

            var lang = entry.GetValueOrDefault("lang") as string ?? code;
            if (!LanguageTag.IsValid(lang))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, location, new Text("LS1002.LanguageLangInvalid", code, lang, SpelledAsTag(lang)));
                continue;
            }

            result.Add(new LanguageConfig(code, name, dir == "rtl" ? TextDirection.Rtl : TextDirection.Ltr)
            {
                Lang = lang,
                Fallback = entry.GetValueOrDefault("fallback") as string,
                TranslatedFrom = entry.GetValueOrDefault("translated_from") as string,
                Culture = LanguageConfig.CultureOf(entry.GetValueOrDefault("culture") as string ?? lang),
                IsLeichteSprache = entry.GetValueOrDefault("leichte_sprache") is true or "true" or "yes" or "ja",
            });
        }

        return result;
    }

    /// <summary>" Did you mean 'de-DE'?" when a tag is valid once _ is written as - and the language in lower case.</summary>
    private static Text SpelledAsTag(string typed)
    {
        var parts = typed.Trim().Replace('_', '-').Split('-');
        var repaired = string.Join('-', [parts[0].ToLowerInvariant(), .. parts[1..]]);
        return repaired != typed && LanguageTag.IsValid(repaired) ? new Text("DidYouMean", repaired) : Text.None;
    }

    private static Dictionary<string, string>? ReadTitle(YamlFields fields, List<LanguageConfig> languages, string? defaultCode, DiagnosticBag diagnostics)
    {
        switch (fields.Plain("title"))
        {
            case string single when defaultCode is not null:
                return new Dictionary<string, string> { [defaultCode] = single };
            case IReadOnlyDictionary<string, object?> perLanguage:
                var titles = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (code, value) in perLanguage)
                {
                    if (languages.All(l => l.Code != code))
                    {
                        diagnostics.Warning(DiagnosticCodes.ConfigUnknownKey, fields.KeyLocation("title"),
                            new Text("LS1003.TitleLanguageUnknown", code, LanguageTag.DidYouMean(code, languages.Select(l => l.Code))));
                    }

                    if (value is string text)
                    {
                        titles[code] = text;
                    }
                }

                if (defaultCode is not null && !titles.ContainsKey(defaultCode))
                {
                    diagnostics.Error(DiagnosticCodes.ConfigInvalid, fields.KeyLocation("title"), new Text("LS1002.TitleDefaultMissing", defaultCode));
                    return null;
                }

                return titles;
            default:
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, fields.KeyLocation("title"), new Text("LS1002.TitleMissing"));
                return null;
        }
    }
}
