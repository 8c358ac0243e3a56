using System.Text.RegularExpressions;
using Landau.Site.Diagnostics;

namespace Landau.Site.Loading;

/// <summary>
/// What a content file or folder may be called. Names become URL segments and output folders, so
/// only lower-case ASCII letters, digits and single hyphens are allowed; nothing can climb out of
/// the output folder or hit a reserved device name.
/// </summary>
public static partial class ContentPathRules
{
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "assets", "index",
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    /// <summary>Why a folder or file-name stem is not allowed, or null when it is fine.</summary>
    public static Text? Refusal(string name, bool isFileStem)
    {
        if (isFileStem && name == "_index")
        {
            return null;
        }

        if (!Slug().IsMatch(name))
        {
            // The name written in the allowed form is what the editor meant (Zahlen und Fakten → zahlen-und-fakten).
            var slug = Slugged(name);
            return new Text("LS2010.InvalidName", name,
                slug.Length > 0 && !ReservedNames.Contains(slug) ? new Text("DidYouMean", slug) : Text.None);
        }

        if (ReservedNames.Contains(name))
        {
            return new Text("LS2010.ReservedName", name);
        }

        return null;
    }

    /// <summary>
    /// <see cref="Refusal"/> in English words, for the scaffold until it words its messages from
    /// <see cref="Refusal"/> itself.
    /// </summary>
    public static string? Problem(string name, bool isFileStem) => Refusal(name, isFileStem)?.ToString();

    /// <summary>A name in the allowed form: lower case, umlauts and ß spelled out, any other mark a hyphen.</summary>
    private static string Slugged(string name)
    {
        var folded = Suggestion.Fold(name);
        var slug = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            slug.Append(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '-');
        }

        return string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Whether a translation key written in front matter is a valid content path such as <c>wegweiser/sprache/_index.md</c>.</summary>
    public static bool IsValidKey(string key)
    {
        if (!key.EndsWith(".md", StringComparison.Ordinal))
        {
            return false;
        }

        var segments = key[..^3].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (Refusal(segments[i], i == segments.Length - 1) is not null)
            {
                return false;
            }
        }

        return true;
    }
}
