using Landau.Site.Markdown;

namespace Landau.Site.Corpus;

/// <summary>
/// Links and blocks as editors of this site write them: links to Markdown files, relative within a
/// folder and to the folder's page (<c>../_index.md</c>), from the language root otherwise
/// (<c>/wegweiser/sprache/_index.md</c>); notes as <c>:::note</c> blocks.
/// </summary>
public sealed class LandauDialect : IMarkupDialect
{
    public string PageLink(string fromKey, string toKey)
    {
        var fromFolder = FolderOf(fromKey);
        var toFolder = FolderOf(toKey);
        string link;
        if (toFolder == fromFolder && fromFolder.Length > 0)
        {
            link = Path.GetFileName(toKey);
        }
        else if (fromFolder.Length > 0 && toKey == ParentFolderPage(fromFolder))
        {
            link = "../_index.md";
        }
        else
        {
            link = "/" + toKey;
        }

        // The generator's own links must lead where it meant: resolved by the build's rule.
        if (LinkTarget.ResolveKey(link, fromKey, out _) != toKey)
        {
            throw new InvalidOperationException($"The link '{link}' from {fromKey} does not lead to {toKey}.");
        }

        return link;
    }

    public string Callout(string kind, string language, string text) => $":::{kind}\n{text}\n:::";

    // The folder a page's relative links start from: for _index.md its own folder.
    private static string FolderOf(string key) => Path.GetDirectoryName(key)?.Replace('\\', '/') ?? "";

    private static string ParentFolderPage(string folder)
    {
        var parent = Path.GetDirectoryName(folder)?.Replace('\\', '/') ?? "";
        return parent.Length == 0 ? "_index.md" : parent + "/_index.md";
    }
}
