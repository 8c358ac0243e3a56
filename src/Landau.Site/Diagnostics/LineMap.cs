namespace Landau.Site.Diagnostics;

/// <summary>
/// Line and column of a character offset in a text, counting LF, CRLF and a lone CR as line ends,
/// as Markdig and YAML do. Built once per text; each lookup is a binary search.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The 1-based line and column of the character at <paramref name="offset"/>.</summary>
    public (int Line, int Column) Of(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
