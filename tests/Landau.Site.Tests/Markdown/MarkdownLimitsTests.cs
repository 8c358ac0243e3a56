using Landau.Site.Diagnostics;
using Landau.Site.Markdown;
using Landau.Site.Tests.Support;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Landau.Site.Tests.Markdown;

/// <summary>
/// Pathological pages found by a hostile-input round: each is refused with LS2018 at the line and
/// column where a limit is first exceeded, or read in linear time. Costs are measured in
/// bench/pathological.sh, not here.
/// </summary>
public sealed class MarkdownLimitsTests
{
    private const string Head = "---\ntitle: Seite\n---\n";

    private static Diagnostic Refused(string body)
    {
        var (page, diagnostics) = ContentText.Parse(Head + body);
        Assert.Null(page);
        return Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.MarkdownTooComplex);
    }

    [Fact]
    public void Unclosed_link_openers_are_refused_at_the_first_bracket_over_the_limit()
    {
        var refused = Refused("Ein Absatz.\n\n" + string.Concat(Enumerable.Repeat("[a](", 50_000)));
        Assert.Equal((6, 4 * MarkdownLimits.MaxBracketsPerParagraph + 1), (refused.Location!.Line, refused.Location.Column));
        Assert.Contains("at most 200", refused.Message);
        Assert.DoesNotContain("Exception", refused.Message);
    }

    [Fact]
    public void Brackets_are_counted_per_paragraph_so_long_pages_of_links_stay_readable()
    {
        var paragraph = string.Concat(Enumerable.Repeat("[Büro](https://www.landau.de) ", 150));
        var (page, diagnostics) = ContentText.Parse(Head + string.Join("\n\n", Enumerable.Repeat(paragraph, 40)));
        Assert.NotNull(page);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.MarkdownTooComplex);
    }

    [Fact]
    public void Unmatched_emphasis_marks_are_refused()
    {
        var refused = Refused(string.Concat(Enumerable.Repeat("*a ", 10_000)));
        Assert.Equal((4, 3 * MarkdownLimits.MaxEmphasisMarksPerParagraph + 1), (refused.Location!.Line, refused.Location.Column));
    }

    [Fact]
    public void Nested_emphasis_that_the_html_renderer_would_give_up_on_is_refused_at_load()
    {
        Refused(new string('*', 3000) + "a" + new string('*', 3000));
    }

    [Fact]
    public void A_table_row_of_a_hundred_thousand_cells_is_refused()
    {
        var row = "|" + string.Concat(Enumerable.Repeat("a|", 100_000));
        var refused = Refused("Text\n\n" + row + "\n|" + string.Concat(Enumerable.Repeat("-|", 100_000)) + "\n");
        Assert.Equal((6, MarkdownLimits.MaxTableColumns * 2 + 3), (refused.Location!.Line, refused.Location.Column));
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("- ")]
    public void Deep_nesting_is_refused_at_its_line_in_plain_words(string marker)
    {
        var refused = Refused("Erst Text.\n\n" + string.Concat(Enumerable.Repeat(marker, 200)) + "x\n");
        Assert.Equal((6, 1), (refused.Location!.Line, refused.Location.Column));
        Assert.Contains("at most 16 levels", refused.Message);
    }

    [Fact]
    public void Nesting_the_line_scan_does_not_see_is_still_reported_without_an_exception_name()
    {
        // Ordered lists are not counted by the scan; Markdig's own depth limit catches them.
        var refused = Refused(string.Concat(Enumerable.Repeat("1. ", 200)) + "x\n");
        Assert.Equal(4, refused.Location!.Line);
        Assert.DoesNotContain("Exception", refused.Message);
        Assert.Equal(MarkdownLimits.DepthLimitMessage, refused.Text);
        Assert.StartsWith("Der Text schachtelt Zitate, Listen, Links oder Hervorhebungen", refused.Text.Format(MessageCatalogue.German), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_blocks_are_not_counted()
    {
        var (page, diagnostics) = ContentText.Parse(Head + "```\n" + new string('[', 5000) + new string('|', 500) + "\n```\n\nText.\n");
        Assert.NotNull(page);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Heading_ids_are_the_same_as_markdigs_own_extension()
    {
        var body = """
            ## Wohnung finden
            ## Wohnung finden
            ## Wohnung finden 1
            ## Wohnung finden
            Wohnung finden
            --------------
            ## السكن
            ## Житло *швидко*
            ## [Büro](https://www.landau.de) & Co.
            ##
            ## !!!
            ## a-1
            ## a
            ## a
            ## a
            """;
        var markdig = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseCustomContainers()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub).UsePreciseSourceLocation().Build();
        Assert.Equal(Markdig.Markdown.ToHtml(body, markdig), Markdig.Markdown.ToHtml(body, MarkdownPipelineFactory.Create()));
    }

    [Fact]
    public void Twenty_thousand_equal_headings_get_unique_ids()
    {
        var document = Markdig.Markdown.Parse(string.Concat(Enumerable.Repeat("## Gleich\n\n", 20_000)), MarkdownPipelineFactory.Create());
        var ids = document.OfType<Markdig.Syntax.HeadingBlock>().Select(h => Markdig.Renderers.Html.HtmlAttributesExtensions.GetAttributes(h).Id).ToList();
        Assert.Equal(20_000, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("gleich-19999", ids[^1]);
    }
}
