using System.Globalization;
using Landau.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Landau.Site.Yaml;

/// <summary>
/// Typed, position-aware access to the keys of one YAML mapping. Every read reports a wrong type
/// as a diagnostic at the value's line and column and returns null, so loading goes on.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _mapping;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;

    internal YamlFields(YamlMappingNode mapping, string path, int firstLine, DiagnosticBag diagnostics)
    {
        _mapping = mapping;
        Path = path;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    public string Path { get; }

    /// <summary>The keys in the order they appear in the file.</summary>
    public IEnumerable<string> Keys =>
        _mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is not null;

    /// <summary>Whether the key is missing, has no value (<c>key:</c>, <c>~</c>, <c>null</c>) or only spaces; asks without reporting anything.</summary>
    public bool IsEmpty(string key) => Find(key) is not { } entry
        || entry.Value is YamlScalarNode scalar && (IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value));

    /// <summary>The spellings <see cref="Boolean"/> reads as true (YAML's and the German "ja").</summary>
    public static readonly IReadOnlyList<string> TrueWords = ["true", "True", "TRUE", "yes", "ja"];

    /// <summary>The spellings <see cref="Boolean"/> reads as false.</summary>
    public static readonly IReadOnlyList<string> FalseWords = ["false", "False", "FALSE", "no", "nein"];

    /// <summary>Where the mapping starts (its first key), for diagnostics about a missing key.</summary>
    public SourceLocation Location => _mapping.Children.Count > 0
        ? At(_mapping.Children.First().Key)
        : new SourceLocation(Path, _firstLine, 1);

    public SourceLocation KeyLocation(string key) => Find(key) is { } entry ? At(entry.Key) : Location;

    public SourceLocation ValueLocation(string key) => Find(key) is { } entry ? At(entry.Value) : Location;

    public SourceLocation At(YamlNode node) =>
        new(Path, (int)node.Start.Line + _firstLine - 1, (int)node.Start.Column);

    /// <summary>The value of <paramref name="key"/> if it is plain text, else null; never reports anything (for checks that look at what is there).</summary>
    public string? TextIfAny(string key) =>
        Find(key) is { Value: YamlScalarNode scalar } && !IsNull(scalar) ? scalar.Value : null;

    /// <summary>A text value; numbers and dates written without quotes are read as their text.</summary>
    public string? Text(string key)
    {
        if (Find(key) is not { } entry)
        {
            return null;
        }

        if (entry.Value is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value;
        }

        Invalid(entry.Value, new Text("LS2006.MustBeText", key));
        return null;
    }

    public int? Integer(string key)
    {
        if (Find(key) is not { } entry || entry.Value is YamlScalarNode s && IsNull(s))
        {
            return null;
        }

        if (entry.Value is YamlScalarNode scalar &&
            int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Invalid(entry.Value, entry.Value is YamlScalarNode { Value: { Length: > 0 } number }
            ? new Text("LS2006.MustBeWholeNumberNot", key, number)
            : new Text("LS2006.MustBeWholeNumber", key));
        return null;
    }

    public bool? Boolean(string key)
    {
        if (Find(key) is not { } entry || entry.Value is YamlScalarNode s && IsNull(s))
        {
            return null;
        }

        if (entry.Value is YamlScalarNode { Value: { } word })
        {
            if (TrueWords.Contains(word))
            {
                return true;
            }

            if (FalseWords.Contains(word))
            {
                return false;
            }
        }

        // A closed list of words: repeat what was typed, and offer the closest word.
        Invalid(entry.Value, entry.Value is YamlScalarNode { Value: { Length: > 0 } typed }
            ? new Text("LS2006.MustBeTrueOrFalseNot", key, typed, Suggestion.DidYouMean(typed, TrueWords.Concat(FalseWords).Where(w => w == w.ToLowerInvariant())))
            : new Text("LS2006.MustBeTrueOrFalse", key));
        return null;
    }

    public DateOnly? Date(string key)
    {
        if (Find(key) is not { } entry || entry.Value is YamlScalarNode s && IsNull(s))
        {
            return null;
        }

        if (entry.Value is YamlScalarNode scalar &&
            DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // 31.12.2026, 31.12.26 or 1.2.2026, as Germans write dates: repeat it and give the form to write.
        if (entry.Value is YamlScalarNode typed &&
            DateOnly.TryParseExact(typed.Value?.Trim(), ["d.M.yyyy", "d.M.yy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var german))
        {
            _diagnostics.Error(DiagnosticCodes.InvalidFieldValue, At(entry.Value),
                new Text("LS2006.GermanDate", key, typed.Value!, german.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            return null;
        }

        Invalid(entry.Value, entry.Value is YamlScalarNode { Value: { Length: > 0 } written }
            ? new Text("LS2006.MustBeDateNot", key, written)
            : new Text("LS2006.MustBeDate", key));
        return null;
    }

    /// <summary>A list of texts; a single text is read as a list of one.</summary>
    public IReadOnlyList<string>? TextList(string key)
    {
        if (Find(key) is not { } entry || entry.Value is YamlScalarNode s && IsNull(s))
        {
            return null;
        }

        switch (entry.Value)
        {
            case YamlScalarNode scalar:
                return [scalar.Value ?? ""];
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                return sequence.Children.Cast<YamlScalarNode>().Select(c => c.Value ?? "").ToList();
            default:
                Invalid(entry.Value, new Text("LS2006.MustBeTextList", key));
                return null;
        }
    }

    /// <summary>The location of the n-th item of a list value, for diagnostics about one item.</summary>
    public SourceLocation ItemLocation(string key, int index) =>
        Find(key) is { Value: YamlSequenceNode sequence } && index < sequence.Children.Count
            ? At(sequence.Children[index])
            : ValueLocation(key);

    /// <summary>Whether the key's value is a nested mapping (asks without reporting anything).</summary>
    public bool IsMap(string key) => Find(key) is { Value: YamlMappingNode };

    /// <summary>A nested mapping, read with the same position-aware access.</summary>
    public YamlFields? Map(string key)
    {
        if (Find(key) is not { } entry || entry.Value is YamlScalarNode s && IsNull(s))
        {
            return null;
        }

        if (entry.Value is YamlMappingNode mapping)
        {
            return new YamlFields(mapping, Path, _firstLine, _diagnostics);
        }

        Invalid(entry.Value, new Text("LS2006.MustBeGroup", key));
        return null;
    }

    /// <summary>A free-form value converted to plain strings, lists and dictionaries (for <c>params</c>).</summary>
    public object? Plain(string key) => Find(key) is { } entry ? ToPlain(entry.Value) : null;

    /// <summary>
    /// Reports every key not in <paramref name="known"/> as a warning naming the key, with the closest
    /// known one (or the known ones when none is close). <paramref name="where"/> names the place as
    /// "in site.yml" or "in 'address'": words that read the same in English and German.
    /// </summary>
    public void ReportUnknownKeys(IReadOnlyCollection<string> known, string code, string where)
    {
        var site = code == DiagnosticCodes.ConfigUnknownKey;
        foreach (var (name, location) in KeysNotIn(known))
        {
            _diagnostics.Warning(code, location, Suggestion.Closest(name, known) is not null
                ? new Text(site ? "LS1003.UnknownKey" : "LS2005.UnknownKeyIn", name, where, Suggestion.DidYouMean(name, known))
                : new Text(site ? "LS1003.UnknownKeyKnownFields" : "LS2005.UnknownKeyInKnownFields", name, where, string.Join(", ", known)));
        }
    }

    /// <summary>The keys not in <paramref name="known"/>, each with where it is written.</summary>
    public IReadOnlyList<(string Name, SourceLocation Location)> KeysNotIn(IReadOnlyCollection<string> known) =>
        [.. _mapping.Children
            .Select(entry => ((entry.Key as YamlScalarNode)?.Value ?? "", At(entry.Key)))
            .Where(key => !known.Contains(key.Item1))];

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var entry in _mapping.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } name } && name == key)
            {
                return entry;
            }
        }

        return null;
    }

    private void Invalid(YamlNode value, Text message) =>
        _diagnostics.Error(DiagnosticCodes.InvalidFieldValue, At(value), message);

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";

    private static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode scalar => IsNull(scalar) ? null : scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToPlain).ToList(),
        YamlMappingNode mapping => mapping.Children
            .Where(e => e.Key is YamlScalarNode)
            .ToDictionary(e => ((YamlScalarNode)e.Key).Value ?? "", e => ToPlain(e.Value), StringComparer.Ordinal),
        _ => null,
    };
}
