using Landau.Site.Diagnostics;

namespace Landau.Site.Rendering;

/// <summary>
/// Where the heading ids and links of a page's rendered body were written in its Markdown file, so
/// the checks of the finished page, which see only HTML, can name the line. Ids and link targets are
/// as the body's HTML has them; what is not found here comes from the layout.
/// </summary>
public sealed class BodySourceMap
{
    private readonly Dictionary<string, SourceLocation> _headings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SourceLocation>> _links = new(StringComparer.Ordinal);

    /// <param name="headings">The body's heading ids with where each heading was written, in the order of the text.</param>
    /// <param name="links">The body's link targets (as rendered) with where each link was written, in the order of the text.</param>
    public BodySourceMap(IEnumerable<(string Id, SourceLocation Location)> headings, IEnumerable<(string Href, SourceLocation Location)> links)
    {
        foreach (var (id, location) in headings)
        {
            _headings.TryAdd(id, location);
        }

        foreach (var (href, location) in links)
        {
            var key = Comparable(href);
            if (!_links.TryGetValue(key, out var written))
            {
                _links[key] = written = [];
            }

            written.Add(location);
        }
    }

    /// <summary>Where the heading with this id was written, or null when no heading of the body has it.</summary>
    public SourceLocation? Heading(string id) => _headings.GetValueOrDefault(id);

    /// <summary>
    /// Where each of a page's links was written, for the links' targets in the order of the page:
    /// the n-th link to an address is taken for the n-th link of the body to it (the last one, when
    /// the layout links there too); null for an address the body has no link to.
    /// </summary>
    public SourceLocation?[] Links(IReadOnlyList<string> hrefs)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var locations = new SourceLocation?[hrefs.Count];
        for (var i = 0; i < hrefs.Count; i++)
        {
            var key = Comparable(hrefs[i]);
            if (_links.TryGetValue(key, out var written))
            {
                var n = seen.GetValueOrDefault(key);
                seen[key] = n + 1;
                locations[i] = written[Math.Min(n, written.Count - 1)];
            }
        }

        return locations;
    }

    // The HTML has link targets percent-encoded (ü as %C3%BC); the Markdown as written.
    private static string Comparable(string href) => Uri.UnescapeDataString(href);
}
