using Landau.Site.Diagnostics;
using Landau.Site.Readability;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Readability;

public sealed class ReadabilityScoreTests
{
    [Fact]
    public void Lix_is_words_per_sentence_plus_the_share_of_long_words()
    {
        // The title is a sentence too: 3 sentences ("Kurs", "Der Integrationskurs hilft.",
        // "Sie lernen Deutschland kennen."), 8 words, 2 of them long: 8/3 + 100 * 2/8 = 27.7.
        var (page, _) = ContentText.Parse("---\ntitle: Kurs\n---\n\nDer Integrationskurs hilft.\n\nSie lernen Deutschland kennen.\n");
        var score = page!.Readability!;
        Assert.Equal(3, score.Sentences);
        Assert.Equal(28, score.Lix);
        Assert.Equal(2.7, score.WordsPerSentence);
        Assert.Equal("Sie lernen Deutschland kennen.", score.Longest[0].Text);
        Assert.Equal(new Landau.Site.Diagnostics.SourceLocation("content/de/seite.md", 7, 1), score.Longest[0].Location);
    }

    [Theory]
    [InlineData("Bürgerbüro", true)]
    [InlineData("Bürger·büro", false)]
    [InlineData("Aufenthalts·titel", true)]
    [InlineData("Landau", false)]
    public void A_word_split_with_mediopunkt_counts_by_its_longest_part(string word, bool isLong) =>
        Assert.Equal(isLong, ReadabilityScore.IsLong(word));

    [Fact]
    public void Abbreviations_numbers_and_hard_breaks_split_sentences_as_readers_do()
    {
        var (page, _) = ContentText.Parse("---\ntitle: T\n---\n\nBringen Sie z. B. Ihren Pass mit. Am 31. Dezember ist es zu.\\\nDanach nicht.\n");
        var sentences = page!.Readability!.Sentences;
        Assert.Equal(4, sentences);
    }

    [Fact]
    public void The_rules_of_leichte_sprache_are_worded_in_german()
    {
        var (_, diagnostics) = ContentText.Parse("---\ntitle: Kurs\n---\n\nSie kommen, weil der Kurs des Amtes nach § 43 gut ist.\n\nDer Beirat wird gewählt.\n", "de-ls");
        var german = diagnostics.Select(d => d.Text.Format(MessageCatalogue.German)).ToList();
        Assert.Contains("Mit 'weil' beginnt ein Nebensatz. Schreiben Sie in Leichter Sprache zwei Sätze, oder eine Frage und \"Dann …\".", german);
        Assert.Contains("'des' ist ein Genitiv. Schreiben Sie in Leichter Sprache stattdessen 'von' (\"das Amt von der Stadt\").", german);
        Assert.Contains("'wird … gewählt' sieht nach Passiv aus. Sagen Sie in Leichter Sprache, wer etwas tut (\"Die Menschen wählen den Beirat.\").", german);
        Assert.Contains(german, m => m.StartsWith("'§' ist eine Aktennummer oder ein Paragraf.", StringComparison.Ordinal));
    }
}
