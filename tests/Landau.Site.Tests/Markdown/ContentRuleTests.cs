using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Markdown;

/// <summary>Rules checked on the Markdown itself, so they point at the file, line and column.</summary>
public sealed class ContentRuleTests
{
    private const string Head = "---\ntitle: A\n---\n";

    [Theory]
    [InlineData("Mehr dazu [hier](https://www.bamf.de).", "de")]
    [InlineData("Read [more](https://www.bamf.de).", "en")]
    [InlineData("Die Beratung: [Klicken Sie hier!](https://www.bamf.de)", "de")]
    [InlineData("للتفاصيل [هنا](https://www.bamf.de).", "ar")]
    public void Vague_link_text_is_a_warning_at_the_link(string markdown, string language)
    {
        var (_, diagnostics) = ContentText.Parse(Head + markdown + "\n", language);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.VagueLinkText, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(4, warning.Location!.Line);
    }

    [Fact]
    public void A_link_text_that_names_its_target_passes()
    {
        var (_, diagnostics) = ContentText.Parse(Head + "Mehr beim [Bundesamt für Migration und Flüchtlinge](https://www.bamf.de).\n");
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Very_long_link_text_is_a_warning()
    {
        var text = string.Join(' ', Enumerable.Repeat("Integrationskurs", 8));
        var (_, diagnostics) = ContentText.Parse(Head + $"[{text}](https://www.bamf.de)\n");
        Assert.Equal(DiagnosticCodes.LongLinkText, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Empty_link_text_is_an_error()
    {
        var (_, diagnostics) = ContentText.Parse(Head + "Siehe [](https://www.bamf.de).\n");
        Assert.Equal(DiagnosticCodes.EmptyLinkText, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Image_without_alt_text_is_an_error_and_with_alt_text_passes()
    {
        var (_, missing) = ContentText.Parse(Head + "![](karte.png)\n");
        var error = Assert.Single(missing);
        Assert.Equal(DiagnosticCodes.MissingAltText, error.Code);
        Assert.Equal(new SourceLocation("content/de/seite.md", 4, 1), error.Location);
        var (_, described) = ContentText.Parse(Head + "![Karte der Innenstadt](karte.png)\n");
        Assert.Empty(described);
    }

    [Theory]
    [InlineData("# Titel\n", "Verwenden Sie keine Überschrift mit einem '#': Der Titel der Seite ist die einzige Überschrift der ersten Ebene. Beginnen Sie mit '##'.")]
    [InlineData("## A\n\n#### B\n", "Diese Überschrift springt von Ebene 2 auf Ebene 4. Verwenden Sie ###, damit Menschen mit Screenreader dem Aufbau der Seite folgen können.")]
    [InlineData(":::hinweis\nText\n:::\n", "Unbekannter Block ':::hinweis': Er wird als Hinweis (note) angezeigt. Verwenden Sie einen dieser Blöcke: :::note, :::warning, :::tip. Meinten Sie ':::note'?")]
    [InlineData(":::tipp\nText\n:::\n", "Unbekannter Block ':::tipp': Er wird als Hinweis (note) angezeigt. Verwenden Sie einen dieser Blöcke: :::note, :::warning, :::tip. Meinten Sie ':::tip'?")]
    [InlineData("Mehr [hier](https://www.bamf.de).\n", "Der Linktext 'hier' sagt nicht, wohin der Link führt.")]
    [InlineData("[](https://www.bamf.de)\n", "Der Link auf 'https://www.bamf.de' hat keinen Text. Schreiben Sie, wohin der Link führt: [Text](https://www.bamf.de).")]
    [InlineData("Rufen Sie [die Beratung](tel:0634x) an.\n", "Der Link 'tel:0634x' ist ein tel:-Link; seine Nummer darf nur Ziffern, Leerzeichen und + - / ( ) enthalten.")]
    [InlineData("Ein [Link](javascript:alert(1)).\n", "Der Link 'javascript:alert(1)' beginnt mit einer Adressart, die nicht erlaubt ist.")]
    [InlineData("![Foto](https://example.org/bild.jpg)\n", "Das Bild 'https://example.org/bild.jpg' liegt auf einer anderen Website.")]
    [InlineData("![](bild.jpg)\n", "Das Bild hat keinen Alternativtext.")]
    [InlineData("<div>x</div>\n", "HTML ist im Text einer Seite nicht erlaubt.")]
    public void Markdown_problems_are_worded_in_german(string markdown, string german)
    {
        var (_, diagnostics) = ContentText.Parse(Head + markdown);
        Assert.Contains(diagnostics, d => d.Text.Format(MessageCatalogue.German).StartsWith(german, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<span dir=\"right\">x</span>", "dir=\"right\" muss ltr (von links nach rechts), rtl (von rechts nach links) oder auto sein. Meinten Sie 'rtl'?")]
    [InlineData("<span lang=\"en_GB\">x</span>", "lang=\"en_GB\" ist kein Sprachkürzel wie de oder en. Meinten Sie 'en-gb'?")]
    [InlineData("<spam lang=\"en\">x</spam>", "Das HTML-Element <spam> ist im Text nicht erlaubt. Erlaubt sind nur <bdi>, <span> mit lang, dir oder title. Meinten Sie '<span>'?")]
    [InlineData("<span style=\"x\">x</span>", "Das Attribut 'style' ist bei <span> nicht erlaubt, nur lang, dir und title.")]
    public void Allowed_html_repeats_what_was_typed_and_offers_the_closest_value(string html, string german)
    {
        var document = Markdig.Markdown.Parse("Ein " + html + " Text.\n", Landau.Site.Markdown.MarkdownPipelineFactory.Create());
        var diagnostics = new DiagnosticBag();
        Landau.Site.Markdown.MarkdownBodyInspector.Inspect(document, new Landau.Site.Markdown.BodyPositions("Ein " + html + " Text.\n", "content/de/a.md", 4), "a.md",
            new HashSet<string>(["span", "bdi"], StringComparer.Ordinal), diagnostics);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Text.Format(MessageCatalogue.German) == german);
    }
}
