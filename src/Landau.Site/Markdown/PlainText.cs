using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Landau.Site.Markdown;

/// <summary>
/// Text as a reader hears it, for search, link-text checks, hashes and comparisons: the words of a
/// Markdown tree without its marks, and any run of whitespace as one space.
/// </summary>
public static class PlainText
{
    /// <summary>
    /// The words of <paramref name="node"/> (a whole body, a block or a link): literal text and code,
    /// a space for each line break and between blocks, whitespace collapsed.
    /// </summary>
    public static string Of(MarkdownObject node)
    {
        var text = new StringBuilder();
        foreach (var part in node.Descendants())
        {
            switch (part)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline or LeafBlock:
                    text.Append(' ');
                    break;
            }
        }

        return Collapse(text.ToString());
    }

    /// <summary><paramref name="text"/> with each run of whitespace (line ends included) as one space, and none at either end.</summary>
    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
