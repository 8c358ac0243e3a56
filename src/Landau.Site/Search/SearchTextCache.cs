using System.Runtime.CompilerServices;
using Landau.Site.Assembly;
using Landau.Site.Loading;
using Markdig.Syntax;

namespace Landau.Site.Search;

/// <summary>A page's text as the search index sees it: its body as plain text and its normalized words.</summary>
public sealed record PageSearchText(string Title, string? Description, string Body, IReadOnlyList<string> Words, IReadOnlyList<string> TitleWords);

/// <summary>
/// The search text of each page, kept while its parsed file is (a preview session reuses a file's
/// <see cref="ParsedPage"/> while the file is unchanged), so a rebuild reads only changed pages' text.
/// </summary>
public sealed class SearchTextCache
{
    private readonly ConditionalWeakTable<ParsedPage, PageSearchText> _texts = new();

    /// <summary>The search text of <paramref name="page"/> (title and description as the page shows them).</summary>
    public PageSearchText Of(Page page, Func<MarkdownDocument, string> plainText)
    {
        if (_texts.TryGetValue(page.Source, out var known) && known.Title == page.Title && known.Description == page.FrontMatter.Description)
        {
            return known;
        }

        var body = plainText(page.Source.ParseBody());
        var text = new PageSearchText(
            page.Title,
            page.FrontMatter.Description,
            body,
            SearchText.Words($"{page.Title} {page.FrontMatter.Description} {body}").ToList(),
            SearchText.Words(page.Title).ToList());
        _texts.AddOrUpdate(page.Source, text);
        return text;
    }
}
