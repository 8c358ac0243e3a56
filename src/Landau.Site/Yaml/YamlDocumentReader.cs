using Landau.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Landau.Site.Yaml;

/// <summary>
/// Parses YAML text into a node tree that keeps line and column of every key, so diagnostics can
/// point at the offending key. Syntax errors become diagnostics, never exceptions.
/// </summary>
public static class YamlDocumentReader
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
            var line = (int)ex.Start.Line + firstLine - 1;
            var message = ex.InnerException is { } inner && !string.IsNullOrEmpty(inner.Message) ? inner.Message : ex.Message;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, line, (int)ex.Start.Column),
                $"The YAML is not valid here: {Plain(message)}. Check indentation, colons and quotes.");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way (instead of with a YamlException) when the text ends inside
            // an open [list], {group} or quoted text; point at the last line of the block.
            var lastLine = firstLine + Math.Max(0, yaml.TrimEnd('\n', '\r').Split('\n').Length - 1);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, lastLine, 1),
                "The YAML ends while a list [ ], a group { } or a quoted text is still open. Check the brackets and quotes above.");
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

    /// <summary>
    /// Refuses what could make reading slow or ambiguous: huge documents, anchors and aliases
    /// (the "billion laughs" expansion), and tabs in indentation (which YAML forbids, with a
    /// message editors do not understand).
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
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i][..indentation].Contains('\t', StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, firstLine + i, lines[i].IndexOf('\t', StringComparison.Ordinal) + 1),
                    "This line is indented with a tab. YAML needs spaces for indentation: replace the tab with spaces.");
                return false;
            }
        }

        var parser = new Parser(new StringReader(yaml));
        var nodes = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        diagnostics.Error(DiagnosticCodes.YamlAlias, new SourceLocation(path, (int)alias.Start.Line + firstLine - 1, (int)alias.Start.Column),
                            $"YAML aliases (*{alias.Value}) are not supported here; write the value out.");
                        return false;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        diagnostics.Error(DiagnosticCodes.YamlAlias, new SourceLocation(path, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column),
                            $"YAML anchors (&{node.Anchor}) are not supported here; write the value out.");
                        return false;
                    case NodeEvent when ++nodes > MaxNodes:
                        diagnostics.Error(DiagnosticCodes.TooLarge, new SourceLocation(path, firstLine, 1),
                            $"This YAML block has more than {MaxNodes} values; that is not front matter.");
                        return false;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Syntax errors are reported with their position by the full parse that follows.
        }

        return true;
    }

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
