using System.Globalization;
using System.Resources;

namespace Landau.Site.Diagnostics;

/// <summary>
/// The words of every message, in one language: the .NET resource files <c>Messages.resx</c>
/// (English, the neutral language) and <c>Messages.&lt;culture&gt;.resx</c> (German, and any language
/// added as a file). Editors read German, the default; translators and developers ask for English
/// with <c>--messages en</c> or <see cref="EnvironmentVariable"/>.
/// </summary>
public sealed class MessageCatalogue
{
    /// <summary>The environment variable that chooses the language of messages when <c>--messages</c> is not given.</summary>
    public const string EnvironmentVariable = "LANDAU_SITE_MESSAGES";

    private static readonly ResourceManager Resources = new("Landau.Site.Diagnostics.Messages", typeof(MessageCatalogue).Assembly);

    private MessageCatalogue(CultureInfo culture) => Culture = culture;

    /// <summary>The language of the words, also used for numbers in them.</summary>
    public CultureInfo Culture { get; }

    /// <summary>German, for the city's editors: the default.</summary>
    public static MessageCatalogue German { get; } = new(CultureInfo.GetCultureInfo("de"));

    /// <summary>English, the catalogue's neutral language.</summary>
    public static MessageCatalogue English { get; } = new(CultureInfo.GetCultureInfo("en"));

    /// <summary>The words for <paramref name="key"/>; a key missing from the catalogue is a bug in the generator.</summary>
    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new KeyNotFoundException($"The message catalogue has no entry '{key}'.");

    /// <summary>Whether this language (or the neutral language it falls back to) has <paramref name="key"/>.</summary>
    public bool Contains(string key) => Resources.GetString(key, Culture) is not null;

    /// <summary>
    /// The codes of every language with a message file, e.g. <c>de, en</c>: English (the neutral file)
    /// and each culture whose <c>Messages.&lt;code&gt;.resx</c> was built into a satellite assembly.
    /// Looked for on demand only (it asks for every neutral culture), to list them in an error.
    /// </summary>
    public static IReadOnlyList<string> Available =>
    [
        .. CultureInfo.GetCultures(CultureTypes.NeutralCultures)
            .Where(c => c.Name.Length > 0 && c.Name != "en" && HasOwnFile(c))
            .Select(c => c.Name)
            .Append("en")
            .Order(StringComparer.Ordinal),
    ];

    private static bool HasOwnFile(CultureInfo culture)
    {
        try
        {
            return Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is not null;
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or MissingManifestResourceException)
        {
            return false;
        }
    }

    /// <summary>Whether the catalogue (in its neutral language) has <paramref name="key"/>.</summary>
    public static bool Has(string key) => Resources.GetString(key, CultureInfo.InvariantCulture) is not null;

    /// <summary>
    /// The catalogue for a language code (<c>de</c>, <c>en</c>, or any language with its own
    /// <c>Messages.&lt;code&gt;.resx</c>); null for a language without a message file. Without a code,
    /// the environment variable decides, and German when it is unset.
    /// </summary>
    public static MessageCatalogue? For(string? code)
    {
        code = (code ?? Environment.GetEnvironmentVariable(EnvironmentVariable))?.Trim().ToLowerInvariant();
        switch (code)
        {
            case null or "" or "de":
                return German;
            case "en":
                return English;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            return Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is null ? null : new MessageCatalogue(culture);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Every key of the catalogue in <paramref name="culture"/>'s own file (not its fallback).</summary>
    public static IReadOnlyDictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No message file for '{culture.Name}'.");
        return set.Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }
}
