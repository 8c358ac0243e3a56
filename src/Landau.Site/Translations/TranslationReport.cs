using Landau.Site.Assembly;
using Landau.Site.Model;

namespace Landau.Site.Translations;

/// <summary>
/// Where the translations stand, per language: which pages are up to date, outdated, missing, and
/// which translations have no source any more (orphaned). The same data feeds
/// <c>landau-site translations status</c> and the translation dashboard.
/// </summary>
public sealed record TranslationReport(string SourceLanguage, IReadOnlyList<LanguageReport> Languages)
{
    public static TranslationReport Create(ISite site)
    {
        var config = site.Config;
        var languages = new List<LanguageReport>();
        foreach (var language in config.Languages.Where(l => l.Code != config.DefaultLanguage.Code))
        {
            var pages = new List<PageReport>();
            foreach (var key in site.Keys)
            {
                var page = site.Resolve(key, language.Code);
                var source = site.Find(key, config.SourceOf(language).Code) ?? site.Find(key, config.DefaultLanguage.Code);
                if (page is null || source is null)
                {
                    continue;
                }

                var state = page.State switch
                {
                    TranslationState.UpToDate => PageState.UpToDate,
                    TranslationState.Outdated => PageState.Outdated,
                    _ => PageState.Missing,
                };
                pages.Add(new PageReport(
                    key,
                    page.Title,
                    state,
                    state == PageState.Missing ? null : page.Source.SourcePath,
                    source.Source.SourcePath,
                    state == PageState.Missing ? null : page.Url,
                    source.Url,
                    state != PageState.Missing && page.FrontMatter.Review == TranslationReview.Draft));
            }

            var orphans = site.Orphans.Where(o => o.Language == language.Code).Select(o => o.SourcePath).Order(StringComparer.Ordinal).ToList();
            languages.Add(new LanguageReport(language.Code, language.Name, config.SourceOf(language).Code, pages, orphans));
        }

        return new TranslationReport(config.DefaultLanguage.Code, languages);
    }
}

/// <summary>One language's translations.</summary>
public sealed record LanguageReport(string Code, string Name, string TranslatedFrom, IReadOnlyList<PageReport> Pages, IReadOnlyList<string> Orphaned)
{
    public int Total => Pages.Count;

    public int UpToDate => Pages.Count(p => p.State == PageState.UpToDate);

    public int Outdated => Pages.Count(p => p.State == PageState.Outdated);

    public int Missing => Pages.Count(p => p.State == PageState.Missing);

    public int Drafts => Pages.Count(p => p.Draft);

    /// <summary>Share of source pages that have a translation (up to date or not), in percent with one decimal.</summary>
    public double PercentTranslated => Total == 0 ? 100 : Math.Round(100.0 * (UpToDate + Outdated) / Total, 1);
}

/// <summary>One source page in one language.</summary>
public sealed record PageReport(string Key, string Title, PageState State, string? Path, string SourcePath, string? Url, string SourceUrl, bool Draft);

/// <summary>The state of a page's translation, as the status command names it.</summary>
public enum PageState
{
    UpToDate,
    Outdated,
    Missing,
}
