using System.Globalization;
using System.Text;

namespace Landau.Site.Diagnostics;

/// <summary>
/// The tables of every diagnostic code, grouped by topic, as Markdown from the message catalogue:
/// docs/redaktion.md holds the German one, the README the English one, each between the markers
/// <see cref="StartMarker"/> and <see cref="EndMarker"/>. A test compares them with the catalogue
/// (and writes them with <c>LANDAU_UPDATE_DOCS=1</c>), so docs and messages never drift apart.
/// </summary>
public static class CodeTable
{
    /// <summary>The line before a generated table (followed by the file it is generated from).</summary>
    public const string StartMarker = "<!-- Codes: generated from ";

    /// <summary>The line after a generated table.</summary>
    public const string EndMarker = "<!-- end of generated codes -->";

    /// <summary>Codes on one topic: a heading, an optional paragraph before the table, the codes in table order.</summary>
    public sealed record Group(Text Heading, Text Intro, IReadOnlyList<string> Codes);

    /// <summary>Every code, each in one group, in the order the guide explains them.</summary>
    public static IReadOnlyList<Group> Groups { get; } =
    [
        new(new Text("CodeTable.Config"), new Text("CodeTable.Config.Intro"),
            [DiagnosticCodes.ConfigMissing, DiagnosticCodes.ConfigInvalid, DiagnosticCodes.ConfigUnknownKey]),
        new(new Text("CodeTable.File"), Text.None,
            [DiagnosticCodes.YamlSyntax, DiagnosticCodes.FrontMatterNotClosed, DiagnosticCodes.FrontMatterMissing, DiagnosticCodes.RequiredFieldMissing,
             DiagnosticCodes.UnknownField, DiagnosticCodes.InvalidFieldValue, DiagnosticCodes.UnknownContentType, DiagnosticCodes.UnreadableFile,
             DiagnosticCodes.NotUtf8, DiagnosticCodes.TooLarge, DiagnosticCodes.YamlAlias, DiagnosticCodes.MarkdownTooComplex,
             DiagnosticCodes.NotRegularFile, DiagnosticCodes.ControlCharacter, DiagnosticCodes.NotAPage, DiagnosticCodes.SymbolicLink,
             DiagnosticCodes.NestedTooDeep, DiagnosticCodes.ContentFolderMissing, DiagnosticCodes.PlaceholderLeft]),
        new(new Text("CodeTable.Paths"), Text.None,
            [DiagnosticCodes.PageOutsideLanguage, DiagnosticCodes.UnknownLanguageFolder, DiagnosticCodes.InvalidPathName]),
        new(new Text("CodeTable.Markdown"), Text.None,
            [DiagnosticCodes.RawHtml, DiagnosticCodes.HeadingLevel, DiagnosticCodes.UnknownContainer, DiagnosticCodes.UnsafeMarkup]),
        new(new Text("CodeTable.Links"), Text.None,
            [DiagnosticCodes.BrokenPageLink, DiagnosticCodes.UnsafeLink, DiagnosticCodes.UnknownReference, DiagnosticCodes.BrokenOutputLink,
             DiagnosticCodes.EmptyLinkText, DiagnosticCodes.VagueLinkText, DiagnosticCodes.LongLinkText]),
        new(new Text("CodeTable.Accessibility"), new Text("CodeTable.Accessibility.Intro"),
            [DiagnosticCodes.PageStructure, DiagnosticCodes.DuplicateId, DiagnosticCodes.MissingAltText, DiagnosticCodes.TableWithoutHeaders,
             DiagnosticCodes.MissingLanguage, DiagnosticCodes.NewWindowLink, DiagnosticCodes.InlineCode]),
        new(new Text("CodeTable.Translations"), Text.None,
            [DiagnosticCodes.TranslationWithoutSource, DiagnosticCodes.DuplicateTranslationKey, DiagnosticCodes.TypeDiffersFromSource]),
        new(new Text("CodeTable.Review"), Text.None, [DiagnosticCodes.ReviewDue]),
        new(new Text("CodeTable.Images"), Text.None,
            [DiagnosticCodes.RemoteImage, DiagnosticCodes.OutputCollision, DiagnosticCodes.FolderWithoutPage, DiagnosticCodes.AddressLink]),
        new(new Text("CodeTable.LeichteSprache"), new Text("CodeTable.LeichteSprache.Intro"),
            [DiagnosticCodes.LeichteSpracheLongSentence, DiagnosticCodes.LeichteSpracheMixedSplit, DiagnosticCodes.LeichteSpracheUnevenSplit,
             DiagnosticCodes.LeichteSpracheReferenceNumber, DiagnosticCodes.LeichteSpracheSubordinateClause, DiagnosticCodes.LeichteSprachePassive,
             DiagnosticCodes.LeichteSpracheGenitive]),
        new(new Text("CodeTable.Layouts"), new Text("CodeTable.Layouts.Intro"),
            [DiagnosticCodes.UiStringMissing, DiagnosticCodes.UiStringsFileMissing, DiagnosticCodes.TemplateSyntax, DiagnosticCodes.TemplateRuntime,
             DiagnosticCodes.LayoutMissing, DiagnosticCodes.UiStringUnused, DiagnosticCodes.PluralFormMissing, DiagnosticCodes.SignLanguageVideoMissing,
             DiagnosticCodes.AssetInvalid]),
        new(new Text("CodeTable.Output"), Text.None,
            [DiagnosticCodes.OutputFailed, DiagnosticCodes.OutputInsideSource, DiagnosticCodes.OutputNotFromGenerator, DiagnosticCodes.InternalError]),
    ];

    /// <summary>
    /// The groups as Markdown in <paramref name="catalogue"/>'s language: per group a level-4 heading
    /// naming its codes, the paragraph if any, and a table of code, kind, title and hint.
    /// </summary>
    public static string Markdown(MessageCatalogue catalogue)
    {
        var markdown = new StringBuilder();
        foreach (var group in Groups)
        {
            markdown.Append("#### ").Append(group.Heading.Format(catalogue)).Append(" (").Append(Ranges(group.Codes)).Append(")\n\n");
            if (!ReferenceEquals(group.Intro, Text.None))
            {
                markdown.Append(group.Intro.Format(catalogue)).Append("\n\n");
            }

            markdown.Append(new Text("CodeTable.Header").Format(catalogue)).Append("\n|---|---|---|---|\n");
            foreach (var code in group.Codes)
            {
                var help = DiagnosticHelp.For(code, catalogue)!;
                markdown.Append(CultureInfo.InvariantCulture, $"| {code} | {Cell(help.Kind)} | {Cell(help.Title)} | {Cell(help.Hint)} |\n");
            }

            markdown.Append('\n');
        }

        return markdown.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>
    /// <paramref name="text"/> with the Markdown between <paramref name="text"/>'s markers replaced by
    /// <paramref name="table"/>; null when the markers are missing.
    /// </summary>
    public static string? Replace(string text, string table)
    {
        var start = text.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return null;
        }

        var afterStart = text.IndexOf('\n', start) + 1;
        return text[..afterStart] + "\n" + table + "\n" + text[end..];
    }

    /// <summary>The Markdown between the markers of <paramref name="text"/>, as <see cref="Replace"/> writes it; null without markers.</summary>
    public static string? Between(string text)
    {
        var start = text.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return null;
        }

        var afterStart = text.IndexOf('\n', start) + 1;
        return text[afterStart..end].Trim('\n') + "\n";
    }

    /// <summary>The codes as a short list: runs of three or more consecutive codes as <c>LS2014–LS2025</c>.</summary>
    internal static string Ranges(IReadOnlyList<string> codes)
    {
        var numbers = codes.Select(c => int.Parse(c.AsSpan(2), CultureInfo.InvariantCulture)).Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < numbers.Count;)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1)
            {
                j++;
            }

            if (j - i >= 2)
            {
                parts.Add($"LS{numbers[i]}–LS{numbers[j]}");
            }
            else
            {
                parts.AddRange(numbers.GetRange(i, j - i + 1).Select(n => $"LS{n}"));
            }

            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>A table cell: a <c>|</c> would end the cell, even inside backticks.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
