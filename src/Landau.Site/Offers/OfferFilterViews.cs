using Landau.Site.Assembly;

namespace Landau.Site.Offers;

/// <summary>One filter of the offer directory as its layout shows it: a link with the number of offers it selects.</summary>
/// <param name="Label">The filter's name in the reader's language.</param>
/// <param name="Url">The filter page's address.</param>
/// <param name="Count">How many offers the filter selects.</param>
/// <param name="IsCurrent">Whether this is the page's own filter.</param>
/// <param name="Param">The query parameter the filter script uses (<c>bereich</c>, <c>fuer</c>, …).</param>
/// <param name="Value">The filter's value.</param>
/// <param name="Lang">For a language filter, the language, so its name is marked with it.</param>
public sealed record OfferFilterLinkView(string Label, string Url, int Count, bool IsCurrent, string Param, string Value, string? Lang);

/// <summary>The filters of one kind (areas, target groups, languages …), with the kind's heading.</summary>
/// <param name="Kind">The kind in lower case, for ids (<c>section</c>, <c>targetgroup</c>, …).</param>
/// <param name="Label">The heading in the reader's language.</param>
/// <param name="Items">The filters.</param>
public sealed record OfferFilterGroupView(string Kind, string Label, IReadOnlyList<OfferFilterLinkView> Items);

/// <summary>The views of the offer directory's filters. Typed records, exposed to layouts with snake_case names.</summary>
public static class OfferFilterViews
{
    /// <summary>The directory's filters grouped by kind, each a link with the number of offers it selects.</summary>
    /// <param name="label">A filter's name in the reader's language.</param>
    /// <param name="kindLabel">A kind's heading in the reader's language.</param>
    public static IReadOnlyList<OfferFilterGroupView> Groups(Page directory, IReadOnlyList<Page> offers, IReadOnlyList<OfferFilter> filters, OfferFilter? active,
        Func<OfferFilter, string> label, Func<OfferFilterKind, string> kindLabel) =>
        [.. filters.Select(f => f.Kind).Distinct().Select(kind => new OfferFilterGroupView(
            kind.ToString().ToLowerInvariant(),
            kindLabel(kind),
            [.. filters.Where(f => f.Kind == kind).Select(filter => new OfferFilterLinkView(
                label(filter),
                directory.Url + filter.Path,
                offers.Count(o => OfferDirectory.Matches(o, filter)),
                filter == active,
                filter.Parameter,
                filter.Value,
                filter.Kind == OfferFilterKind.Language ? filter.Value : null))]))];
}
