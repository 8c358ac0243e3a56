using System.Text.RegularExpressions;
using Landau.Site.Diagnostics;

namespace Landau.Site.Readability;

/// <summary>
/// Heuristic checks of the rules of Leichte Sprache (Netzwerk Leichte Sprache) on a page's
/// sentences, as warnings at the word they concern. They are deliberately narrow, so that they
/// rarely warn on good text; docs/leichte-sprache.md lists what each one looks for and misses.
/// </summary>
public static partial class LeichteSpracheRules
{
    /// <summary>The most words a sentence in Leichte Sprache may have.</summary>
    public const int MaxWords = 15;

    private const char Mediopunkt = '·';

    /// <summary>Conjunctions that always open a subordinate clause.</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "weil", "dass", "obwohl", "obgleich", "sodass", "nachdem", "bevor", "falls", "ob", "sofern", "indem", "wohingegen",
    };

    /// <summary>Words that open a subordinate clause when they follow a comma (elsewhere they are adverbs or prepositions).</summary>
    private static readonly HashSet<string> SubordinatorsAfterComma = new(StringComparer.OrdinalIgnoreCase)
    {
        "damit", "wenn", "während", "als", "seitdem", "solange", "sobald", "wobei", "weshalb", "warum",
    };

    private static readonly HashSet<string> WerdenForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "werde", "wirst", "wird", "werden", "werdet", "wurde", "wurdest", "wurden", "wurdet", "worden",
    };

    /// <summary>Separable prefixes before the "ge" of a past participle (angemeldet, ausgefüllt, mitgebracht).</summary>
    private static readonly string[] SeparablePrefixes =
    [
        "zusammen", "vorbei", "zurück", "weiter", "statt", "fest", "teil", "nach", "auf", "aus", "ein", "mit", "vor", "weg", "dar", "her", "hin", "los", "ab", "an", "zu", "um", "bei",
    ];

    /// <summary>Lower-case words that start like a participle but are not one (infinitives, adverbs, adjectives).</summary>
    private static readonly HashSet<string> NotParticiples = new(StringComparer.Ordinal)
    {
        "gegen", "genau", "gern", "gerne", "genug", "gemeinsam", "gestern", "gesund", "gesunden", "gerecht", "gerade", "geheim", "gesamt", "gewiss",
        "gehen", "geben", "gelten", "gehören", "gewinnen", "genießen", "gestalten", "gewöhnen", "gefallen", "geschehen", "gebrauchen", "gelingen", "genehmigen",
        "angeben", "abgeben", "ausgeben", "eingeben", "zugeben", "weitergeben", "angehen", "ausgehen", "eingehen", "mitgehen", "zugehen", "weitergehen", "angehören",
    };

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal)
    {
        "Ihres", "ihres", "seines", "meines", "deines", "unseres", "eures", "keines",
    };

    [GeneratedRegex(@"\d+\s*/\s*\d+|§")]
    private static partial Regex ReferenceNumber();

    /// <summary>Reports every rule a sentence of the page breaks.</summary>
    public static void Check(IReadOnlyList<Sentence> sentences, DiagnosticBag diagnostics)
    {
        var splitForms = sentences.SelectMany(s => s.Words)
            .Where(w => w.Text.Contains(Mediopunkt))
            .Select(w => w.Text)
            .GroupBy(w => Letters(w.Replace(Mediopunkt.ToString(), "")), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var sentence in sentences)
        {
            if (sentence.Words.Count > MaxWords)
            {
                diagnostics.Warning(DiagnosticCodes.LeichteSpracheLongSentence, sentence.Location,
                    new Text("LS3020.LongSentence", sentence.Words.Count, MaxWords, Excerpt(sentence.Text)));
            }

            CheckWords(sentence, splitForms, diagnostics);
            CheckClauses(sentence, diagnostics);
        }
    }

    private static void CheckWords(Sentence sentence, Dictionary<string, string> splitForms, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            var word = sentence.Words[i];
            var text = word.Text;
            if (text.Contains(Mediopunkt) && text.IndexOfAny(['-', '‐', '‑']) >= 0)
            {
                diagnostics.Warning(DiagnosticCodes.LeichteSpracheMixedSplit, word.Location,
                    new Text("LS3021.MixedSplit", text));
            }

            if (!text.Contains(Mediopunkt) && text.Length >= 6 && SplitFormOf(Letters(text), splitForms) is { } split)
            {
                diagnostics.Warning(DiagnosticCodes.LeichteSpracheUnevenSplit, word.Location,
                    new Text("LS3022.UnevenSplit", text, split));
            }

            if (ReferenceNumber().Match(text) is { Success: true } number)
            {
                diagnostics.Warning(DiagnosticCodes.LeichteSpracheReferenceNumber, word.Location,
                    new Text("LS3023.ReferenceNumber", number.Value));
            }

            if (text is "des" or "eines" or "Des" or "Eines"
                || Possessives.Contains(text) && i + 1 < sentence.Words.Count && char.IsUpper(sentence.Words[i + 1].Text[0]))
            {
                diagnostics.Warning(DiagnosticCodes.LeichteSpracheGenitive, word.Location,
                    new Text("LS3026.Genitive", text));
            }
        }
    }

    private static void CheckClauses(Sentence sentence, DiagnosticBag diagnostics)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var text = words[i].Text;
            var afterComma = i > 0 && words[i - 1].TrailingComma;
            if (Subordinators.Contains(text) || afterComma && SubordinatorsAfterComma.Contains(text))
            {
                diagnostics.Warning(DiagnosticCodes.LeichteSpracheSubordinateClause, words[i].Location,
                    new Text("LS3024.SubordinateClause", text));
                break;
            }
        }

        if (words.FirstOrDefault(w => WerdenForms.Contains(w.Text)) is { } werden
            && words.Select((w, i) => (w, i)).FirstOrDefault(p => IsParticiple(p.w.Text, p.i == 0)) is { w: { } participle })
        {
            diagnostics.Warning(DiagnosticCodes.LeichteSprachePassive, werden.Location,
                new Text("LS3025.Passive", werden.Text, participle.Text));
        }
    }

    /// <summary>A lower-case word formed like a past participle: ge…t / ge…en, a separable prefix before ge (angemeldet), or …iert.</summary>
    public static bool IsParticiple(string word, bool sentenceStart)
    {
        if (word.Length < 5 || (!sentenceStart && !char.IsLower(word[0])))
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        if (NotParticiples.Contains(lower) || !(lower.EndsWith('t') || lower.EndsWith("en", StringComparison.Ordinal)))
        {
            return false;
        }

        if (lower.EndsWith("iert", StringComparison.Ordinal))
        {
            return true;
        }

        if (lower.StartsWith("ge", StringComparison.Ordinal) && lower.Length - 2 >= 3)
        {
            return true;
        }

        return SeparablePrefixes.Any(prefix => lower.StartsWith(prefix + "ge", StringComparison.Ordinal)
            && lower.Length - prefix.Length - 2 >= 3
            && lower[(prefix.Length + 2)..] is not ("ben" or "hen" or "hören"));
    }

    private static string? SplitFormOf(string letters, Dictionary<string, string> splitForms)
    {
        if (splitForms.TryGetValue(letters, out var exact))
        {
            return exact;
        }

        // Inflected forms: Bürgerbüros next to Bürger·büro, Sprachkurs next to Sprach·kurse.
        foreach (var (joined, split) in splitForms)
        {
            var shorter = Math.Min(joined.Length, letters.Length);
            if (shorter >= 6 && Math.Abs(joined.Length - letters.Length) <= 2
                && string.CompareOrdinal(joined, 0, letters, 0, shorter) == 0)
            {
                return split;
            }
        }

        return null;
    }

    private static string Letters(string word) => new string(word.Where(char.IsLetter).ToArray()).ToLowerInvariant();

    private static string Excerpt(string text) => text.Length <= 90 ? text : text[..87] + "…";
}
