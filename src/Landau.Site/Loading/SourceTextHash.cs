using System.Security.Cryptography;
using System.Text;
using Landau.Site.Markdown;
using Landau.Site.Model;
using Landau.Site.Yaml;

namespace Landau.Site.Loading;

/// <summary>
/// A short fingerprint of what a translator translates: title, description, the type's text fields
/// and the body. Whitespace is normalised (runs of spaces and line breaks count as one space, line
/// endings do not matter), so only a change of words makes translations outdated.
/// </summary>
public static class SourceTextHash
{
    /// <summary>Hex characters kept: 12 (48 bits) are plenty to tell versions of one page apart.</summary>
    public const int Length = 12;

    public static string Compute(string title, string? description, IEnumerable<(string Field, string? Value)> textFields, string body)
    {
        var text = new StringBuilder();
        Append(text, "title", title);
        Append(text, "description", description);
        foreach (var (field, value) in textFields.OrderBy(f => f.Field, StringComparer.Ordinal))
        {
            Append(text, field, value);
        }

        Append(text, "body", body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..Length];
    }

    /// <summary>The hash of a page from its front matter fields and Markdown body.</summary>
    public static string Compute(YamlFields fields, ContentType type, string body) =>
        Compute(
            fields.Text("title") ?? "",
            fields.Text("description"),
            ContentSchema.TranslatableFields(type).Where(f => f is not ("title" or "description")).Select(f => (f, fields.Has(f) ? fields.Text(f) : null)),
            body);

    private static void Append(StringBuilder text, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        text.Append(field).Append('\u001F').Append(PlainText.Collapse(value)).Append('\u001E');
    }
}
