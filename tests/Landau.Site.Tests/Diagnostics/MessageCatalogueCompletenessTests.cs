using System.Globalization;
using System.Text.RegularExpressions;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Diagnostics;

/// <summary>
/// The two message files agree: the same keys, the same placeholders, no empty words, German that
/// is really German; every key the source uses is there, and every entry is used.
/// </summary>
public sealed partial class MessageCatalogueCompletenessTests
{
    private static readonly IReadOnlyDictionary<string, string> English = MessageCatalogue.Entries(CultureInfo.InvariantCulture);
    private static readonly IReadOnlyDictionary<string, string> German = MessageCatalogue.Entries(MessageCatalogue.German.Culture);

    /// <summary>Every C# file under <c>src/</c>, read once.</summary>
    private static readonly string[] Sources = [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText)];

    [Fact]
    public void Both_files_have_the_same_keys()
    {
        Assert.NotEmpty(English);
        Assert.Empty(English.Keys.Except(German.Keys).Select(key => $"{key} is in Messages.resx but not in Messages.de.resx"));
        Assert.Empty(German.Keys.Except(English.Keys).Select(key => $"{key} is in Messages.de.resx but not in Messages.resx"));
    }

    [Fact]
    public void Both_words_of_a_key_have_the_same_placeholders()
    {
        // German may leave out a value that helps only developers (the YAML reader's own English
        // words) when the English entry's comment says "{0} is shown only in English", and may name
        // a value the English words leave out when the comment describes it ("{1}: the line").
        var different = English.Keys.Intersect(German.Keys)
            .Where(key => Placeholders(German[key]).Except(Placeholders(English[key])).Any(p => !Described(key, p))
                || Placeholders(English[key]).Except(Placeholders(German[key])).Any(p => !OnlyInEnglish(key, p)))
            .Select(key => $"{key}: English has {string.Join(" ", Placeholders(English[key]))}, German {string.Join(" ", Placeholders(German[key]))}");
        Assert.Empty(different);
    }

    /// <summary>The comments of Messages.resx, by key.</summary>
    private static readonly IReadOnlyDictionary<string, string> Comments = System.Xml.Linq.XDocument
        .Load(Path.Combine(RepoPaths.Root, "src", "Landau.Site", "Diagnostics", "Messages.resx")).Root!.Elements("data")
        .Where(d => d.Element("comment") is not null)
        .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("comment")!.Value);

    private static bool Described(string key, string placeholder) =>
        Comments.TryGetValue(key, out var comment) && comment.Contains("{" + placeholder + "}:", StringComparison.Ordinal);

    private static bool OnlyInEnglish(string key, string placeholder) =>
        Comments.TryGetValue(key, out var comment) && comment.Contains("{" + placeholder + "} is shown only in English", StringComparison.Ordinal);

    [Fact]
    public void No_entry_is_empty_but_None()
    {
        Assert.Empty(English.Concat(German).Where(e => e.Key != "None" && string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).Distinct());
        Assert.Equal("", English["None"]);
    }

    [Fact]
    public void German_words_are_not_the_English_ones()
    {
        // Allowed only for entries without words, such as "{0}" or ", {0}".
        var untranslated = English.Where(e => German.TryGetValue(e.Key, out var german) && german == e.Value && Word().IsMatch(e.Value)).Select(e => $"{e.Key}: '{e.Value}'");
        Assert.Empty(untranslated);
    }

    [Fact]
    public void Every_key_the_source_uses_is_in_the_catalogue()
    {
        var used = Sources.SelectMany(source => UsedKey().Matches(source).Select(m => m.Groups["key"].Value)).Distinct().ToList();
        Assert.NotEmpty(used);
        Assert.Empty(used.Where(key => !English.ContainsKey(key)).Select(key => $"The source uses '{key}', which Messages.resx does not have."));

        var plurals = Sources.SelectMany(source => PluralKey().Matches(source).Select(m => m.Groups["key"].Value)).Distinct();
        Assert.Empty(plurals.Where(key => !English.ContainsKey(key + ".Other")).Select(key => $"The source counts with '{key}', but the catalogue has no {key}.Other."));
    }

    [Fact]
    public void Every_entry_is_used()
    {
        var literals = Sources.SelectMany(source => Literal().Matches(source).Select(m => m.Groups["text"].Value)).ToHashSet(StringComparer.Ordinal);
        var plurals = Sources.SelectMany(source => PluralKey().Matches(source).Select(m => m.Groups["key"].Value)).ToHashSet(StringComparer.Ordinal);
        bool Used(string key)
        {
            if (literals.Contains(key))
            {
                return true;
            }

            // Keys built at run time: a code's explanation, a counted phrase's forms, a family such as "Preview.Overlay." + name.
            var dot = key.LastIndexOf('.');
            var prefix = dot < 0 ? "" : key[..dot];
            var last = key[(dot + 1)..];
            return (DiagnosticHelp.Codes.Contains(prefix) && last is "Title" or "Hint" or "Kind")
                || (plurals.Contains(prefix) && last is "Zero" or "One" or "Two" or "Few" or "Many" or "Other")
                || literals.Contains(prefix + ".");
        }

        Assert.Empty(English.Keys.Where(key => !Used(key)).Select(key => $"'{key}' is in the catalogue but no source uses it: remove it, or use it."));
    }

    private static SortedSet<string> Placeholders(string text) =>
        new(Placeholder().Matches(text).Select(m => m.Groups["index"].Value), StringComparer.Ordinal);

    [GeneratedRegex(@"\{(?<index>\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    /// <summary><c>new Text("KEY"</c> and the command line's <c>T("KEY"</c>.</summary>
    [GeneratedRegex(@"(?:\bnew Text|(?<![\w.])T)\(\s*""(?<key>[A-Za-z][\w]*(?:\.[\w]+)*)""")]
    private static partial Regex UsedKey();

    /// <summary><c>Plural(catalogue, "KEY"</c>: the entries <c>KEY.One</c>, <c>KEY.Other</c> ….</summary>
    [GeneratedRegex(@"\bPlural\([^,""()]*,\s*""(?<key>[\w.]+)""")]
    private static partial Regex PluralKey();

    [GeneratedRegex(@"""(?<text>[A-Za-z][\w.]*)""")]
    private static partial Regex Literal();
}
