using System.Globalization;

namespace Landau.Site.Localization;

/// <summary>The interface texts of one language (from <c>i18n/&lt;lang&gt;.yml</c>), by dotted key.</summary>
public sealed class UiStrings(string language, IReadOnlyDictionary<string, string> texts)
{
    public string Language { get; } = language;

    public IReadOnlyDictionary<string, string> Texts { get; } = texts;

    public bool TryGet(string key, out string text) => Texts.TryGetValue(key, out text!);

    /// <summary>The text for <paramref name="key"/> with <c>{0}</c>, <c>{1}</c> … replaced by <paramref name="args"/>.</summary>
    public string Format(string key, CultureInfo culture, params object?[] args) =>
        args.Length == 0 ? Texts[key] : string.Format(culture, Texts[key], args);
}
