using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Landau.Site.Assembly;
using Landau.Site.Configuration;
using Landau.Site.Model;
using Landau.Site.Views;

namespace Landau.Site.Offers;

/// <summary>
/// schema.org data about an offer (a <c>Service</c> and its provider), with the same facts as the page,
/// for search engines and assistants that read structured data.
/// </summary>
public static class OfferJsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The data of <paramref name="page"/>, serialized with every character that could end the script element escaped.</summary>
    public static HtmlFragment Of(Page page, OfferDetails offer, SiteConfig config)
    {
        var provider = new JsonObject
        {
            ["@type"] = "Organization",
            ["name"] = offer.Provider,
        };
        if (offer.Address is { } address)
        {
            provider["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = address.Street,
                ["postalCode"] = address.PostalCode,
                ["addressLocality"] = address.City,
                ["addressCountry"] = "DE",
            };
        }

        if (offer.Phone is not null) { provider["telephone"] = offer.Phone; }
        if (offer.Email is not null) { provider["email"] = offer.Email; }
        if (offer.Url is not null) { provider["url"] = offer.Url; }

        var service = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Service",
            ["name"] = page.Title,
            ["description"] = page.FrontMatter.Description,
            ["url"] = config.AbsoluteUrl(page.Url),
            ["inLanguage"] = page.ContentLanguage.Lang,
            ["areaServed"] = new JsonObject { ["@type"] = "City", ["name"] = "Landau in der Pfalz" },
            ["provider"] = provider,
        };
        if (offer.Languages is { Count: > 0 } languages)
        {
            service["availableLanguage"] = new JsonArray(languages.Select(l => (JsonNode?)l).ToArray());
        }

        if (offer.FreeOfCharge == true)
        {
            service["isAccessibleForFree"] = true;
        }

        if (offer.Schedule is not null) { service["hoursAvailable"] = offer.Schedule; }

        return new HtmlFragment(service.ToJsonString(Options));
    }
}
