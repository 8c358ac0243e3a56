using System.Globalization;
using System.Text;

namespace Landau.Site.Diagnostics;

/// <summary>
/// "Did you mean …?": the known name closest to what an editor typed. Case, umlauts written as
/// ae/oe/ue, ß as ss, and a swap of two neighbouring letters are forgiven, so <c>Sprache</c>
/// finds <c>sprache</c>, <c>gefüchtete</c> finds <c>gefluechtete</c> and <c>titel</c> finds
/// <c>title</c>. Only a close match is offered: a wild guess is worse than none.
/// </summary>
public static class Suggestion
{
    /// <summary>The candidate closest to <paramref name="typed"/>, or null when none is close.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        var folded = Fold(typed);
        var allowed = folded.Length <= 4 ? 1 : folded.Length <= 8 ? 2 : 3;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (candidate == typed)
            {
                continue;
            }

            var distance = Distance(folded, Fold(candidate));
            if (distance <= allowed && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>" Did you mean 'x'?" (catalogue key <c>DidYouMean</c>) for the closest candidate, or <see cref="Text.None"/> when none is close.</summary>
    public static Text DidYouMean(string typed, IEnumerable<string> candidates) =>
        Closest(typed, candidates) is { } best ? new Text("DidYouMean", best) : Text.None;

    /// <summary>Lower case, umlauts and ß spelled out, accents removed: the form two spellings of one word share.</summary>
    public static string Fold(string text)
    {
        var lower = text.Trim().ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        var result = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                result.Append(c is ' ' or '_' ? '-' : c);
            }
        }

        return result.ToString();
    }

    /// <summary>Edits (insert, delete, replace, swap of neighbours) from <paramref name="a"/> to <paramref name="b"/> (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
