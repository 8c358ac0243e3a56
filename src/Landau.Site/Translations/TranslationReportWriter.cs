using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Landau.Site.Output;

namespace Landau.Site.Translations;

/// <summary>Writes a <see cref="TranslationReport"/> as text for people, or as JSON and CSV for tools (documented in the README).</summary>
public static class TranslationReportWriter
{
    public static string Text(TranslationReport report)
    {
        var text = new StringBuilder();
        foreach (var language in report.Languages)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{language.Code} ({language.Name}): {language.PercentTranslated:0.0} % translated — {language.UpToDate} up to date, {language.Outdated} outdated, {language.Missing} missing, {language.Orphaned.Count} orphaned");
            if (language.TranslatedFrom != report.SourceLanguage)
            {
                text.Append($" (translated from {language.TranslatedFrom})");
            }

            text.Append('\n');
            foreach (var page in language.Pages.Where(p => p.State == PageState.Outdated))
            {
                text.Append($"  outdated  {page.Path}  (source changed: {page.SourcePath})\n");
            }

            foreach (var page in language.Pages.Where(p => p.Draft))
            {
                text.Append($"  draft     {page.Path}\n");
            }

            foreach (var page in language.Pages.Where(p => p.State == PageState.Missing))
            {
                text.Append($"  missing   content/{language.Code}/{page.Key}  (from {page.SourcePath})\n");
            }

            foreach (var orphan in language.Orphaned)
            {
                text.Append($"  orphaned  {orphan}  (no source page)\n");
            }
        }

        return text.ToString();
    }

    public static string Json(TranslationReport report)
    {
        var languages = new JsonArray();
        foreach (var language in report.Languages)
        {
            var pages = new JsonArray();
            foreach (var page in language.Pages)
            {
                pages.Add(new JsonObject
                {
                    ["key"] = page.Key,
                    ["state"] = StateName(page.State),
                    ["draft"] = page.Draft,
                    ["path"] = page.Path,
                    ["source_path"] = page.SourcePath,
                });
            }

            languages.Add(new JsonObject
            {
                ["code"] = language.Code,
                ["name"] = language.Name,
                ["translated_from"] = language.TranslatedFrom,
                ["total"] = language.Total,
                ["up_to_date"] = language.UpToDate,
                ["outdated"] = language.Outdated,
                ["missing"] = language.Missing,
                ["orphaned"] = language.Orphaned.Count,
                ["drafts"] = language.Drafts,
                ["percent_translated"] = language.PercentTranslated,
                ["pages"] = pages,
                ["orphaned_pages"] = new JsonArray(language.Orphaned.Select(o => (JsonNode?)JsonValue.Create(o)).ToArray()),
            });
        }

        var root = new JsonObject { ["source_language"] = report.SourceLanguage, ["languages"] = languages };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    public static string ToCsv(TranslationReport report)
    {
        var csv = new StringBuilder("language,key,state,draft,path,source_path\n");
        foreach (var language in report.Languages)
        {
            foreach (var page in language.Pages)
            {
                csv.Append($"{language.Code},{Csv.Field(page.Key)},{StateName(page.State)},{(page.Draft ? "true" : "false")},{Csv.Field(page.Path ?? "")},{Csv.Field(page.SourcePath)}\n");
            }

            foreach (var orphan in language.Orphaned)
            {
                csv.Append($"{language.Code},,orphaned,false,{Csv.Field(orphan)},\n");
            }
        }

        return csv.ToString();
    }

    public static string StateName(PageState state) => state switch
    {
        PageState.UpToDate => "up_to_date",
        PageState.Outdated => "outdated",
        _ => "missing",
    };

}
