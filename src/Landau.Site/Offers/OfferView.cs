using Landau.Site.Views;

namespace Landau.Site.Offers;

/// <summary>An offer's facts as its page and its card show them (<c>page.details</c>, <c>card.offer</c>).</summary>
/// <param name="Sections">The Wegweiser sections the offer belongs to.</param>
/// <param name="TargetGroups">The groups it is for, named in the reader's language.</param>
/// <param name="PhoneHref">The phone number as a <c>tel:</c> link.</param>
/// <param name="Contact">The contact page the offer names, as a contact card.</param>
/// <param name="Reviewed">When the facts were last checked, as <c>yyyy-MM-dd</c>.</param>
/// <param name="DataFree">"ja" for an offer free of charge, for the filter script; the same for the next two.</param>
/// <param name="ReviewedText">The review date as the reader writes it.</param>
/// <param name="FactsFrom">Where the facts come from, for the note under them.</param>
public sealed record OfferView(
    string? Provider, IReadOnlyList<PageSummaryView> Sections, IReadOnlyList<string> TargetGroups, IReadOnlyList<SpokenLanguageView> Languages,
    AddressView? Address, string? Phone, string? PhoneHref, string? Email, string? Url, string? Schedule, string? Cost,
    bool? FreeOfCharge, bool? Childcare, bool? WheelchairAccessible, ContactView? Contact, string? Reviewed,
    string DataFree, string DataChildcare, string DataAccess, string? ReviewedText, string? FactsFrom) : IPageDetailsView;
