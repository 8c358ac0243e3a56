using System.Text.RegularExpressions;
using Landau.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Landau.Site.Yaml;

/// <summary>
/// Parses YAML text into a node tree that keeps line and column of every key, so diagnostics can
/// point at the offending key. Syntax errors become diagnostics, never exceptions.
/// </summary>
public static partial class YamlDocumentReader
{
    /// <summary>
    /// Parses <paramref name="yaml"/> as one mapping. <paramref name="firstLine"/> is the line of the
    /// source file on which the YAML text starts (1 for a whole file, 2 for front matter after <c>---</c>).
    /// Returns null (and reports why) when the text is not valid YAML or not a mapping.
    /// </summary>
    public static YamlFields? ReadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics, bool emptyIsEmptyMap = false)
    {
        if (!WithinLimits(yaml, path, firstLine, diagnostics))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            ReportSyntaxError(ex, null, yaml, mark => new SourceLocation(path, (int)mark.Line + firstLine - 1, (int)mark.Column), diagnostics);
            return null;
        }
        catch (ArgumentException)
        {
            ReportUnreadable(yaml, null, mark => new SourceLocation(path, (int)mark.Line + firstLine - 1, (int)mark.Column), diagnostics);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way (instead of with a YamlException) when the text ends inside
            // an open [list] or {group}; the first pass points at the bracket when it saw it open.
            var lastLine = firstLine + Math.Max(0, yaml.TrimEnd('\n', '\r').Split('\n').Length - 1);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, lastLine, 1),
                "The YAML ends while a list [ ], a group { } or a quoted text is still open. Check the brackets and quotes above.");
            return null;
        }

        // An escape in double quotes ("\e", "\0", "\x07") makes a control character the file does not show.
        if (stream.Documents.Count > 0 && stream.Documents[0].AllNodes.OfType<YamlScalarNode>()
                .FirstOrDefault(n => n.Value is { } v && v.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))) is { } control)
        {
            var c = control.Value!.First(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
            diagnostics.Error(DiagnosticCodes.ControlCharacter, new SourceLocation(path, (int)control.Start.Line + firstLine - 1, (int)control.Start.Column),
                $"This value makes an invisible control character (U+{(int)c:X4}) from an escape such as \\e or \\0. Remove the escape.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            if (emptyIsEmptyMap)
            {
                return new YamlFields(new YamlMappingNode(), path, firstLine, diagnostics);
            }

            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, firstLine, 1), "The YAML block is empty.");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var node = stream.Documents[0].RootNode;
            diagnostics.Error(DiagnosticCodes.YamlSyntax,
                new SourceLocation(path, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column),
                "Expected a list of 'key: value' lines here.");
            return null;
        }

        return new YamlFields(mapping, path, firstLine, diagnostics);
    }

    /// <summary>Front matter and YAML files larger than this are refused before they are parsed.</summary>
    public const int MaxChars = 64 * 1024;

    /// <summary>More YAML nodes than this in one document is not a page's front matter.</summary>
    public const int MaxNodes = 5_000;

    /// <summary>Lists and groups nested deeper than this are refused (front matter, site.yml and the i18n files need a few).</summary>
    public const int MaxDepth = 20;

    /// <summary>
    /// Refuses what could make reading slow or ambiguous: huge or deeply nested documents, anchors
    /// and aliases (the "billion laughs" expansion), tabs in indentation and invisible line
    /// separators (which YAML reads as line breaks, with messages editors do not understand).
    /// Reports syntax errors at the place an editor has to change, which is not always where
    /// YamlDotNet noticed the problem (an unclosed quote or bracket is noticed lines later).
    /// </summary>
    private static bool WithinLimits(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        if (yaml.Length > MaxChars)
        {
            diagnostics.Error(DiagnosticCodes.TooLarge, new SourceLocation(path, firstLine, 1),
                $"This YAML block has {yaml.Length / 1024} KB; at most {MaxChars / 1024} KB are allowed. Move long text into the page body.");
            return false;
        }

        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // YamlDotNet takes these for line breaks: inside quotes that reads as wrong indentation,
            // and every line number after them would be one too high.
            if (lines[i].IndexOfAny(InvisibleLineBreaks) is var at and >= 0)
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, firstLine + i, at + 1),
                    $"The text here contains an invisible {NameOf(lines[i][at])}, often pasted from Word or a PDF. Delete it or replace it with a space.");
                return false;
            }

            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i][..indentation].Contains('\t', StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, firstLine + i, lines[i].IndexOf('\t', StringComparison.Ordinal) + 1),
                    "This line is indented with a tab. YAML needs spaces for indentation: replace the tab with spaces.");
                return false;
            }
        }

        SourceLocation At(Mark mark) => new(path, (int)mark.Line + firstLine - 1, (int)mark.Column);
        var parser = new Parser(new StringReader(yaml));
        var nodes = 0;
        var openCollections = new Stack<ParsingEvent>();
        ParsingEvent? last = null;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current;
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        diagnostics.Error(DiagnosticCodes.YamlAlias, At(alias.Start),
                            $"YAML aliases (*{alias.Value}) are not supported here; write the value out.");
                        return false;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        diagnostics.Error(DiagnosticCodes.YamlAlias, At(node.Start),
                            $"YAML anchors (&{node.Anchor}) are not supported here; write the value out.");
                        return false;
                    case NodeEvent when ++nodes > MaxNodes:
                        diagnostics.Error(DiagnosticCodes.TooLarge, new SourceLocation(path, firstLine, 1),
                            $"This YAML block has more than {MaxNodes} values; that is not front matter.");
                        return false;
                    case MappingStart or SequenceStart when openCollections.Count >= MaxDepth:
                        diagnostics.Error(DiagnosticCodes.NestedTooDeep, At(parser.Current.Start),
                            $"The values here are nested more than {MaxDepth} levels deep (lists or groups inside each other). No page or .yml file of the site needs that: check the brackets [ ] and {{ }} or write the value more simply.");
                        return false;
                    case MappingStart or SequenceStart:
                        openCollections.Push(parser.Current);
                        break;
                    case MappingEnd or SequenceEnd:
                        openCollections.TryPop(out _);
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            ReportSyntaxError(ex, last, yaml, At, diagnostics);
            return false;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's scanner and node builder throw this for text they cannot represent: a
            // \uD800 escape (half a character), a key with nothing before its colon at an odd indent.
            ReportUnreadable(yaml, last?.End ?? last?.Start, At, diagnostics);
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way (instead of with a YamlException) when the text ends inside an
            // open [list] or {group}: point at the bracket that is not closed.
            if (openCollections.FirstOrDefault(c => c is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow }) is { } open)
            {
                var (opening, closing, what) = open is SequenceStart ? ('[', ']', "list") : ('{', '}', "group");
                diagnostics.Error(DiagnosticCodes.YamlSyntax, At(open.Start),
                    $"The {what} that starts here with {opening} is not closed: add the {closing} at its end. If the {opening} belongs to the text, put the whole text in quotes.");
                return false;
            }

            // Otherwise the full parse that follows reports it.
        }

        return true;
    }

    /// <summary>
    /// YAML that YamlDotNet cannot turn into values: at a <c>\uD800</c>-style escape if there is one
    /// (a surrogate is half of a character), else after the last value it read.
    /// </summary>
    private static void ReportUnreadable(string yaml, Mark? after, Func<Mark, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var surrogate = SurrogateEscape().Match(yaml);
        if (surrogate.Success)
        {
            var (line, column) = new LineMap(yaml).Of(surrogate.Index);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at(new Mark(surrogate.Index, line, column)),
                $"The escape {surrogate.Value} is half of a character and cannot be read. Write the character itself instead of the escape.");
            return;
        }

        diagnostics.Error(DiagnosticCodes.YamlSyntax, at(after ?? new Mark(0, 1, 1)),
            "The YAML cannot be read from here on. Check that every line is 'name: value', indented like the lines around it.");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")]
    private static partial System.Text.RegularExpressions.Regex SurrogateEscape();

    /// <summary>
    /// A syntax error, at the opening quote when a quoted text is not closed (YamlDotNet reads on
    /// over the following lines and fails where the text finally ends), else where YamlDotNet failed.
    /// </summary>
    private static void ReportSyntaxError(YamlException ex, ParsingEvent? last, string yaml, Func<Mark, SourceLocation> at, DiagnosticBag diagnostics)
    {
        // A text in quotes that took in lines looking like "key: value" was not meant to go on.
        if (last is Scalar { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } quoted && quoted.End.Line > quoted.Start.Line
            && yaml[(int)quoted.Start.Index..(int)Math.Min(quoted.End.Index, yaml.Length)].Split('\n').Skip(1).Any(SwallowedKey().IsMatch))
        {
            var endLine = at(ex.Start).Line;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at(quoted.Start),
                $"The text in quotes that starts here is not closed on its line, so everything up to line {endLine} was read as part of it. Add the closing {QuoteAt(yaml, quoted.Start)} at the end of the text.");
            return;
        }

        // "While scanning a quoted scalar, found unexpected end of stream" or "… a multi-line
        // double-quoted scalar, found wrong indentation", at the opening quote.
        if (ex.Message.Contains("quoted scalar", StringComparison.Ordinal)
            && (ex.Message.Contains("end of stream", StringComparison.Ordinal) || ex.Message.Contains("wrong indentation", StringComparison.Ordinal))
            && QuoteAt(yaml, ex.Start) is { } quote)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at(ex.Start),
                $"The text in quotes that starts here is not closed on its line: add the closing {quote} at the end of the text. (A quoted text that goes on over several lines needs the lines after the first indented.)");
            return;
        }

        var message = ex.InnerException is { } inner && !string.IsNullOrEmpty(inner.Message) ? inner.Message : ex.Message;
        diagnostics.Error(DiagnosticCodes.YamlSyntax, at(ex.Start),
            $"The YAML is not valid here: {Plain(message)}. Check indentation, colons and quotes.");
    }

    /// <summary>The quote character at <paramref name="mark"/>, or null when there is none.</summary>
    private static char? QuoteAt(string yaml, Mark mark) =>
        mark.Index >= 0 && mark.Index < yaml.Length && yaml[(int)mark.Index] is '"' or '\'' ? yaml[(int)mark.Index] : null;

    // Unicode line and paragraph separators and "next line" (NEL): YAML 1.1 line breaks, invisible in an editor.
    private static readonly char[] InvisibleLineBreaks = ['\u2028', '\u2029', '\u0085'];

    [GeneratedRegex(@"^\s*[^\s:#'""]+:(\s|$)")]
    private static partial Regex SwallowedKey();

    private static string NameOf(char separator) => separator switch
    {
        '\u2028' => "line-separator character (U+2028)",
        '\u2029' => "paragraph-separator character (U+2029)",
        _ => "line-break character (U+0085, \"next line\")",
    };

    // YamlDotNet messages start with "(Line: 3, Col: 7, ...)": the location is printed separately.
    private static string Plain(string message)
    {
        var text = message;
        if (text.StartsWith('(') && text.IndexOf("): ", StringComparison.Ordinal) is var end and > 0)
        {
            text = text[(end + 3)..];
        }

        return text.TrimEnd('.');
    }
}
