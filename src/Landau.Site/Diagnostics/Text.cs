namespace Landau.Site.Diagnostics;

/// <summary>
/// A message as data: a key of the message catalogue (<see cref="MessageCatalogue"/>) and the values
/// it names. It becomes words only when printed, in the reader's language, so one diagnostic reads
/// German for an editor and English for a developer. An argument may itself be a <see cref="Text"/>
/// (a "Did you mean …?" inside a message) and is then worded in the same language.
/// </summary>
public sealed class Text : IEquatable<Text>
{
    private readonly object[] _args;

    /// <summary>A message of the catalogue, with the values for its placeholders <c>{0}</c>, <c>{1}</c>, ….</summary>
    public Text(string key, params object[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Key = key;
        _args = args;
    }

    /// <summary>The catalogue key, e.g. <c>LS2004.TitleMissing</c>.</summary>
    public string Key { get; }

    /// <summary>The values the message names.</summary>
    public IReadOnlyList<object> Args => _args;

    /// <summary>No text: for an optional part such as a suggestion that found nothing.</summary>
    public static Text None { get; } = new("None");

    /// <summary>The words of this message in <paramref name="catalogue"/>'s language.</summary>
    public string Format(MessageCatalogue catalogue)
    {
        if (ReferenceEquals(this, None))
        {
            return "";
        }

        // Always through string.Format, so a doubled brace reads as one with or without values.
        var pattern = catalogue[Key];
        var values = new object[_args.Length];
        for (var i = 0; i < _args.Length; i++)
        {
            // Numbers stay numbers: string.Format words them in the catalogue's culture, with the
            // pattern's format if it has one ("{0:0.00} s" → "0,42 s" in German).
            values[i] = _args[i] is Text text ? text.Format(catalogue) : _args[i];
        }

        return string.Format(catalogue.Culture, pattern, values);
    }

    /// <summary>The English words, for logs and tests.</summary>
    public override string ToString() => Format(MessageCatalogue.English);

    public bool Equals(Text? other) =>
        other is not null && Key == other.Key && _args.AsSpan().SequenceEqual(other._args);

    public override bool Equals(object? obj) => Equals(obj as Text);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Key, StringComparer.Ordinal);
        foreach (var arg in _args)
        {
            hash.Add(arg);
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// A message that is not yet in the catalogue, shown as given in every language. Only for the
    /// move of the messages into the catalogue; a test lists where it is still used.
    /// </summary>
    public static Text Untranslated(string words) => new("Untranslated", words);
}
