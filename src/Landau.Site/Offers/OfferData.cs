using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Landau.Site.Assembly;
using Landau.Site.Output;
using Landau.Site.Views;

namespace Landau.Site.Offers;

/// <summary>
/// The offers as open data per language, <c>offers.json</c> and <c>offers.csv</c> beside the
/// directory, for others to reuse (the Integreat app team, the Beirat). Fields are documented in
/// the README; their order is fixed and offers are sorted by key, so files only change with content.
/// </summary>
public static class OfferData
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "key", "url", "language", "translated", "title", "description", "provider", "sections", "target_groups", "languages",
        "street", "postal_code", "city", "phone", "email", "website", "schedule", "cost", "free_of_charge", "childcare",
        "wheelchair_accessible", "reviewed", "review_by",
    ];

    public static IReadOnlyList<OutputFile> Build(ISite site)
    {
        var files = new List<OutputFile>();
        foreach (var language in site.Config.Languages)
        {
            if (OfferDirectory.DirectoryPage(site, language.Code) is not { } directory)
            {
                continue;
            }

            var rows = OfferDirectory.Offers(site, language.Code).OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => Row(site, o)).ToList();
            var folder = directory.OutputPath[..^"index.html".Length];
            files.Add(new OutputFile(folder + "offers.json", Encoding.UTF8.GetBytes(Json(rows))));
            files.Add(new OutputFile(folder + "offers.csv", Csv.Encode(ToCsv(rows))));
        }

        return files;
    }

    private static List<object?> Row(ISite site, Page offer)
    {
        var d = OfferDirectory.Details(offer);
        return
        [
            offer.Key, site.Config.AbsoluteUrl(offer.Url), offer.ContentLanguage.Lang, !offer.IsFallback, offer.Title, offer.FrontMatter.Description,
            d.Provider, d.Sections ?? [], d.TargetGroups ?? [], d.Languages ?? [], d.Address?.Street, d.Address?.PostalCode, d.Address?.City,
            d.Phone, d.Email, d.Url, d.Schedule, d.Cost, d.FreeOfCharge, d.Childcare, d.WheelchairAccessible, DateText.Iso(d.Reviewed), DateText.Iso(d.ReviewBy),
        ];
    }

    private static string Json(List<List<object?>> rows)
    {
        var array = new JsonArray();
        foreach (var row in rows)
        {
            var item = new JsonObject();
            for (var i = 0; i < Columns.Count; i++)
            {
                item[Columns[i]] = row[i] switch
                {
                    IReadOnlyList<string> list => new JsonArray(list.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
                    bool b => JsonValue.Create(b),
                    string text => JsonValue.Create(text),
                    _ => null,
                };
            }

            array.Add(item);
        }

        return new JsonObject { ["offers"] = array }.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string ToCsv(List<List<object?>> rows)
    {
        var csv = new StringBuilder(string.Join(',', Columns)).Append(Csv.LineEnd);
        foreach (var row in rows)
        {
            csv.Append(string.Join(',', row.Select(value => Csv.Field(value switch
            {
                IReadOnlyList<string> list => string.Join(';', list),
                bool b => b ? "true" : "false",
                null => "",
                _ => value.ToString() ?? "",
            })))).Append(Csv.LineEnd);
        }

        return csv.ToString();
    }

}
