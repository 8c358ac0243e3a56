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
                    diagnostics.Error(DiagnosticCodes.RawHtml, At(node), new Text("LS2011.NoHtml"));
                    break;

                case HeadingBlock heading:
                    if (heading.Level == 1)
                    {
                        diagnostics.Error(DiagnosticCodes.HeadingLevel, At(heading), new Text("LS2012.LevelOne"));
                    }
                    else if (heading.Level > previousLevel + 1)
                    {
                        diagnostics.Error(DiagnosticCodes.HeadingLevel, At(heading),
                            new Text("LS2012.Jump", previousLevel, heading.Level, new string('#', previousLevel + 1)));
                    }

                    previousLevel = heading.Level;
                    break;

                case CustomContainer container when !CalloutKind.All.Contains(container.Info ?? ""):
                    diagnostics.Warning(DiagnosticCodes.UnknownContainer, At(container),
                        new Text("LS2013.UnknownBlock", container.Info ?? "", string.Join(", ", CalloutKind.All.Select(k => ":::" + k)),
                            CalloutKind.Closest(container.Info ?? "") is { } meant ? new Text("DidYouMean", ":::" + meant) : Text.None));
                    break;

                // Markdig pads every row to the longest one: a cell past the columns of the delimiter
                // row (|---|---|) that has text in the file makes a column without a heading.
                case Table table when table.OfType<TableRow>().Where(r => !r.IsHeader)
                        .SelectMany(r => r.OfType<TableCell>().Skip(table.ColumnDefinitions.Count)).FirstOrDefault(c => c.Span.Length > 0) is { } extra:
                    diagnostics.Error(DiagnosticCodes.TableWithoutHeaders, At(extra), new Text("LS3012.ExtraCell", table.ColumnDefinitions.Count));
                    break;

                case LinkInline link when link.Url is { } url:
                    InspectLink(link, url, At(link), pageKey, links, diagnostics);
                    break;

                case AutolinkInline autolink when !autolink.IsEmail && !LinkTarget.IsSafe(autolink.Url):
                    diagnostics.Error(DiagnosticCodes.UnsafeLink, At(autolink), new Text("LS3004.LinkScheme", autolink.Url));
                    break;

                case AutolinkInline autolink when (autolink.IsEmail ? AddressShapes.EmailProblem(autolink.Url) : AddressShapes.LinkProblem(autolink.Url)) is { } problem:
                    diagnostics.Error(DiagnosticCodes.UnsafeLink, At(autolink), new Text("LS3004.LinkProblem", autolink.Url, problem));
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
                    ? new Text("LS2011.ClosesWrongElement", element.Name, open.Peek().Name)
                    : new Text("LS2011.ClosesNothing", element.Name));
                return;
            }
        }

        foreach (var (name, tag) in open)
        {
            diagnostics.Error(DiagnosticCodes.RawHtml, at(tag), new Text("LS2011.NotClosed", name));
        }
    }

    private static void InspectLink(LinkInline link, string url, SourceLocation location, string pageKey, List<PageLink> links, DiagnosticBag diagnostics)
    {
        var text = PlainText.Of(link);
        if (link.IsImage)
        {
            // Markdown cannot tell a missing alt text from an empty one: a decorative image is written ![""](file).
            if (text.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.MissingAltText, location, new Text("LS3010.NoAltText"));
            }
        }
        else if (text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyLinkText, location, new Text("LS3011.EmptyLinkText", url));
        }
        else if (LinkTextRules.IsVague(text))
        {
            diagnostics.Warning(DiagnosticCodes.VagueLinkText, location, new Text("LS3016.VagueLinkText", text.Trim()));
        }
        else if (text.Length > LinkTextRules.MaxLength)
        {
            diagnostics.Warning(DiagnosticCodes.LongLinkText, location, new Text("LS3017.LongLinkText", text.Length, LinkTextRules.MaxLength));
        }

        if (!LinkTarget.IsSafe(url))
        {
            diagnostics.Error(DiagnosticCodes.UnsafeLink, location, new Text(link.IsImage ? "LS3004.ImageScheme" : "LS3004.LinkScheme", url));
            return;
        }

        if (link.IsImage && (url.StartsWith("//", StringComparison.Ordinal) || url.Contains(':')))
        {
            diagnostics.Error(DiagnosticCodes.RemoteImage, location, new Text("LS3027.RemoteImage", url));
            return;
        }

        if (AddressShapes.LinkProblem(url) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeLink, location, new Text(link.IsImage ? "LS3004.ImageProblem" : "LS3004.LinkProblem", url, problem));
            return;
        }

        if (!link.IsImage && LinkTarget.IsPageLink(url))
        {
            var key = LinkTarget.ResolveKey(url, pageKey, out var fragment);
            if (key is null)
            {
                diagnostics.Error(DiagnosticCodes.BrokenPageLink, location, new Text("LS3003.OutsideLanguageFolder", url));
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
