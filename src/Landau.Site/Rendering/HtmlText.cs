using System.Text;

namespace Landau.Site.Rendering;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values: the five characters that
/// can change markup, and nothing else. Arabic, Cyrillic and umlauts stay as they are (UTF-8), which
/// keeps pages small: an escaped Arabic letter would cost seven bytes instead of two.
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
