using Landau.Site.Views;

namespace Landau.Site.Print;

/// <summary>
/// A page's body as the printable guide shows it, among all the others on one page: ids prefixed
/// with the page's anchor so they stay unique, and headings moved down below the guide's own.
/// </summary>
public static class PrintedBody
{
    /// <summary>The anchor of a page in the printable guide: its key as a path with dashes (<c>wegweiser-sprache-kurse</c>).</summary>
    public static string AnchorOf(string key) =>
        key.Replace("/_index.md", "", StringComparison.Ordinal).Replace(".md", "", StringComparison.Ordinal).Replace('/', '-');

    /// <summary><paramref name="body"/> with ids and fragment links prefixed by <paramref name="anchor"/>, headings <paramref name="shift"/> levels down (at most h6).</summary>
    public static HtmlFragment Of(HtmlFragment body, string anchor, int shift)
    {
        var html = body.Html
            .Replace(" id=\"", $" id=\"{anchor}-", StringComparison.Ordinal)
            .Replace("href=\"#", $"href=\"#{anchor}-", StringComparison.Ordinal);
        for (var level = 5; level >= 2; level--)
        {
            var to = Math.Min(level + shift, 6);
            html = html.Replace($"<h{level}", $"<h{to}", StringComparison.Ordinal).Replace($"</h{level}>", $"</h{to}>", StringComparison.Ordinal);
        }

        return new HtmlFragment(html);
    }
}
