using System.Globalization;
using Landau.Site.Configuration;

namespace Landau.Site.Translations;

/// <summary>A page translators have work on: outdated, missing or a draft.</summary>
/// <param name="State">outdated, missing, draft or current (as in <c>translations status</c>).</param>
/// <param name="Path">The translation's file, or where a new one goes.</param>
/// <param name="Url">The translation's address, if it has one.</param>
public sealed record DashboardPageView(string Key, string Title, string State, bool Draft, string Path, string? Url, string SourceUrl, string SourcePath);

/// <summary>One language of the translation dashboard: its figures and the pages to work on.</summary>
/// <param name="TranslatedFrom">The pivot language's name, when the language is translated from one other than German.</param>
/// <param name="Percent">The share translated, formatted in the reader's culture.</param>
/// <param name="Orphaned">How many translations have no German page.</param>
/// <param name="OrphanedPages">Their files.</param>
public sealed record DashboardLanguageView(
    string Code, string Name, string Lang, string Dir, string? TranslatedFrom,
    int Total, int UpToDate, int Outdated, int Missing, int Drafts, int Orphaned, string Percent,
    IReadOnlyList<DashboardPageView> Work, IReadOnlyList<string> OrphanedPages);

/// <summary>The translation dashboard's views, typed; layouts see them with snake_case names.</summary>
public static class TranslationDashboardViews
{
    /// <summary>Every language of <paramref name="report"/>, with numbers formatted in <paramref name="culture"/>.</summary>
    public static IReadOnlyList<DashboardLanguageView> Of(TranslationReport report, SiteConfig config, CultureInfo culture) =>
        [.. report.Languages.Select(language =>
        {
            var settings = config.FindLanguage(language.Code)!;
            return new DashboardLanguageView(
                language.Code,
                language.Name,
                settings.Lang,
                settings.Dir,
                language.TranslatedFrom == config.DefaultLanguage.Code ? null : config.FindLanguage(language.TranslatedFrom)?.Name,
                language.Total,
                language.UpToDate,
                language.Outdated,
                language.Missing,
                language.Drafts,
                language.Orphaned.Count,
                language.PercentTranslated.ToString("0.0", culture),
                [.. language.Pages.Where(p => p.State != PageState.UpToDate || p.Draft).Select(p => new DashboardPageView(
                    p.Key, p.Title, TranslationReportWriter.StateName(p.State), p.Draft, p.Path ?? $"content/{language.Code}/{p.Key}", p.Url, p.SourceUrl, p.SourcePath))],
                language.Orphaned);
        })];
}
