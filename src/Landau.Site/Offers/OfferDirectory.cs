using Landau.Site.Assembly;
using Landau.Site.Model;

namespace Landau.Site.Offers;

/// <summary>
/// The offers (Angebote) of the site and their filters: every Wegweiser section and target group,
/// every language spoken in some offer, free of charge, with childcare, step-free access.
/// </summary>
public static class OfferDirectory
{
    /// <summary>The layout of the offer directory page, which has a page of its own per filter.</summary>
    public const string Layout = "offer-directory";

    /// <summary>The target groups offers may name, in the order filters show them.</summary>
    public static readonly IReadOnlyList<string> TargetGroups = ["frauen", "jugendliche", "familien", "gefluechtete", "arbeitgebende", "ehrenamtliche", "alle"];

    /// <summary>The page that lists the offers: the one with <c>layout: offer-directory</c>.</summary>
    public static Page? DirectoryPage(ISite site, string language) =>
        site.Pages.FirstOrDefault(p => p.Language.Code == language && p.FrontMatter.Layout == Layout);

    /// <summary>All offers in a language (translations or fallbacks), ordered by weight then title.</summary>
    public static IReadOnlyList<Page> Offers(ISite site, string language) =>
        site.OfType(ContentType.Offer, language)
            .OrderBy(p => p.FrontMatter.Weight)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ToList();

    public static OfferDetails Details(Page offer) => (OfferDetails)offer.FrontMatter.Details;

    /// <summary>
    /// Every filter that at least one offer matches: sections and target groups, the spoken languages
    /// and the three yes/no filters. A value no offer has gets neither a link nor a page.
    /// </summary>
    public static IReadOnlyList<OfferFilter> Filters(ISite site, IReadOnlyList<Page> offers) =>
        AllFilters(site, offers).Where(filter => offers.Any(o => Matches(o, filter))).ToList();

    private static IReadOnlyList<OfferFilter> AllFilters(ISite site, IReadOnlyList<Page> offers)
    {
        var sections = site.ChildrenOf($"{site.Config.GuideRoot}/_index.md")
            .Select(key => key.Split('/')[^2])
            .Select(section => new OfferFilter(OfferFilterKind.Section, section));
        var groups = TargetGroups.Select(g => new OfferFilter(OfferFilterKind.TargetGroup, g));
        var languages = offers.SelectMany(o => Details(o).Languages ?? []).Distinct().Order(StringComparer.Ordinal)
            .Select(l => new OfferFilter(OfferFilterKind.Language, l));
        return [.. sections, .. groups, .. languages,
            new OfferFilter(OfferFilterKind.FreeOfCharge, "ja"), new OfferFilter(OfferFilterKind.Childcare, "ja"), new OfferFilter(OfferFilterKind.StepFreeAccess, "ja")];
    }

    public static bool Matches(Page offer, OfferFilter filter)
    {
        var details = Details(offer);
        return filter.Kind switch
        {
            OfferFilterKind.Section => details.Sections?.Contains(filter.Value) == true,
            OfferFilterKind.TargetGroup => details.TargetGroups?.Contains(filter.Value) == true,
            OfferFilterKind.Language => details.Languages?.Contains(filter.Value) == true,
            OfferFilterKind.FreeOfCharge => details.FreeOfCharge == true,
            OfferFilterKind.Childcare => details.Childcare == true,
            _ => details.WheelchairAccessible == true,
        };
    }
}
