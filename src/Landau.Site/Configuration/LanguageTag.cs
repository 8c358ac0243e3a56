using System.Globalization;
using System.Text.RegularExpressions;
using Landau.Site.Diagnostics;

namespace Landau.Site.Configuration;

/// <summary>BCP 47 tags as this site uses them: a primary language subtag and optional subtags (de, de-x-ls, pt-BR).</summary>
public static partial class LanguageTag
{
    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? tag) => tag is not null && Pattern().IsMatch(tag);

    /// <summary>
    /// Country codes written where a language code belongs (<c>ua</c> for Ukrainian, which is
    /// <c>uk</c>): edit distance alone would offer the wrong language (<c>ua</c> is as close to <c>fa</c>).
    /// </summary>
    private static readonly Dictionary<string, string> CountryToLanguage = new(StringComparer.Ordinal)
    {
        ["ua"] = "uk", ["cz"] = "cs", ["dk"] = "da", ["se"] = "sv", ["jp"] = "ja", ["cn"] = "zh", ["gr"] = "el",
        ["ir"] = "fa", ["kr"] = "ko", ["il"] = "he", ["gb"] = "en", ["us"] = "en", ["at"] = "de", ["ch"] = "de",
        ["sy"] = "ar", ["eg"] = "ar", ["rs"] = "sr", ["al"] = "sq", ["by"] = "be", ["vn"] = "vi",
    };

    /// <summary>
    /// The configured language code an editor most likely meant by <paramref name="typed"/>: the same
    /// code in other case or with _ for - (<c>de_LS</c> → <c>de-ls</c>), a country code or a three-letter
    /// code or the language's name (<c>ua</c>, <c>ukr</c>, <c>Ukrainian</c> → <c>uk</c>), else the closest by spelling.
    /// Null when none is close.
    /// </summary>
    public static string? Closest(string typed, IEnumerable<string> codes)
    {
        var known = codes.Distinct(StringComparer.Ordinal).ToList();
        var folded = typed.Trim().Replace('_', '-').ToLowerInvariant();
        if (known.FirstOrDefault(c => c.ToLowerInvariant() == folded && c != typed) is { } sameCode)
        {
            return sameCode;
        }

        if (CountryToLanguage.TryGetValue(folded, out var language) && known.Contains(language))
        {
            return language;
        }

        foreach (var code in known)
        {
            var culture = CultureOrNull(code);
            if (culture is not null && (culture.ThreeLetterISOLanguageName == folded
                || string.Equals(culture.EnglishName, typed.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(culture.NativeName, typed.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                return code;
            }
        }

        return Suggestion.Closest(typed, known);
    }

    /// <summary>" Did you mean 'uk'?" for the closest configured code (<see cref="Closest"/>), or <see cref="Text.None"/>.</summary>
    public static Text DidYouMean(string typed, IEnumerable<string> codes) =>
        Closest(typed, codes) is { } best ? new Text("DidYouMean", best) : Text.None;

    /// <summary>
    /// " Did you mean 'rtl'?" for a direction: the closest allowed one, and the words an editor may
    /// write for it (right, rechts → rtl; left, links → ltr).
    /// </summary>
    public static Text DirectionDidYouMean(string typed, IReadOnlyList<string> allowed)
    {
        var meant = typed.Trim().ToLowerInvariant() switch
        {
            "right" or "rechts" or "right-to-left" or "r" => "rtl",
            "left" or "links" or "left-to-right" or "l" => "ltr",
            _ => null,
        };

        return meant is not null && allowed.Contains(meant) ? new Text("DidYouMean", meant) : Suggestion.DidYouMean(typed, allowed);
    }

    private static CultureInfo? CultureOrNull(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
