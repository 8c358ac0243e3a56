using System.Text;
using Landau.Site.Building;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Security;

/// <summary>
/// Property: whatever an editor or translator commits, the generator answers with diagnostics, never
/// with an exception. Hand-rolled random generation from fragments of front matter, Markdown,
/// HTML and hostile bytes, with fixed seeds so a failure can be replayed (the seed is in its name).
/// </summary>
public sealed class RandomInputTests
{
    private static readonly string[] FrontMatterLines =
    [
        "title: Seite", "title: \"Zitat: mit Doppelpunkt\"", "title:", "title: [1, 2", "title: {a: b}", "description: Text",
        "type: offer", "type: contact", "type: news", "type: guide", "type: principle", "type: unbekannt", "weight: 3", "weight: drei",
        "draft: true", "draft: vielleicht", "date: 2021-09-28", "date: 28.09.2021", "sections: [wohnen]", "sections: wohnen",
        "provider: VHS", "organisation: Stadt", "statement: Satz", "languages: [de, ar, \"x y\"]", "address:\n  street: Weg 1",
        "address: 5", "params:\n  a: [1, {b: c}]", "translation_key: ../x.md", "translation_key: themen/erste-schritte.md",
        "url: javascript:alert(1)", "url: https://example.org", "contact: buero", "contact: niemand", "\ttitle: Tab",
        "  eingerückt: ja", "- liste", "? frage", "title: &a x", "x: *a", "title: 'offen", "review_by: 2027-13-45", "…: ☃",
    ];

    private static readonly string[] MarkdownPieces =
    [
        "# Titel", "## Abschnitt", "#### Tief", "Text mit **fett** und _kursiv_.", "[Büro](../kontakte/buero.md)", "[weg](fehlt.md)",
        "[hier](https://example.org)", "[x](javascript:alert(1))", "![](bild.png)", "![Bild](data:x)", "<b>html</b>", "<div>\nblock\n</div>",
        "| a | b |\n|---|:-:|\n| 1 | 2 |", ":::note\nHinweis\n:::", ":::gefahr\nx\n:::", ":::note\nnicht geschlossen", "Fußnote[^1]\n\n[^1]: Text",
        "```\ncode\n```", "> Zitat", "- a\n  - b\n- c", "1. eins\n2. zwei", "---", "***", "مرحبا (Landau in der Pfalz) 06341 13-5025",
        "\u202Eumgedreht\u202C", "\u0000null", "😀 emoji", "<!-- Kommentar -->", "<https://example.org>", "<javascript:alert(1)>",
        "{{ page.title }}", "{% raw %}", "[[doppelt]]", "\\", "&amp; &#0; &#xFFFFFF;", new string('*', 200), new string('[', 100),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Random_pages_give_diagnostics_never_exceptions(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 150; i++)
        {
            var text = RandomPage(random);
            var language = random.Next(3) switch { 0 => "de", 1 => "en", _ => "ar" };
            var contentPath = random.Next(2) == 0 ? "themen/seite.md" : "themen/_index.md";
            var exception = Record.Exception(() => ContentText.Parse(text, language, contentPath));
            Assert.True(exception is null, $"seed {seed}, page {i}: {exception}\n---\n{text}");
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void Random_sites_build_or_fail_cleanly(int seed)
    {
        var random = new Random(seed);
        using var site = TestSite.FromFixture();
        foreach (var path in new[] { "content/de/themen/zweiter-schritt.md", "content/en/themen/erste-schritte.md", "content/ar/themen/_index.md", "content/de/kontakte/buero.md" })
        {
            site.Write(path, RandomPage(random));
        }

        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root });
        Assert.All(result.Diagnostics, d => Assert.NotEqual("LS9000", d.Code));
        Assert.Equal(result.Diagnostics.Any(d => d.Severity == Severity.Error), !result.Written);
    }

    private static string RandomPage(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(10) > 0)
        {
            text.Append("---\n");
        }

        for (var i = random.Next(6); i >= 0; i--)
        {
            text.Append(FrontMatterLines[random.Next(FrontMatterLines.Length)]).Append('\n');
        }

        if (random.Next(10) > 0)
        {
            text.Append(random.Next(2) == 0 ? "---\n" : "...\n");
        }

        for (var i = random.Next(8); i >= 0; i--)
        {
            text.Append(MarkdownPieces[random.Next(MarkdownPieces.Length)]).Append(random.Next(3) == 0 ? "\n" : "\n\n");
            if (random.Next(20) == 0)
            {
                text.Append((char)random.Next(0, 0xD7FF));
            }
        }

        return text.ToString();
    }
}
