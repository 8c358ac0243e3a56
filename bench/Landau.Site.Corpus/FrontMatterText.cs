using System.Globalization;
using System.Text;

namespace Landau.Site.Corpus;

/// <summary>Writes YAML front matter line by line: strings double-quoted, lists in flow style.</summary>
public sealed class FrontMatterText
{
    private readonly StringBuilder _yaml = new();

    public FrontMatterText Text(string key, string? value)
    {
        if (value is not null)
        {
            _yaml.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }

        return this;
    }

    /// <summary>A value written as is (numbers, dates, booleans, plain words).</summary>
    public FrontMatterText Plain(string key, object? value)
    {
        var text = value switch
        {
            null => null,
            bool b => b ? "true" : "false",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        if (text is not null)
        {
            _yaml.Append(key).Append(": ").Append(text).Append('\n');
        }

        return this;
    }

    public FrontMatterText List(string key, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            _yaml.Append(key).Append(": [").Append(string.Join(", ", values)).Append("]\n");
        }

        return this;
    }

    /// <summary>A map of text values (an address); left out when every value is missing.</summary>
    public FrontMatterText Map(string key, params (string Key, string? Value)[] entries)
    {
        if (entries.Any(e => e.Value is not null))
        {
            _yaml.Append(key).Append(":\n");
            foreach (var (name, value) in entries.Where(e => e.Value is not null))
            {
                _yaml.Append("  ").Append(name).Append(": ").Append(Quote(value!)).Append('\n');
            }
        }

        return this;
    }

    /// <summary>The page: front matter between <c>---</c> lines, a blank line, the body.</summary>
    public string WithBody(string body) => $"---\n{_yaml}---\n\n{body}";

    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
