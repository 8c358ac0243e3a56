namespace Landau.Site.Views;

/// <summary>A contact page as a contact card shows it: who, where, and how to reach them.</summary>
/// <param name="Title">The contact page's title, for the link to it.</param>
/// <param name="Lang">The language of the contact page's text.</param>
/// <param name="IsOtherLanguage">Whether that language is not the reader's.</param>
/// <param name="PhoneHref">The phone number as a <c>tel:</c> link (<see cref="PhoneLink"/>).</param>
/// <param name="Web">The contact's web address.</param>
public sealed record ContactView(
    string Title, string Url, string Lang, string Dir, bool IsOtherLanguage,
    string? Organisation, string? Name, string? Role, AddressView? Address,
    string? Phone, string? PhoneHref, string? Fax, string? Email, string? Web, string? OpeningHours) : IPageDetailsView;
