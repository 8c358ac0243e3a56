using Landau.Site.Diagnostics;
using Markdig.Syntax;

namespace Landau.Site.Markdown;

/// <summary>
/// File positions of nodes of a page's Markdown, from their character offset in the body. Markdig's
/// own line and column are off inside setext headings (the underline's line is counted twice) and
/// count a tab as up to four columns; its offsets (<c>Span.Start</c>, with precise source locations)
/// are exact, so diagnostics point at the character an editor sees.
/// </summary>
public sealed class BodyPositions
{
    private readonly LineMap _lines;
    private readonly string _path;
    private readonly int _bodyFirstLine;

    /// <param name="body">The Markdown after the front matter, as parsed.</param>
    /// <param name="path">The file's path for diagnostics.</param>
    /// <param name="bodyFirstLine">The file line of the body's first line.</param>
    public BodyPositions(string body, string path, int bodyFirstLine)
    {
        _lines = new LineMap(body);
        _path = path;
        _bodyFirstLine = bodyFirstLine;
    }

    /// <summary>Where <paramref name="node"/> starts in the file.</summary>
    public SourceLocation Of(MarkdownObject node, int skip = 0) =>
        node.Span.Start >= 0 ? Of(node.Span.Start + skip) : new SourceLocation(_path, node.Line + _bodyFirstLine, node.Column + 1 + skip);

    /// <summary>Where the body's character at <paramref name="offset"/> is in the file.</summary>
    public SourceLocation Of(int offset)
    {
        var (line, column) = _lines.Of(offset);
        return new SourceLocation(_path, line - 1 + _bodyFirstLine, column);
    }
}
