using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Loading;
using Landau.Site.Markdown;

namespace Landau.Site.Tests.Support;

/// <summary>Parses content text in memory, the way the Load stage does, for unit tests.</summary>
internal static class ContentText
{
    public static readonly SiteConfig Config = SiteConfigLoader.Parse("""
        title: Test
        base_url: https://example.org/
        default_language: de
        languages:
          - {code: de, name: Deutsch, dir: ltr}
          - {code: en, name: English, dir: ltr}
          - {code: ar, name: العربية, dir: rtl}
          - {code: de-ls, name: Leichte Sprache, dir: ltr, lang: de, fallback: de, leichte_sprache: true}
        """, new DiagnosticBag())!;

    private static readonly ContentLoader Loader = new(Config, MarkdownPipelineFactory.Create());

    public static (ParsedPage? Page, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string language = "de", string contentPath = "seite.md")
    {
        var diagnostics = new DiagnosticBag();
        var page = Loader.Parse(new SourceFile($"content/{language}/{contentPath}", text.ReplaceLineEndings("\n")), language, contentPath, diagnostics);
        return (page, diagnostics.ToSortedList());
    }
}
