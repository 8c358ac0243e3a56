using Landau.Site.Assembly;
using Landau.Site.Configuration;
using Landau.Site.Model;

namespace Landau.Site.Views;

/// <summary>
/// Makes the views that every page of one reader language shares — page summaries, contact cards,
/// the languages, the site — from the assembled site. Templates never get domain objects: only
/// these views, with every text still to be escaped on output.
/// </summary>
internal sealed class ReaderViews(ISite site, LanguageConfig reader)
{
    public LanguageConfig Reader => reader;

    private SiteConfig Config => site.Config;

    /// <summary>A page as it appears in lists, navigation and breadcrumbs, seen from the page <paramref name="currentKey"/>.</summary>
    public PageSummaryView Summary(Page page, string? currentKey)
    {
        var date = (page.FrontMatter.Details as NewsDetails)?.Date;
        return new PageSummaryView(
            page.Key, page.Id, page.Title, page.FrontMatter.Description, ContentSchema.NameOf(page.Type), page.Url,
            page.ContentLanguage.Lang, page.ContentLanguage.Dir, page.ContentLanguage.Lang != reader.Lang,
            page.IsFallback, page.IsHome, page.IsSection,
            currentKey == page.Key,
            currentKey is not null && (currentKey == page.Key || site.AncestorsOf(currentKey).Contains(page.Key)),
            page.FrontMatter.Weight,
            (page.FrontMatter.Details as PrincipleDetails)?.Statement,
            DateText.Iso(date),
            DateText.Long(date, reader.Culture));
    }

    /// <summary>The summary of the page <paramref name="key"/> in the reader's language; null when there is none.</summary>
    public PageSummaryView? SummaryOf(string key, string? currentKey) =>
        site.Resolve(key, reader.Code) is { } target ? Summary(target, currentKey) : null;

    /// <summary>The summaries of the pages <paramref name="keys"/> in the reader's language, leaving out those it has none of.</summary>
    public IReadOnlyList<PageSummaryView> Summaries(IEnumerable<string> keys, string? currentKey) =>
        [.. keys.Select(k => site.Resolve(k, reader.Code)).OfType<Page>().Select(p => Summary(p, currentKey))];

    /// <summary>The contact card of the contact page with <paramref name="id"/>; null when there is none.</summary>
    public ContactView? ContactById(string id) =>
        site.ContactKey(id) is { } key && site.Resolve(key, reader.Code) is { } page ? Contact(page) : null;

    /// <summary>The contact card of a contact page.</summary>
    public ContactView Contact(Page page)
    {
        var contact = (ContactDetails)page.FrontMatter.Details;
        return new ContactView(
            page.Title, page.Url, page.ContentLanguage.Lang, page.ContentLanguage.Dir, page.ContentLanguage.Lang != reader.Lang,
            contact.Organisation, contact.Name, contact.Role, AddressView.Of(contact.Address),
            contact.Phone, PhoneLink.Href(contact.Phone), contact.Fax, contact.Email, contact.Url, contact.OpeningHours);
    }

    /// <summary>A language of the site, with its home page.</summary>
    public LanguageView Language(LanguageConfig language) =>
        new(language.Code, language.Lang, language.Name, language.Dir, SitePaths.Url(Config.BasePath, language.Code, SitePaths.HomeKey), language.Code == reader.Code);

    /// <summary>The site for the reader; <paramref name="feedUrl"/> is the language's news feed, if it has one.</summary>
    public SiteView Site(string? feedUrl) => new(
        Config.TitleFor(reader.Code),
        Config.BaseUrl.AbsoluteUri,
        reader.Lang,
        reader.Code,
        reader.Dir,
        reader.Name,
        Config.DefaultLanguage.Code,
        SitePaths.Url(Config.BasePath, reader.Code, SitePaths.HomeKey),
        Config.BasePath,
        [.. Config.Languages.Select(Language)],
        Config.FooterContact is { } id ? ContactById(id) : null,
        feedUrl,
        FreeParams.Of(Config.Params));
}
