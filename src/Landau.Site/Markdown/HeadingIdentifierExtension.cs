using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Landau.Site.Markdown;

/// <summary>
/// GitHub-style heading ids (<c>## Wohnung finden</c> → <c>id="wohnung-finden"</c>, letters of every
/// script kept), the same ids as Markdig's <c>UseAutoIdentifiers(AutoIdentifierOptions.GitHub)</c>,
/// in linear time. Markdig finds a free suffix for a repeated heading by trying <c>-1</c>, <c>-2</c>, …
/// from the start each time, so a page of 6,000 equal headings took 18 million tries and 12 GB;
/// this remembers the last suffix given per id. All of <c>-1</c>…<c>-n</c> are taken when it resumes
/// (the set of ids only grows), so the first free suffix is the same as Markdig's.
/// </summary>
public sealed class HeadingIdentifierExtension : IMarkdownExtension
{
    private static readonly object IdsKey = new();

    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // ATX headings close in their parser, setext headings in the paragraph parser.
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= Closed;
            headings.Closed += Closed;
        }

        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= Closed;
            paragraphs.Closed += Closed;
        }
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Closed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            // The id needs the heading's inlines, which are parsed after all blocks.
            heading.ProcessInlinesEnd += AssignId;
        }
    }

    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        heading.ProcessInlinesEnd -= AssignId;
        if (heading.Inline is null)
        {
            return;
        }

        var attributes = heading.GetAttributes();
        if (attributes.Id is not null)
        {
            return;
        }

        if (processor.Document.GetData(IdsKey) is not Ids ids)
        {
            ids = new Ids();
            processor.Document.SetData(IdsKey, ids);
        }

        // The heading's text without markup, as Markdig's extension reads it.
        using var text = new StringWriter();
        new HtmlRenderer(text) { EnableHtmlForInline = false, EnableHtmlEscape = false }.Render(heading.Inline);
        var id = LinkHelper.UrilizeAsGfm(text.ToString());
        attributes.Id = ids.Claim(string.IsNullOrEmpty(id) ? "section" : id);
    }

    /// <summary>The ids given on one page, and per id the last suffix tried.</summary>
    private sealed class Ids
    {
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _lastSuffix = new(StringComparer.Ordinal);

        public string Claim(string id)
        {
            if (_taken.Add(id))
            {
                return id;
            }

            var suffix = _lastSuffix.GetValueOrDefault(id);
            string candidate;
            do
            {
                suffix++;
                candidate = $"{id}-{suffix}";
            }
            while (!_taken.Add(candidate));

            _lastSuffix[id] = suffix;
            return candidate;
        }
    }
}
