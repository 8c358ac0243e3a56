namespace Landau.Site.Views;

/// <summary>The filter a page is shown with: the offer directory at one filter's own address.</summary>
/// <param name="Param">The query parameter the filter script uses.</param>
/// <param name="Value">The filter's value.</param>
/// <param name="Label">The filter's name in the reader's language.</param>
public sealed record PageFilterView(string Param, string Value, string Label);
