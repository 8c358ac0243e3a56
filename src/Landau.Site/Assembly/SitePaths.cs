namespace Landau.Site.Assembly;

/// <summary>How translation keys map to URLs, output files and the section tree.</summary>
public static class SitePaths
{
    public const string HomeKey = "_index.md";

    /// <summary>The URL path of a content path in a language: <c>wegweiser/_index.md</c> → <c>/de/wegweiser/</c>.</summary>
    public static string Url(string basePath, string language, string contentPath) =>
        $"{basePath}{language}/{Folder(contentPath)}";

    /// <summary>The output file of a content path: <c>wegweiser/kita.md</c> → <c>de/wegweiser/kita/index.html</c>.</summary>
    public static string OutputPath(string language, string contentPath) =>
        $"{language}/{Folder(contentPath)}index.html";

    /// <summary>
    /// The URL of a file below the output folder: <c>de/suche/index.html</c> → <c>/de/suche/</c>,
    /// <c>de/404.html</c> → <c>/de/404.html</c>. The one place a published file's address is made.
    /// </summary>
    public static string UrlOfFile(string basePath, string outputPath) =>
        basePath + (outputPath == "index.html" ? "" : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);

    /// <summary>
    /// The file below the output folder that a URL path inside the site leads to (the reverse of
    /// <see cref="UrlOfFile"/>): <c>/de/suche/</c> → <c>de/suche/index.html</c>; null for a path outside <paramref name="basePath"/>.
    /// </summary>
    public static string? FileOfUrl(string basePath, string urlPath)
    {
        if (!urlPath.StartsWith(basePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Uri.UnescapeDataString(urlPath[basePath.Length..]);
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>The key of the section a page belongs to, or null for the home page.</summary>
    public static string? ParentKey(string key)
    {
        if (key == HomeKey)
        {
            return null;
        }

        var folder = key.EndsWith("/_index.md", StringComparison.Ordinal) ? key[..^"/_index.md".Length] : key;
        var slash = folder.LastIndexOf('/');
        return slash < 0 ? HomeKey : folder[..slash] + "/_index.md";
    }

    private static string Folder(string contentPath)
    {
        if (contentPath == HomeKey)
        {
            return "";
        }

        var withoutName = contentPath.EndsWith("/_index.md", StringComparison.Ordinal)
            ? contentPath[..^"_index.md".Length]
            : contentPath[..^".md".Length] + "/";
        return withoutName;
    }
}
