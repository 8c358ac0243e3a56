namespace Landau.Site.Readability;

/// <summary>
/// How hard a page's text is to read: LIX (Björnsson's Läsbarhetsindex: words per sentence plus the
/// percentage of words longer than six letters; for German text, under 40 is easy, over 60 very hard)
/// and the mean sentence length, with the longest sentences to rewrite first.
/// </summary>
/// <param name="Lix">The LIX value, rounded to whole numbers.</param>
/// <param name="WordsPerSentence">Mean words per sentence, one decimal.</param>
/// <param name="Sentences">How many sentences the page has.</param>
/// <param name="Longest">The longest sentences, longest first (at most three).</param>
public sealed record ReadabilityScore(int Lix, double WordsPerSentence, int Sentences, IReadOnlyList<Sentence> Longest)
{
    /// <summary>A word is long if it has more than six letters; a word split with Mediopunkt counts by its longest part.</summary>
    public static bool IsLong(string word) =>
        word.Split('·').Max(part => part.Count(char.IsLetter)) > 6;

    /// <summary>The score of these sentences; null when there is no sentence.</summary>
    public static ReadabilityScore? Of(IReadOnlyList<Sentence> sentences)
    {
        var words = sentences.Sum(s => s.Words.Count);
        if (sentences.Count == 0 || words == 0)
        {
            return null;
        }

        var longWords = sentences.Sum(s => s.Words.Count(w => IsLong(w.Text)));
        var perSentence = (double)words / sentences.Count;
        var lix = perSentence + 100.0 * longWords / words;
        var longest = sentences.OrderByDescending(s => s.Words.Count).ThenBy(s => s.Location.Line).Take(3).ToList();
        return new ReadabilityScore((int)Math.Round(lix, MidpointRounding.AwayFromZero), Math.Round(perSentence, 1), sentences.Count, longest);
    }
}
