using Landau.Site.Views;
using Scriban.Runtime;

namespace Landau.Site.Offers;

/// <summary>An offer as a card of the offer directory: its summary, its facts, and the values the filter script reads.</summary>
/// <param name="Summary">The offer's summary, whose fields the card has as its own (layouts do not see it apart).</param>
/// <param name="DataSections">The offer's sections, space-separated, for <c>data-bereich</c>.</param>
/// <param name="DataGroups">Its target groups, space-separated, for <c>data-fuer</c>.</param>
/// <param name="DataLanguages">Its languages, space-separated, for <c>data-sprache</c>.</param>
public sealed record OfferCardView([property: ScriptMemberIgnore] PageSummaryView Summary, OfferView Offer, string DataSections, string DataGroups, string DataLanguages)
    : PageSummaryView(Summary);
