using Landau.Site.Model;

namespace Landau.Site.Views;

/// <summary>A postal address, with a link to find it on a map.</summary>
/// <param name="MapUrl">OpenStreetMap's search for the address.</param>
public sealed record AddressView(string? Street, string? PostalCode, string? City, string MapUrl)
{
    /// <summary>The view of <paramref name="address"/>; null when there is none.</summary>
    public static AddressView? Of(PostalAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        var query = string.Join(", ", new[] { address.Street, $"{address.PostalCode} {address.City}".Trim() }.Where(s => !string.IsNullOrWhiteSpace(s)));
        // A link to OpenStreetMap's search, never an embedded map: no third-party requests on our pages.
        return new AddressView(address.Street, address.PostalCode, address.City, "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(query));
    }
}
