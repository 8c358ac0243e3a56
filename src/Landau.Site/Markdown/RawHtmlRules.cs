using System.Text.RegularExpressions;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;

namespace Landau.Site.Markdown;

/// <summary>
/// Decides whether one inline HTML tag written in content is on the site's small allow-list:
/// an allowed element with at most <c>lang</c>, <c>dir</c> and <c>title</c>. This only refuses; it
/// never rewrites. The rendered body then also passes HtmlSanitizer (<c>BodySafetyCheck</c>).
/// </summary>
public static partial class RawHtmlRules
{
    private static readonly string[] Attributes = ["lang", "dir", "title"];

    [GeneratedRegex("""^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attrs>(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+))?)*)\s*>$""")]
    private static partial Regex Tag();

    [GeneratedRegex("""\s+(?<name>[^\s=/>]+)(?:\s*=\s*(?:"(?<value>[^"<>]*)"|'(?<value>[^'<>]*)'|(?<value>[^\s"'=<>`]+)))?""")]
    private static partial Regex Attribute();

    /// <summary>The element an allowed tag opens or closes (lower case), or null for anything else.</summary>
    public static (string Name, bool Closes)? Element(string? tag) =>
        tag is not null && Tag().Match(tag) is { Success: true } match
            ? (match.Groups["name"].Value.ToLowerInvariant(), match.Groups["close"].Success)
            : null;

    /// <summary>Why <paramref name="tag"/> is refused, or null when it is allowed.</summary>
    public static Text? Problem(string? tag, IReadOnlySet<string> allowedTags)
    {
        var allowed = string.Join(", ", allowedTags.Order(StringComparer.Ordinal).Select(t => $"<{t}>"));
        var match = tag is null ? Match.Empty : Tag().Match(tag);
        if (!match.Success)
        {
            return new Text("LS2011.HtmlNotAllowed", allowed);
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        if (!allowedTags.Contains(name))
        {
            return new Text("LS2011.ElementNotAllowed", name, allowed, Suggestion.Closest(name, allowedTags) is { } meant ? new Text("DidYouMean", $"<{meant}>") : Text.None);
        }

        foreach (Match attribute in Attribute().Matches(match.Groups["attrs"].Value))
        {
            var attributeName = attribute.Groups["name"].Value.ToLowerInvariant();
            var value = attribute.Groups["value"].Value;
            if (!Attributes.Contains(attributeName))
            {
                return new Text("LS2011.AttributeNotAllowed", attributeName, name, Suggestion.DidYouMean(attributeName, Attributes));
            }

            if (attributeName == "lang" && !LanguageTag.IsValid(value))
            {
                return new Text("LS2011.LangInvalid", value, LanguageTag.IsValid(value.Trim().Replace('_', '-').ToLowerInvariant()) ? new Text("DidYouMean", value.Trim().Replace('_', '-').ToLowerInvariant()) : Text.None);
            }

            if (attributeName == "dir" && value is not ("ltr" or "rtl" or "auto"))
            {
                return new Text("LS2011.DirInvalid", value, LanguageTag.DirectionDidYouMean(value, ["ltr", "rtl", "auto"]));
            }
        }

        return null;
    }
}
