using System.Globalization;
using System.Text;

namespace Landau.Site.Search;

/// <summary>
/// How the search sees text, the same at build time (C#) and in the browser (search.js, which
/// mirrors these rules): lower case; accents, umlauts and Arabic vowel marks removed (ü → u,
/// ß → ss, كِتَاب → كتاب); Arabic and Persian letter variants unified (أ إ آ → ا, ة → ه,
/// ى/ي → ی, ك → ک); ae, oe, ue count as a, o, u (German typed without umlauts); words are
/// runs of letters and digits.
/// </summary>
public static partial class SearchText
{
    public static string Normalize(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark || c == '\u0640')
            {
                continue; // combining marks and the Arabic tatweel
            }

            builder.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ة' => 'ه',
                'ى' or 'ي' => 'ی',
                'ك' => 'ک',
                _ => c,
            });
        }

        // German spelled without umlauts (Buergerbuero) finds the same as with them, as in Lucene's German normalization.
        return GermanDigraph().Replace(builder.ToString().Normalize(NormalizationForm.FormC), "$1");
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?<!q)([aou])e")]
    private static partial System.Text.RegularExpressions.Regex GermanDigraph();

    /// <summary>The normalized words of a text.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var normalized = Normalize(text);
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && char.IsLetterOrDigit(normalized[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return normalized[start..i];
                start = -1;
            }
        }
    }
}
