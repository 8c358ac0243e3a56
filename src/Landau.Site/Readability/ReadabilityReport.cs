using System.Globalization;

namespace Landau.Site.Readability;

/// <summary>One page's line in the translation dashboard's readability table (a view for the layout: snake_case members).</summary>
public sealed record ReadabilityPageView(
    string Title,
    string Url,
    string LanguageName,
    string Path,
    int Lix,
    string WordsPerSentence,
    int Sentences,
    IReadOnlyList<LongSentenceView> Longest);

/// <summary>One of a page's longest sentences: its word count, text and file position.</summary>
public sealed record LongSentenceView(int Words, string Text, string Location);

/// <summary>A page to score: what the dashboard shows of it, and its score from loading.</summary>
public sealed record ScoredPage(string Title, string Url, string LanguageName, string Path, ReadabilityScore Score);

/// <summary>The readability table of the translation dashboard: hardest pages first.</summary>
public static class ReadabilityReport
{
    public static IReadOnlyList<ReadabilityPageView> Create(IEnumerable<ScoredPage> pages, CultureInfo culture) =>
        pages.OrderByDescending(p => p.Score.Lix)
            .ThenBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => new ReadabilityPageView(
                p.Title, p.Url, p.LanguageName, p.Path, p.Score.Lix,
                p.Score.WordsPerSentence.ToString("0.0", culture), p.Score.Sentences,
                p.Score.Longest.Select(s => new LongSentenceView(s.Words.Count, s.Text, s.Location.ToString())).ToList()))
            .ToList();
}
