using Landau.Site.Diagnostics;

namespace Landau.Site.Readability;

/// <summary>One sentence of a page as a reader sees it (link texts included, Markdown and HTML tags left out), with where it starts.</summary>
/// <param name="Text">The sentence's text, whitespace collapsed.</param>
/// <param name="Words">Its words, each with the place it starts in the file.</param>
/// <param name="Location">Where the sentence starts in the file.</param>
public sealed record Sentence(string Text, IReadOnlyList<Word> Words, SourceLocation Location);

/// <summary>A word of a sentence as written (punctuation around it removed), where it starts, and whether a comma follows it.</summary>
public sealed record Word(string Text, SourceLocation Location, bool TrailingComma = false);
