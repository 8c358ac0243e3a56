using Landau.Site.Diagnostics;

namespace Landau.Site.Loading;

/// <summary>A content file split into its YAML front matter and its Markdown body, with the line each starts on.</summary>
public sealed record FrontMatterBlock(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>
    /// Splits <paramref name="file"/> at its <c>---</c> lines. A file must start with <c>---</c> and the
    /// front matter must be closed by <c>---</c> (or <c>...</c>) on a line of its own.
    /// </summary>
    public static FrontMatterBlock? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text.StartsWith('\uFEFF') ? file.Text[1..] : file.Text;
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceLocation(file.Path, 1, 1),
                new Text("LS2003.Empty"));
            return null;
        }

        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceLocation(file.Path, 1, 1),
                new Text("LS2003.Missing"));
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ', '\t');
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatterBlock(yaml, 2, body, i + 2);
            }
        }

        diagnostics.Error(DiagnosticCodes.FrontMatterNotClosed, new SourceLocation(file.Path, 1, 1),
            new Text("LS2002.NotClosed"));
        return null;
    }
}
