using System.Text.RegularExpressions;

namespace Landau.Site.Rendering;

/// <summary>
/// In right-to-left text, a run of Latin words with spaces or punctuation ("Landau in der Pfalz",
/// "06341 13-5025") is reordered by the Unicode bidi algorithm in ways that scramble it and the
/// brackets around it. Wrapping such runs in <c>&lt;bdi&gt;</c> isolates them, so they read left to
/// right and the surrounding Arabic or Persian sentence keeps its order (W3C i18n: "inline markup
/// and bidirectional text").
/// </summary>
public static partial class BidiIsolation
{
    // A run starts with a Latin letter, a digit or '+', may contain spaces and in-word punctuation,
    // and ends with a letter or digit (or ! ?): a sentence's final '.' or ',' stays with the RTL sentence.
    [GeneratedRegex(@"[+]?[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F0-9](?:[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F0-9 .,'’&/\-–+]*[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F0-9!?])?")]
    private static partial Regex LatinRun();

    /// <summary>Escapes <paramref name="text"/> for HTML and isolates its multi-word Latin runs.</summary>
    public static string EscapeAndIsolate(string text)
    {
        var matches = LatinRun().Matches(text);
        if (matches.Count == 0)
        {
            return HtmlText.Escape(text);
        }

        var builder = new System.Text.StringBuilder(text.Length + matches.Count * 11);
        var position = 0;
        foreach (Match match in matches)
        {
            // A single word needs no isolation: the bidi algorithm keeps it in one piece.
            if (!match.Value.Any(c => !char.IsLetterOrDigit(c)))
            {
                continue;
            }

            builder.Append(HtmlText.Escape(text[position..match.Index]));
            builder.Append("<bdi>").Append(HtmlText.Escape(match.Value)).Append("</bdi>");
            position = match.Index + match.Length;
        }

        builder.Append(HtmlText.Escape(text[position..]));
        return builder.ToString();
    }
}
