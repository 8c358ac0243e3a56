using Landau.Site.Assembly;
using Landau.Site.Configuration;
using Landau.Site.Model;

namespace Landau.Site.Views;

/// <summary>Makes the view of the page being rendered (<c>page</c> in layouts), for a content page or a page the generator makes itself.</summary>
internal sealed class PageViews(ISite site, ReaderViews views)
{
    private SiteConfig Config => site.Config;

    private LanguageConfig Reader => views.Reader;

    /// <summary>
    /// The view of a content page with its rendered body, children, breadcrumbs and translations;
    /// <paramref name="details"/> and <paramref name="jsonLd"/> are its type's facts, made by the type's feature.
    /// </summary>
    public PageView Content(Page page, HtmlFragment content, IPageDetailsView? details, HtmlFragment? jsonLd)
    {
        var siblings = SitePaths.ParentKey(page.Key) is { } parent ? site.ChildrenOf(parent) : [];
        var index = siblings.ToList().IndexOf(page.Key);
        var source = Config.SourceOf(page.Language);
        return new PageView(views.Summary(page, currentKey: page.Key))
        {
            Content = content,
            AbsoluteUrl = Config.AbsoluteUrl(page.Url),
            Children = views.Summaries(site.ChildrenOf(page.Key), page.Key),
            Breadcrumbs = views.Summaries(site.AncestorsOf(page.Key), page.Key),
            Translations = [.. Translations(page)],
            Details = details,
            JsonLd = jsonLd,
            Contacts = [.. (page.FrontMatter.Contacts ?? []).Select(views.ContactById).OfType<ContactView>()],
            Filter = null,
            Params = FreeParams.Of(page.FrontMatter.Params),
            Previous = index > 0 ? views.SummaryOf(siblings[index - 1], page.Key) : null,
            Next = index >= 0 && index < siblings.Count - 1 ? views.SummaryOf(siblings[index + 1], page.Key) : null,
            // A fallback page is the source page's text at another address: not indexed, canonical to the original.
            Noindex = page.IsFallback,
            State = page.State switch
            {
                TranslationState.Source => "source",
                TranslationState.UpToDate => "current",
                TranslationState.Outdated => "outdated",
                _ => "missing",
            },
            IsDraft = page.FrontMatter.Review == TranslationReview.Draft && page.State != TranslationState.Source && !page.IsFallback,
            ContentUrl = page.ContentUrl,
            CanonicalUrl = Config.AbsoluteUrl(page.IsFallback ? page.ContentUrl : page.Url),
            SourceUrl = site.Find(page.Key, source.Code)?.Url,
            SourceLang = source.Lang,
            Offers = page.Type == ContentType.Guide
                ? [.. site.OfType(ContentType.Offer, Reader.Code)
                    .Where(o => o.FrontMatter.Details is OfferDetails { Sections: { } sections } && sections.Contains(page.Id))
                    .Select(o => views.Summary(o, page.Key))]
                : [],
        };
    }

    /// <summary>
    /// A page the generator makes itself (404, search, translation dashboard …) at <paramref name="url"/>:
    /// not indexed, no canonical address, and a language switcher that leads to each language's home page.
    /// </summary>
    /// <param name="type">The page's kind, its <c>id</c> and <c>type</c> for layouts.</param>
    public PageView Generated(string title, string url, string type) =>
        new(new PageSummaryView(null, type, title, null, type, url, Reader.Lang, Reader.Dir,
            IsOtherLanguage: false, IsFallback: false, IsHome: false, IsSection: false, IsCurrent: true, IsActive: true, Weight: 0, Statement: null, Date: null, DateText: null))
        {
            Content = new HtmlFragment(""),
            AbsoluteUrl = null,
            Children = [],
            Breadcrumbs = [],
            Translations = [.. Config.Languages.Select(l => Translation(l, hreflang: null, views.Language(l).Url, absoluteUrl: null, available: true))],
            Details = null,
            JsonLd = null,
            Contacts = [],
            Filter = null,
            Params = null,
            Previous = null,
            Next = null,
            Noindex = true,
            State = "source",
            IsDraft = false,
            ContentUrl = null,
            CanonicalUrl = null,
            SourceUrl = null,
            SourceLang = null,
            Offers = [],
        };

    /// <summary>
    /// The page in every language: <c>available</c> only where a real translation exists; elsewhere
    /// the link leads to the fallback page at that language's address.
    /// </summary>
    private IEnumerable<TranslationView> Translations(Page page)
    {
        foreach (var language in Config.Languages)
        {
            var target = site.Resolve(page.Key, language.Code);
            // Variants (Leichte Sprache) share their language's tag: they are not hreflang alternates.
            yield return Translation(language, language.IsVariant ? null : language.Lang, target?.Url,
                target is null ? null : Config.AbsoluteUrl(target.Url), target is { IsFallback: false });
        }
    }

    private TranslationView Translation(LanguageConfig language, string? hreflang, string? url, string? absoluteUrl, bool available) =>
        new(language.Code, language.Lang, hreflang, language.Name, language.Dir, url, absoluteUrl, available, language.Code == Reader.Code);
}
