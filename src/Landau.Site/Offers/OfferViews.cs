using Landau.Site.Assembly;
using Landau.Site.Configuration;
using Landau.Site.Localization;
using Landau.Site.Model;
using Landau.Site.Views;

namespace Landau.Site.Offers;

/// <summary>Makes the views of offers for one reader language: an offer's facts, the directory's cards and filters, a filter's page.</summary>
internal sealed class OfferViews(ISite site, ReaderViews views, UiStrings strings)
{
    private SiteConfig Config => site.Config;

    /// <summary>An offer's facts, for its page and its card.</summary>
    public OfferView Offer(OfferDetails offer) => new(
        offer.Provider,
        views.Summaries((offer.Sections ?? []).Select(Config.GuideSectionKey), currentKey: null),
        [.. (offer.TargetGroups ?? []).Select(TargetGroup)],
        [.. (offer.Languages ?? []).Select(l => SpokenLanguageView.Of(l, Config))],
        AddressView.Of(offer.Address),
        offer.Phone,
        PhoneLink.Href(offer.Phone),
        offer.Email,
        offer.Url,
        offer.Schedule,
        offer.Cost,
        offer.FreeOfCharge,
        offer.Childcare,
        offer.WheelchairAccessible,
        offer.Contact is { } id ? views.ContactById(id) : null,
        DateText.Iso(offer.Reviewed),
        offer.FreeOfCharge == true ? "ja" : "",
        offer.Childcare == true ? "ja" : "",
        offer.WheelchairAccessible == true ? "ja" : "",
        DateText.Long(offer.Reviewed, views.Reader.Culture),
        offer.FactsFrom);

    /// <summary>Offers as cards: the summary, the offer's facts, and the data the filter script reads.</summary>
    public IReadOnlyList<OfferCardView> Cards(IReadOnlyList<Page> offers) =>
        [.. offers.Select(offer =>
        {
            var details = OfferDirectory.Details(offer);
            return new OfferCardView(views.Summary(offer, currentKey: null), Offer(details),
                string.Join(' ', details.Sections ?? []), string.Join(' ', details.TargetGroups ?? []), string.Join(' ', details.Languages ?? []));
        })];

    /// <summary>The directory's filters grouped by kind (<see cref="OfferFilterViews"/>), labelled in the reader's language.</summary>
    public IReadOnlyList<OfferFilterGroupView> FilterGroups(Page directory, IReadOnlyList<Page> offers, IReadOnlyList<OfferFilter> filters, OfferFilter? active) =>
        OfferFilterViews.Groups(directory, offers, filters, active, Label, kind =>
            strings.TryGet($"offers.filter_{kind.ToString().ToLowerInvariant()}", out var label) ? label : kind.ToString());

    /// <summary>
    /// The directory page's view for one filter, at the filter page's <paramref name="url"/>: its own
    /// title and breadcrumbs, no body, and the same filter in other languages.
    /// </summary>
    public PageView Filtered(Page directory, PageView directoryView, OfferFilter filter, string url) => directoryView with
    {
        Title = $"{directory.Title}: {Label(filter)}",
        Url = url,
        CanonicalUrl = Config.AbsoluteUrl((directory.IsFallback ? directory.ContentUrl : directory.Url) + filter.Path),
        Content = new HtmlFragment(""),
        Breadcrumbs = [.. directoryView.Breadcrumbs, views.Summary(directory, currentKey: null)],
        Translations = [.. directoryView.Translations.Select(t => t with { Url = Below(t.Url, filter), AbsoluteUrl = Below(t.AbsoluteUrl, filter) })],
        Filter = new PageFilterView(filter.Parameter, filter.Value, Label(filter)),
    };

    private string Label(OfferFilter filter) => filter.Kind switch
    {
        OfferFilterKind.Section => site.Resolve(Config.GuideSectionKey(filter.Value), views.Reader.Code)?.Title ?? filter.Value,
        OfferFilterKind.TargetGroup => TargetGroup(filter.Value),
        OfferFilterKind.Language => SpokenLanguageView.Of(filter.Value, Config).Name,
        OfferFilterKind.FreeOfCharge => strings.TryGet("offers.free", out var free) ? free : "free",
        OfferFilterKind.Childcare => strings.TryGet("offer.childcare_yes", out var childcare) ? childcare : "childcare",
        _ => strings.TryGet("offer.access_yes", out var access) ? access : "step-free",
    };

    /// <summary>The filter's page below a directory's address in another language; none where that language has no directory page.</summary>
    private static string? Below(string? directoryUrl, OfferFilter filter) => directoryUrl is null ? null : directoryUrl + filter.Path;

    private string TargetGroup(string group) => strings.TryGet($"target_group.{group}", out var label) ? label : group;
}
