using System.Globalization;
using System.Text.RegularExpressions;
using Landau.Site.Incremental;

namespace Landau.Site.Localization;

/// <summary>The interface texts of one language (from <c>i18n/&lt;lang&gt;.yml</c>), by dotted key.</summary>
public sealed partial class UiStrings(string language, string lang, CultureInfo culture, IReadOnlyDictionary<string, UiText> texts)
{
    [GeneratedRegex(@"\{([a-z_][a-z0-9_]*)\}")]
    private static partial Regex Parameter();

    /// <summary>The language code (folder, file name).</summary>
    public string Language { get; } = language;

    public IReadOnlyDictionary<string, UiText> Texts { get; } = texts;

    public bool Has(string key) => Texts.ContainsKey(key);

    /// <summary>Changes whenever any text, plural form, language or culture of this set changes.</summary>
    public string Fingerprint { get; } = Landau.Site.Incremental.Fingerprint.Of(
        $"{language}|{lang}|{culture.Name}|" + string.Join('\u0001', texts.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => $"{t.Key}\u0002{t.Value.Text}\u0002{string.Join('\u0003', (t.Value.PluralForms ?? new Dictionary<string, string>()).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"))}")));

    /// <summary>A plain text; false when the key is missing or holds plural forms.</summary>
    public bool TryGet(string key, out string text)
    {
        text = Texts.TryGetValue(key, out var value) && value.Text is { } plain ? plain : "";
        return value?.Text is not null;
    }

    /// <summary>The plural form for <paramref name="count"/> by the language's CLDR rules, with <c>{count}</c> and other parameters filled in.</summary>
    public string Plural(string key, decimal count, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var text = Texts[key];
        var forms = text.PluralForms ?? new Dictionary<string, string> { ["other"] = text.Text! };
        var category = PluralRules.Select(lang, count);
        var form = forms.TryGetValue(category, out var chosen) ? chosen : forms["other"];
        var all = new Dictionary<string, object?>(parameters ?? new Dictionary<string, object?>(), StringComparer.Ordinal) { ["count"] = count };
        return Fill(form, all);
    }

    /// <summary>The plural forms of a text as JSON (<c>{"one":"…","other":"…"}</c>), for the browser's <c>Intl.PluralRules</c>.</summary>
    public string PluralFormsJson(string key)
    {
        var text = Texts[key];
        var forms = text.PluralForms ?? new Dictionary<string, string> { ["other"] = text.Text! };
        return System.Text.Json.JsonSerializer.Serialize(forms.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.Value));
    }

    /// <summary>A plain text with its named parameters (<c>{date}</c>) filled in.</summary>
    public string Format(string key, IReadOnlyDictionary<string, object?> parameters) => Fill(Texts[key].Text!, parameters);

    private string Fill(string text, IReadOnlyDictionary<string, object?> parameters) =>
        Parameter().Replace(text, match => parameters.TryGetValue(match.Groups[1].Value, out var value)
            ? value switch
            {
                decimal or int or long or double => string.Format(culture, "{0:#,0.##}", value),
                IFormattable formattable => formattable.ToString(null, culture),
                _ => value?.ToString() ?? "",
            }
            : match.Value);
}
