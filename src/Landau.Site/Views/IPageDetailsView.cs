namespace Landau.Site.Views;

/// <summary>
/// The facts of a page's content type as <c>page.details</c> shows them: <see cref="ContactView"/>
/// for a contact page, the offer's view (in <c>Offers</c>) for an offer.
/// </summary>
public interface IPageDetailsView;
