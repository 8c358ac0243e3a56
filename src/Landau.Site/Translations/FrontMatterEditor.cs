using System.Text.RegularExpressions;

namespace Landau.Site.Translations;

/// <summary>
/// Changes one top-level field in a Markdown file's front matter and leaves every other byte as
/// the translator wrote it: comments, order, quoting and the body stay untouched.
/// </summary>
public static partial class FrontMatterEditor
{
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*:")]
    private static partial Regex TopLevelKey();

    /// <summary>The text with <paramref name="key"/> set to <paramref name="value"/> (a plain scalar), added before the closing line if absent.</summary>
    public static string Set(string text, string key, string value)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.Count > 0 && lines[0].TrimStart('\uFEFF') == "---" ? 0 : -1;
        var end = start < 0 ? -1 : lines.FindIndex(1, l => l is "---" or "...");
        if (end < 0)
        {
            throw new InvalidOperationException("The file has no front matter between two '---' lines.");
        }

        var line = $"{key}: {value}";
        for (var i = 1; i < end; i++)
        {
            if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
            {
                lines[i] = line;
                // A multi-line value of the old field would follow indented: remove it.
                while (i + 1 < end && lines[i + 1].Length > 0 && !TopLevelKey().IsMatch(lines[i + 1]) && !lines[i + 1].StartsWith('#'))
                {
                    lines.RemoveAt(i + 1);
                    end--;
                }

                return string.Join(newline, lines);
            }
        }

        lines.Insert(end, line);
        return string.Join(newline, lines);
    }
}
