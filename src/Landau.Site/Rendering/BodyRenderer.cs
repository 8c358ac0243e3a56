using Landau.Site.Diagnostics;
using Landau.Site.Markdown;
using Landau.Site.Views;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Landau.Site.Rendering;

/// <summary>
/// Renders a page's Markdown syntax tree to HTML for one reader language: links to Markdown files
/// become the URL of that page in the reader's language, <c>:::</c> blocks become labelled callouts,
/// and tables scroll inside their own box so a small screen never scrolls sideways.
/// </summary>
public sealed class BodyRenderer(MarkdownPipeline pipeline)
{
    /// <param name="document">The page's syntax tree, or one block of it (only read, never changed: it may be rendered for several languages).</param>
    /// <param name="pageKey">The key of the page the Markdown was written in, to resolve relative links.</param>
    /// <param name="resolvePage">Turns a translation key into the URL of the page for this reader, or null.</param>
    /// <param name="label">The UI text for a key in the reader's language (callout labels, table label).</param>
    /// <param name="isolateLatinRuns">True for right-to-left content: Latin phrases and numbers are wrapped in <c>bdi</c>.</param>
    public HtmlFragment Render(MarkdownObject document, string pageKey, Func<string, string?> resolvePage, Func<string, string> label, bool isolateLatinRuns = false)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        Replace<CustomContainer>(renderer, new CalloutRenderer(label));
        Replace<Table>(renderer, new ScrollingTableRenderer(label("content.table")));
        if (isolateLatinRuns)
        {
            Replace<LiteralInline>(renderer, new IsolatingLiteralRenderer());
        }

        renderer.LinkRewriter = url => Rewrite(url, pageKey, resolvePage);
        renderer.Render(document);
        writer.Flush();
        return new HtmlFragment(writer.ToString());
    }

    /// <summary>
    /// Where <paramref name="document"/>'s headings and links were written, with their ids and link
    /// targets as <see cref="Render"/> writes them for this reader.
    /// </summary>
    /// <param name="document">The page's syntax tree.</param>
    /// <param name="pageKey">The key of the page the Markdown was written in.</param>
    /// <param name="resolvePage">The same resolver <see cref="Render"/> is given.</param>
    /// <param name="path">The Markdown file's path.</param>
    /// <param name="bodyFirstLine">The file line the body starts on (Markdig counts lines from 0 within the body).</param>
    public static BodySourceMap SourceMap(MarkdownDocument document, string pageKey, Func<string, string?> resolvePage, string path, int bodyFirstLine)
    {
        var headings = new List<(string, SourceLocation)>();
        var links = new List<(string, SourceLocation)>();
        SourceLocation At(MarkdownObject node) => new(path, node.Line + bodyFirstLine, node.Column + 1);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading when heading.TryGetAttributes()?.Id is { } id:
                    headings.Add((id, At(heading)));
                    break;
                case LinkInline { IsImage: false, Url: { } url } link:
                    links.Add((Rewrite(url, pageKey, resolvePage), At(link)));
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    links.Add((Rewrite(autolink.Url, pageKey, resolvePage), At(autolink)));
                    break;
            }
        }

        return new BodySourceMap(headings, links);
    }

    private static string Rewrite(string url, string pageKey, Func<string, string?> resolvePage)
    {
        if (!LinkTarget.IsPageLink(url) || LinkTarget.ResolveKey(url, pageKey, out var fragment) is not { } key)
        {
            return url;
        }

        var target = resolvePage(key) ?? url;
        return fragment is null ? target : $"{target}#{fragment}";
    }

    private static void Replace<T>(HtmlRenderer renderer, IMarkdownObjectRenderer replacement)
        where T : MarkdownObject
    {
        var index = renderer.ObjectRenderers.FindIndex(r => r is HtmlObjectRenderer<T>);
        if (index >= 0)
        {
            renderer.ObjectRenderers[index] = replacement;
        }
        else
        {
            renderer.ObjectRenderers.Add(replacement);
        }
    }

    private sealed class CalloutRenderer(Func<string, string> label) : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer obj)
        {
            var kind = CalloutKind.All.Contains(obj.Info ?? "") ? obj.Info! : CalloutKind.All[0];
            renderer.EnsureLine();
            renderer.Write("<div class=\"callout callout-").Write(kind).Write("\" role=\"note\">");
            renderer.Write("<p class=\"callout-label\">").WriteEscape(label(CalloutKind.LabelKey(kind))).WriteLine("</p>");
            renderer.WriteChildren(obj);
            renderer.WriteLine("</div>");
        }
    }

    private sealed class IsolatingLiteralRenderer : HtmlObjectRenderer<LiteralInline>
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline obj)
        {
            // Inside an attribute (an image's alt text) Markdig turns HTML for inlines off but keeps
            // escaping on: there the text stays plain, without <bdi>, or a screen reader reads the tags.
            if (renderer.EnableHtmlForInline && renderer.EnableHtmlEscape)
            {
                renderer.Write(BidiIsolation.EscapeAndIsolate(obj.Content.ToString()));
            }
            else if (renderer.EnableHtmlEscape)
            {
                renderer.WriteEscape(ref obj.Content);
            }
            else
            {
                renderer.Write(ref obj.Content);
            }
        }
    }

    /// <summary>
    /// Tables in a focusable scrolling region, header cells with <c>scope</c>, and column alignment
    /// as classes instead of Markdig's <c>style</c> attributes, which a strict CSP would block.
    /// </summary>
    private sealed class ScrollingTableRenderer(string regionLabel) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").WriteEscape(regionLabel).WriteLine("\">");
            renderer.WriteLine("<table>");
            var section = "";
            foreach (var row in table.OfType<TableRow>())
            {
                var wanted = row.IsHeader ? "thead" : "tbody";
                if (section != wanted)
                {
                    if (section.Length > 0)
                    {
                        renderer.WriteLine($"</{section}>");
                    }

                    renderer.WriteLine($"<{wanted}>");
                    section = wanted;
                }

                renderer.WriteLine("<tr>");
                for (var i = 0; i < row.Count; i++)
                {
                    var cell = (TableCell)row[i];
                    var tag = row.IsHeader ? "th" : "td";
                    renderer.Write("<").Write(tag);
                    if (row.IsHeader)
                    {
                        renderer.Write(" scope=\"col\"");
                    }

                    var column = cell.ColumnIndex < 0 ? i : cell.ColumnIndex;
                    if (column < table.ColumnDefinitions.Count && table.ColumnDefinitions[column].Alignment is { } alignment)
                    {
                        renderer.Write(alignment switch
                        {
                            TableColumnAlign.Center => " class=\"align-center\"",
                            TableColumnAlign.Right => " class=\"align-end\"",
                            _ => " class=\"align-start\"",
                        });
                    }

                    renderer.Write(">");
                    var implicitParagraph = renderer.ImplicitParagraph;
                    renderer.ImplicitParagraph = true;
                    renderer.Write(cell);
                    renderer.ImplicitParagraph = implicitParagraph;
                    renderer.WriteLine($"</{tag}>");
                }

                renderer.WriteLine("</tr>");
            }

            if (section.Length > 0)
            {
                renderer.WriteLine($"</{section}>");
            }

            renderer.WriteLine("</table>");
            renderer.WriteLine("</div>");
        }
    }
}
