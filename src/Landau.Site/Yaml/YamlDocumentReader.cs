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
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, lastLine, 1), new Text("LS2001.EndsOpen", "{ }"));
            return null;
        }

        // An escape in double quotes ("\e", "\0", "\x07") makes a control character the file does not show.
        if (stream.Documents.Count > 0 && stream.Documents[0].AllNodes.OfType<YamlScalarNode>()
                .FirstOrDefault(n => n.Value is { } v && v.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))) is { } control)
        {
            var c = control.Value!.First(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
            diagnostics.Error(DiagnosticCodes.ControlCharacter, new SourceLocation(path, (int)control.Start.Line + firstLine - 1, (int)control.Start.Column),
                new Text("LS2020.FromEscape", $"U+{(int)c:X4}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            if (emptyIsEmptyMap)
            {
                return new YamlFields(new YamlMappingNode(), path, firstLine, diagnostics);
            }

            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, firstLine, 1), new Text("LS2001.Empty"));
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var node = stream.Documents[0].RootNode;
            diagnostics.Error(DiagnosticCodes.YamlSyntax,
                new SourceLocation(path, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column),
                new Text("LS2001.NotAMapping"));
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
                new Text("LS2016.YamlTooLarge", yaml.Length / 1024, MaxChars / 1024));
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
                    new Text("LS2001.InvisibleLineBreak", NameOf(lines[i][at])));
                return false;
            }

            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i][..indentation].Contains('\t', StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, firstLine + i, lines[i].IndexOf('\t', StringComparison.Ordinal) + 1),
                    new Text("LS2001.TabIndentation"));
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
                        diagnostics.Error(DiagnosticCodes.YamlAlias, At(alias.Start), new Text("LS2017.Alias", alias.Value.ToString()));
                        return false;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        diagnostics.Error(DiagnosticCodes.YamlAlias, At(node.Start), new Text("LS2017.Anchor", node.Anchor.ToString()));
                        return false;
                    case NodeEvent when ++nodes > MaxNodes:
                        diagnostics.Error(DiagnosticCodes.TooLarge, new SourceLocation(path, firstLine, 1), new Text("LS2016.YamlTooManyValues", MaxNodes));
                        return false;
                    case MappingStart or SequenceStart when openCollections.Count >= MaxDepth:
                        diagnostics.Error(DiagnosticCodes.NestedTooDeep, At(parser.Current.Start), new Text("LS2023.NestedTooDeep", MaxDepth));
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
            // "While parsing a flow sequence, did not find expected ',' or ']'" lines below the
            // bracket: the list was not closed on its line, and the bracket is what to change.
            if ((ex.Message.Contains("flow sequence", StringComparison.Ordinal) || ex.Message.Contains("flow mapping", StringComparison.Ordinal))
                && openCollections.FirstOrDefault(c => c is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow }) is { } unclosed
                && ex.Start.Line > unclosed.Start.Line)
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, At(unclosed.Start),
                    unclosed is SequenceStart ? new Text("LS2001.ListNotClosed", "[", "]") : new Text("LS2001.GroupNotClosed", "{", "}"));
                return false;
            }

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
                diagnostics.Error(DiagnosticCodes.YamlSyntax, At(open.Start),
                    open is SequenceStart ? new Text("LS2001.ListNotClosed", "[", "]") : new Text("LS2001.GroupNotClosed", "{", "}"));
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
                new Text("LS2001.HalfCharacterEscape", surrogate.Value));
            return;
        }

        diagnostics.Error(DiagnosticCodes.YamlSyntax, at(after ?? new Mark(0, 1, 1)), new Text("LS2001.Unreadable"));
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
                new Text("LS2001.QuoteSwallowedLines", endLine, QuoteAt(yaml, quoted.Start)?.ToString() ?? "\""));
            return;
        }

        // "While scanning a quoted scalar, found unexpected end of stream" or "… a multi-line
        // double-quoted scalar, found wrong indentation", at the opening quote.
        if (ex.Message.Contains("quoted scalar", StringComparison.Ordinal)
            && (ex.Message.Contains("end of stream", StringComparison.Ordinal) || ex.Message.Contains("wrong indentation", StringComparison.Ordinal))
            && QuoteAt(yaml, ex.Start) is { } quote)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at(ex.Start), new Text("LS2001.QuoteNotClosed", quote.ToString()));
            return;
        }

        var message = Plain(ex.InnerException is { } inner && !string.IsNullOrEmpty(inner.Message) ? inner.Message : ex.Message);
        diagnostics.Error(DiagnosticCodes.YamlSyntax, at(ex.Start), Explain(message, at(ex.Start).Line));
    }

    /// <summary>
    /// YamlDotNet's report in words for an editor: the common mistakes behind its messages (texts of
    /// YamlDotNet 18, found in its Scanner and Parser) each have their own explanation; the English
    /// wording keeps YamlDotNet's text in front, the German one names it only when no explanation fits.
    /// </summary>
    internal static Text Explain(string message, int line)
    {
        bool Has(string part) => message.Contains(part, StringComparison.OrdinalIgnoreCase);
        var key = true switch
        {
            _ when Has("tab character that violate") || Has("invalid tab as indentation") => "LS2001.Tab",
            _ when Has("multiline plain scalar, found invalid mapping") => "LS2001.ColonOnNextLine",
            _ when Has("found invalid mapping") || Has("Mapping values are not allowed") => "LS2001.ColonInText",
            _ when Has("Mapping keys are not allowed") => "LS2001.QuestionMark",
            _ when Has("Block sequence entries are not allowed") => "LS2001.DashAfterKey",
            _ when Has("quoted scalar, found unexpected end of stream") || Has("double-quoted scalar, found wrong indentation")
                || Has("quoted scalar, found unexpected document indicator") => "LS2001.QuoteOpen",
            _ when Has("unknown escape character") || Has("expected hexadecimal number") || Has("invalid Unicode character escape") => "LS2001.Escape",
            _ when Has("flow sequence, did not find expected") => "LS2001.ListOpen",
            _ when Has("flow mapping,") && Has("did not find expected") => "LS2001.GroupOpen",
            _ when Has("did not find expected '-' indicator") => "LS2001.DashMissing",
            _ when Has("block mapping, did not find expected key") || Has("Did not find expected <document end>") => "LS2001.Indentation",
            _ when Has("simple key, could not find expected ':'") => "LS2001.KeyWithoutColon",
            _ when Has("character that cannot start any token") => "LS2001.CannotStartValue",
            _ when Has("found unexpected end of stream") || Has("did not find expected node content") => "LS2001.EndsEarly",
            _ when message.StartsWith("Duplicate key ", StringComparison.Ordinal) => "LS2001.DuplicateKey",
            _ => "LS2001.Other",
        };

        return key == "LS2001.DuplicateKey"
            ? new Text(key, message, message["Duplicate key ".Length..].Trim())
            : new Text(key, message, line);
    }

    /// <summary>The quote character at <paramref name="mark"/>, or null when there is none.</summary>
    private static char? QuoteAt(string yaml, Mark mark) =>
        mark.Index >= 0 && mark.Index < yaml.Length && yaml[(int)mark.Index] is '"' or '\'' ? yaml[(int)mark.Index] : null;

    // Unicode line and paragraph separators and "next line" (NEL): YAML 1.1 line breaks, invisible in an editor.
    private static readonly char[] InvisibleLineBreaks = ['\u2028', '\u2029', '\u0085'];

    [GeneratedRegex(@"^\s*[^\s:#'""]+:(\s|$)")]
    private static partial Regex SwallowedKey();

    private static Text NameOf(char separator) => separator switch
    {
        '\u2028' => new Text("LS2001.LineSeparator"),
        '\u2029' => new Text("LS2001.ParagraphSeparator"),
        _ => new Text("LS2001.NextLine"),
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
