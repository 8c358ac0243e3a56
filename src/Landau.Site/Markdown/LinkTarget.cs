namespace Landau.Site.Markdown;

/// <summary>Classifies and resolves link URLs written in content.</summary>
public static class LinkTarget
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>
    /// Whether a URL may appear in a link: http, https, mailto, tel, or a relative URL. Control
    /// characters and whitespace are removed first, as browsers do, so <c>jav&#x09;ascript:</c> is caught.
    /// </summary>
    public static bool IsSafe(string url)
    {
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        var delimiter = cleaned.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0 && delimiter < colon)
        {
            return true; // the colon is in the path or query of a relative URL
        }

        var scheme = cleaned[..colon].ToLowerInvariant();
        return AllowedSchemes.Contains(scheme);
    }

    /// <summary>Whether the URL points at a Markdown file of the site (and so at a page).</summary>
    public static bool IsPageLink(string url)
    {
        if (url.Contains(':'))
        {
            return false;
        }

        var path = StripFragment(url, out _);
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the URL looks like the web address of a page of this site (<c>/de/wegweiser/</c>,
    /// <c>../kita/</c>): no scheme, a path that ends with a slash or has no file extension, and is not a page's file.
    /// </summary>
    public static bool IsSiteAddress(string url)
    {
        if (url.Contains(':') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        var path = StripFragment(url, out _).Split('?')[0];
        return path.Length > 0 && (path.EndsWith('/') || !Path.GetFileName(path).Contains('.'));
    }

    /// <summary>
    /// The translation key a page link points at, resolved against the key of the page it is written in:
    /// <c>../sprache/_index.md</c> from <c>wegweiser/bildung/kita.md</c> is <c>wegweiser/sprache/_index.md</c>.
    /// Null when the link climbs above the language folder.
    /// </summary>
    public static string? ResolveKey(string url, string fromKey, out string? fragment)
    {
        var path = StripFragment(url, out fragment);
        var segments = new List<string>();
        if (!path.StartsWith('/'))
        {
            var slash = fromKey.LastIndexOf('/');
            if (slash > 0)
            {
                segments.AddRange(fromKey[..slash].Split('/'));
            }
        }

        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(Uri.UnescapeDataString(segment));
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    private static string StripFragment(string url, out string? fragment)
    {
        var hash = url.IndexOf('#');
        fragment = hash >= 0 ? url[(hash + 1)..] : null;
        return hash >= 0 ? url[..hash] : url;
    }
}
