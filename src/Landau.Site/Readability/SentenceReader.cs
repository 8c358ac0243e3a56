using System.Text;
using Landau.Site.Diagnostics;
using Landau.Site.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Landau.Site.Readability;

/// <summary>
/// Splits a page into sentences with their positions: the front-matter texts given, then every
/// heading, paragraph, list item and table cell of the body. A sentence ends at . ! ? followed by a
/// space (not after a number, an abbreviation such as "z. B." or a single letter), at a hard line
/// break, and at the end of a block; code blocks are not text.
/// </summary>
public static class SentenceReader
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "z", "b", "d", "h", "u", "a", "bzw", "ca", "nr", "dr", "fr", "hr", "str", "usw", "vgl", "tel", "inkl", "evtl", "ggf", "etc", "jh", "s", "st", "max", "min", "mind", "bzgl", "abs", "art",
    };

    /// <summary>A piece of front matter to read as text (title, description, …) and where its value starts.</summary>
    public sealed record FieldText(string Text, SourceLocation Location);

    public static IReadOnlyList<Sentence> Read(MarkdownDocument body, string path, BodyPositions positions, IEnumerable<FieldText> fields)
    {
        var sentences = new List<Sentence>();
        foreach (var field in fields)
        {
            var text = new PositionedText();
            text.Append(field.Text, field.Location.Line, field.Location.Column - 1, path);
            Split(text, sentences);
        }

        foreach (var leaf in body.Descendants<LeafBlock>())
        {
            if (leaf is CodeBlock || leaf.Inline is null)
            {
                continue;
            }

            var text = new PositionedText();
            Collect(leaf.Inline, text, path, positions);
            Split(text, sentences);
        }

        return sentences;
    }

    private static void Append(PositionedText text, string value, SourceLocation at, string path) =>
        text.Append(value, at.Line, at.Column - 1, path);

    private static void Collect(ContainerInline container, PositionedText text, string path, BodyPositions positions)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Append(text, literal.Content.ToString(), positions.Of(literal), path);
                    break;
                case CodeInline code:
                    Append(text, code.Content, positions.Of(code, code.DelimiterCount), path);
                    break;
                case HtmlEntityInline entity:
                    Append(text, entity.Transcoded.ToString(), positions.Of(entity), path);
                    break;
                case AutolinkInline autolink:
                    Append(text, autolink.Url, positions.Of(autolink, 1), path);
                    break;
                case LineBreakInline { IsHard: true }:
                    text.Break();
                    break;
                case LineBreakInline:
                    Append(text, " ", positions.Of(inline), path);
                    break;
                case ContainerInline child:
                    Collect(child, text, path, positions);
                    break;
            }
        }
    }

    private static void Split(PositionedText text, List<Sentence> sentences)
    {
        var words = new List<Word>();
        var tokens = new List<string>();
        foreach (var (token, location, endsSentence) in text.Tokens())
        {
            tokens.Add(token);
            var word = Trim(token);
            if (word.Any(char.IsLetterOrDigit) || word.Contains('§'))
            {
                words.Add(new Word(word, location, token.TrimEnd('"', '\'', '“', '”', ')').EndsWith(',')));
            }

            if (endsSentence || EndsSentence(token, word))
            {
                Flush(words, tokens, sentences);
            }
        }

        Flush(words, tokens, sentences);
    }

    private static bool EndsSentence(string token, string word)
    {
        var last = token.TrimEnd('"', '\'', '“', '”', '»', '«', ')', '‘', '’');
        if (last.EndsWith('!') || last.EndsWith('?'))
        {
            return true;
        }

        return last.EndsWith('.') && word.Length > 1 && !word.All(char.IsDigit) && !Abbreviations.Contains(word.TrimEnd('.'));
    }

    private static void Flush(List<Word> words, List<string> tokens, List<Sentence> sentences)
    {
        if (words.Count > 0)
        {
            sentences.Add(new Sentence(string.Join(' ', tokens), [.. words], words[0].Location));
            words.Clear();
        }

        tokens.Clear();
    }

    /// <summary>The word without the punctuation around it (a trailing "." of an abbreviation is dropped too).</summary>
    public static string Trim(string token) =>
        token.Trim(' ', ',', ';', ':', '.', '!', '?', '"', '\'', '(', ')', '[', ']', '„', '“', '”', '‚', '‘', '’', '»', '«', '–', '—', '…', '*', '/');

    /// <summary>Text with the file position of every character, and the hard breaks inside it.</summary>
    private sealed class PositionedText
    {
        private readonly StringBuilder _text = new();
        private readonly List<SourceLocation> _at = [];
        private readonly HashSet<int> _breaks = [];

        public void Append(string value, int line, int column, string path)
        {
            for (var i = 0; i < value.Length; i++)
            {
                _text.Append(value[i] is '\n' or '\r' or '\t' ? ' ' : value[i]);
                // A literal never spans lines in Markdig's inline tree; front-matter values are one line.
                _at.Add(new SourceLocation(path, line, column + i + 1));
            }
        }

        public void Break()
        {
            _breaks.Add(_text.Length);
            _text.Append(' ');
            _at.Add(_at.Count > 0 ? _at[^1] : new SourceLocation(""));
        }

        /// <summary>The whitespace-separated tokens, each with where it starts and whether a hard break follows it.</summary>
        public IEnumerable<(string Token, SourceLocation At, bool EndsSentence)> Tokens()
        {
            var text = _text.ToString();
            var i = 0;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                yield return (text[start..i], _at[start], _breaks.Contains(i));
            }
        }
    }
}
