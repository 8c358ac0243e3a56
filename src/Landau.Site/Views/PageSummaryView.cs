namespace Landau.Site.Views;

/// <summary>
/// A page as lists, navigation and breadcrumbs show it. The richer page views (the page being
/// rendered, an offer card, an article of the printable guide) extend it, so these fields are listed
/// once and a richer view serves wherever a layout expects a summary.
/// </summary>
/// <param name="Key">The translation key; null for a page the generator makes itself.</param>
/// <param name="Id">The id other pages refer to the page by (for a generated page, its kind).</param>
/// <param name="Type">The content type's name (<c>guide</c>, <c>offer</c> …), or a generated page's kind.</param>
/// <param name="Lang">The language of the page's text: for a fallback page the fallback language's, so layouts mark it with lang and dir.</param>
/// <param name="IsOtherLanguage">Whether that language is not the reader's.</param>
/// <param name="IsCurrent">Whether this is the page being rendered.</param>
/// <param name="IsActive">Whether this is the page being rendered or one of its sections.</param>
/// <param name="Statement">A principle's statement.</param>
/// <param name="Date">A news item's date as <c>yyyy-MM-dd</c>, for <c>datetime</c>.</param>
/// <param name="DateText">The same date as the reader writes it.</param>
public record PageSummaryView(
    string? Key, string Id, string Title, string? Description, string Type, string Url, string Lang, string Dir,
    bool IsOtherLanguage, bool IsFallback, bool IsHome, bool IsSection, bool IsCurrent, bool IsActive,
    int Weight, string? Statement, string? Date, string? DateText);
