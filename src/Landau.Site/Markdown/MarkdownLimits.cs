using Landau.Site.Diagnostics;

namespace Landau.Site.Markdown;

/// <summary>
/// Limits that keep reading a page linear in its size, checked on the raw text before Markdig sees it.
/// Markdig's inline parser scans the rest of a paragraph for each unclosed link opener
/// (<c>[a](</c> × 10,000 in one paragraph: 4 s) and for each unmatched emphasis mark, so its cost grows
/// with the square of the markup in one paragraph; it gives up on deep nesting with an exception; a
/// table row with 100,000 cells takes 49 s and 1.2 GB. Each limit is far above what a real page has
/// (the Landau site's most: 21 brackets and 37 emphasis marks in a paragraph, 4 table cells, 2 levels).
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Link and image brackets (<c>[</c>) in one paragraph.</summary>
    public const int MaxBracketsPerParagraph = 200;

    /// <summary>Emphasis marks (<c>*</c>, <c>_</c>) in one paragraph.</summary>
    public const int MaxEmphasisMarksPerParagraph = 400;

    /// <summary>Cell separators (<c>|</c>) in one table row.</summary>
    public const int MaxTableColumns = 64;

    /// <summary>Quotes and lists inside each other.</summary>
    public const int MaxNesting = 16;

    /// <summary>What an editor is told when Markdig itself gives up on nesting that <see cref="Check"/> did not see.</summary>
    public static Text DepthLimitMessage { get; } = new("LS2018.DepthLimit");

    /// <summary>Whether <paramref name="exception"/> is Markdig's refusal of too deep nesting (it has no type of its own).</summary>
    public static bool IsDepthLimit(Exception exception) =>
        exception is ArgumentException && exception.Message.Contains("depth limit", StringComparison.Ordinal);

    /// <summary>
    /// Reports each limit the body exceeds (once per kind, where it is first exceeded) and whether the
    /// body is within all of them; the caller does not parse a body that is not.
    /// </summary>
    /// <param name="body">The Markdown after the front matter.</param>
    /// <param name="bodyFirstLine">The file's line number of the body's first line.</param>
    public static bool Check(string body, string path, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        void Report(string kind, int line, int column, Text message)
        {
            if (reported.Add(kind))
            {
                diagnostics.Error(DiagnosticCodes.MarkdownTooComplex, new SourceLocation(path, bodyFirstLine + line, column + 1), message);
            }
        }

        var lines = body.Split('\n');
        int brackets = 0, marks = 0;
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart(' ', '>', '\t');
            if (fence is not null)
            {
                // Code is read as it is, in linear time.
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
                brackets = marks = 0;
                continue;
            }

            var depth = Nesting(line);
            if (depth > MaxNesting)
            {
                Report("nesting", i, 0, new Text("LS2018.Nesting", depth, MaxNesting));
            }

            if (line.AsSpan().Trim().IsEmpty)
            {
                brackets = marks = 0;
                continue;
            }

            var pipes = 0;
            for (var c = 0; c < line.Length; c++)
            {
                if (line[c] == '\\')
                {
                    c++; // an escaped mark (\[, \*, \|) is text, not markup
                    continue;
                }

                switch (line[c])
                {
                    case '[' when ++brackets == MaxBracketsPerParagraph + 1:
                        Report("brackets", i, c, new Text("LS2018.Brackets", MaxBracketsPerParagraph));
                        break;
                    case '*' or '_' when ++marks == MaxEmphasisMarksPerParagraph + 1:
                        Report("emphasis", i, c, new Text("LS2018.Emphasis", MaxEmphasisMarksPerParagraph));
                        break;
                    case '|' when ++pipes == MaxTableColumns + 2:
                        Report("columns", i, c, new Text("LS2018.Columns", MaxTableColumns));
                        break;
                }
            }
        }

        return reported.Count == 0;
    }

    /// <summary>
    /// How many quotes and lists a line is inside, as far as its start shows: each <c>&gt;</c>, and
    /// each list marker, counted by its indentation (two spaces a level).
    /// </summary>
    private static int Nesting(string line)
    {
        var depth = 0;
        var indent = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '>')
            {
                depth++;
                indent = 0;
            }
            else if (c == ' ')
            {
                indent++;
            }
            else if (c == '\t')
            {
                indent += 4;
            }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] == ' ')
            {
                // A marker: everything indented before it is one level per two spaces.
                depth += 1 + indent / 2;
                indent = 0;
                i++;
            }
            else
            {
                break;
            }

            i++;
        }

        return depth + indent / 2 / 2;
    }
}
