using Landau.Site.Diagnostics;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Landau.Site.Markdown;

/// <summary>
/// Reads a page's Markdown syntax tree once, after parsing: reports what content may not contain
/// (raw HTML, unsafe link schemes, an extra level-1 heading, skipped heading levels, unknown blocks)
/// and collects the links to other pages for the assembly stage to resolve.
/// </summary>
public static class MarkdownBodyInspector
{
    /// <param name="document">The parsed body.</param>
    /// <param name="positions">File positions of the body's nodes.</param>
    /// <param name="pageKey">The translation key of the page, to resolve relative page links.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="rawHtmlTags">Inline HTML elements site.yml allows (only with lang, dir and title attributes).</param>
    public static IReadOnlyList<PageLink> Inspect(MarkdownDocument document, BodyPositions positions, string pageKey, IReadOnlySet<string> rawHtmlTags, DiagnosticBag diagnostics)
    {
        var links = new List<PageLink>();
        var previousLevel = 1;
        SourceLocation At(MarkdownObject node) => positions.Of(node);

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlInline inline when rawHtmlTags.Count > 0 && RawHtmlRules.Problem(inline.Tag, rawHtmlTags) is null:
                    break;
                case HtmlInline inline when rawHtmlTags.Count > 0:
                    diagnostics.Error(DiagnosticCodes.RawHtml, At(node), RawHtmlRules.Problem(inline.Tag, rawHtmlTags)!);
                    break;
                case HtmlBlock or HtmlInline:
                    diagnostics.Error(DiagnosticCodes.RawHtml, At(node),
                        "HTML is not allowed in content. Write it in Markdown (lists, tables, ## headings, :::note blocks).");
                    break;

                case HeadingBlock heading:
                    if (heading.Level == 1)
                    {
                        diagnostics.Error(DiagnosticCodes.HeadingLevel, At(heading),
                            "Do not use '#' headings: the page title is the only level-1 heading. Start with '##'.");
                    }
                    else if (heading.Level > previousLevel + 1)
                    {
                        diagnostics.Error(DiagnosticCodes.HeadingLevel, At(heading),
                            $"This heading jumps from level {previousLevel} to level {heading.Level}; use {new string('#', previousLevel + 1)} so screen-reader users can follow the structure.");
                    }

                    previousLevel = heading.Level;
                    break;

                case CustomContainer container when !CalloutKind.All.Contains(container.Info ?? ""):
                    diagnostics.Warning(DiagnosticCodes.UnknownContainer, At(container),
                        $"Unknown block ':::{container.Info}'; it is shown as a note. Use one of: {string.Join(", ", CalloutKind.All.Select(k => ":::" + k))}.");
                    break;

                // Markdig pads every row to the longest one: a cell past the columns of the delimiter
                // row (|---|---|) that has text in the file makes a column without a heading.
                case Table table when table.OfType<TableRow>().Where(r => !r.IsHeader)
                        .SelectMany(r => r.OfType<TableCell>().Skip(table.ColumnDefinitions.Count)).FirstOrDefault(c => c.Span.Length > 0) is { } extra:
                    diagnostics.Error(DiagnosticCodes.TableWithoutHeaders, At(extra),
                        $"This cell is beyond the table's {table.ColumnDefinitions.Count} columns (set by its |---| line): its column would have no heading, which screen readers announce without a name. Give every column a heading, or remove the extra cells.");
                    break;

                case LinkInline link when link.Url is { } url:
                    InspectLink(link, url, At(link), pageKey, links, diagnostics);
                    break;

                case AutolinkInline autolink when !autolink.IsEmail && !LinkTarget.IsSafe(autolink.Url):
                    diagnostics.Error(DiagnosticCodes.UnsafeLink, At(autolink),
                        $"The link '{autolink.Url}' uses a scheme that is not allowed. Use https:, http:, mailto:, tel: or a link to a page.");
                    break;

                case AutolinkInline autolink when (autolink.IsEmail ? AddressShapes.EmailProblem(autolink.Url) : AddressShapes.LinkProblem(autolink.Url)) is { } problem:
                    diagnostics.Error(DiagnosticCodes.UnsafeLink, At(autolink), $"The link '{autolink.Url}' {problem}.");
                    break;
            }
        }

        if (rawHtmlTags.Count > 0)
        {
            foreach (var leaf in document.Descendants<LeafBlock>().Where(l => l.Inline is not null))
            {
                CheckBalance(leaf.Inline!, At, diagnostics);
            }
        }

        return links;
    }

    /// <summary>
    /// An allowed element opened in a paragraph is closed in it, and a closing tag closes something:
    /// an unclosed <c>&lt;span lang="en"&gt;</c> would mark the rest of the page as English.
    /// </summary>
    private static void CheckBalance(ContainerInline paragraph, Func<MarkdownObject, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var open = new Stack<(string Name, HtmlInline Tag)>();
        foreach (var tag in paragraph.Descendants<HtmlInline>())
        {
            if (RawHtmlRules.Element(tag.Tag) is not { } element)
            {
                continue;
            }

            if (!element.Closes)
            {
                open.Push((element.Name, tag));
            }
            else if (open.Count > 0 && open.Peek().Name == element.Name)
            {
                open.Pop();
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.RawHtml, at(tag), open.Count > 0
                    ? $"</{element.Name}> closes the wrong element: the <{open.Peek().Name}> opened before it is still open. Close them in the order they were opened."
                    : $"</{element.Name}> closes nothing: there is no <{element.Name}> before it in this paragraph. Remove it or add the opening tag.");
                return;
            }
        }

        foreach (var (name, tag) in open)
        {
            diagnostics.Error(DiagnosticCodes.RawHtml, at(tag), $"This <{name}> is not closed in the same paragraph. Add </{name}> where the marked text ends.");
        }
    }

    private static void InspectLink(LinkInline link, string url, SourceLocation location, string pageKey, List<PageLink> links, DiagnosticBag diagnostics)
    {
        var what = link.IsImage ? "image" : "link";
        var text = PlainText.Of(link);
        if (link.IsImage)
        {
            // Markdown cannot tell a missing alt text from an empty one: a decorative image is written ![""](file).
            if (text.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.MissingAltText, location,
                    "The image has no alt text. Describe what it shows: ![Description](file). For a purely decorative image write ![\"\"](file).");
            }
        }
        else if (text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyLinkText, location, $"The link to '{url}' has no text. Write what the link leads to: [Text]({url}).");
        }
        else if (LinkTextRules.IsVague(text))
        {
            diagnostics.Warning(DiagnosticCodes.VagueLinkText, location,
                $"The link text '{text.Trim()}' does not say where it leads. Screen-reader users hear links out of context: name the target, e.g. [Integrationskurse in Landau](…).");
        }
        else if (text.Length > LinkTextRules.MaxLength)
        {
            diagnostics.Warning(DiagnosticCodes.LongLinkText, location,
                $"The link text has {text.Length} characters; keep it under {LinkTextRules.MaxLength} and link only the words that name the target.");
        }

        if (!LinkTarget.IsSafe(url))
        {
            diagnostics.Error(DiagnosticCodes.UnsafeLink, location,
                $"The {what} '{url}' uses a scheme that is not allowed. Use https:, http:, mailto:, tel: or a link to a page.");
            return;
        }

        if (link.IsImage && (url.StartsWith("//", StringComparison.Ordinal) || url.Contains(':')))
        {
            diagnostics.Error(DiagnosticCodes.RemoteImage, location,
                $"The image '{url}' is on another website. The site shows only its own files (its security rules block other images in every browser, and readers' visits are not reported elsewhere). Leave the image out, or ask the web team to add it to the site's own files.");
            return;
        }

        if (AddressShapes.LinkProblem(url) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeLink, location, $"The {what} '{url}' {problem}.");
            return;
        }

        if (!link.IsImage && LinkTarget.IsPageLink(url))
        {
            var key = LinkTarget.ResolveKey(url, pageKey, out var fragment);
            if (key is null)
            {
                diagnostics.Error(DiagnosticCodes.BrokenPageLink, location,
                    $"The link '{url}' leads outside the language folder. Link to a page of the site, e.g. /wegweiser/_index.md.");
                return;
            }

            links.Add(new PageLink(key, fragment, url, location));
        }
        else if (!link.IsImage && LinkTarget.IsSiteAddress(url))
        {
            // Which page it means is for the assembled site to say: it knows the languages and pages.
            links.Add(new PageLink(LinkTarget.ResolveKey(url, pageKey, out var fragment) ?? "", fragment, url, location, IsAddress: true));
        }
    }
}
