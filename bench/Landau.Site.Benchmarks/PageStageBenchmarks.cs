using BenchmarkDotNet.Attributes;
using Landau.Site.Checking;
using Landau.Site.Diagnostics;
using Landau.Site.Incremental;
using Landau.Site.Loading;
using Landau.Site.Model;
using Landau.Site.Output;
using Landau.Site.Publishing;
using Landau.Site.Rendering;
using Landau.Site.Views;
using Landau.Site.Yaml;
using NUglify;

namespace Landau.Site.Benchmarks;

/// <summary>
/// The hot stages of the build on one realistic page (the Wegweiser article or translation of one
/// closest to 19 KB of HTML in a generated corpus), through the library's own entry points, in pipeline order.
/// <see cref="RenderPage"/> is body + sanitizer check + Scriban layouts: the layouts' share is
/// what it takes beyond <see cref="MarkdownToHtml"/> and <see cref="SanitizerCheck"/>.
/// </summary>
[MemoryDiagnoser]
public class PageStageBenchmarks
{
    /// <summary>Pages written per <see cref="WritePages"/> call (one build writes many pages at once).</summary>
    private const int PagesPerWrite = 100;

    private BenchmarkSite _site = null!;
    private BodySafetyCheck _safety = null!;
    private IReadOnlyList<OutputFile> _files = [];
    private string _output = "";

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.Create(pages: 700);
        _safety = new BodySafetyCheck();
        var bytes = System.Text.Encoding.UTF8.GetBytes(_site.Rendered.Html);
        _files = Enumerable.Range(0, PagesPerWrite).Select(i => new OutputFile($"de/seite-{i}/index.html", bytes)).ToList();
        _output = Path.Combine(_site.Folder, "bench-output");
        Console.WriteLine($"// Measured page: {_site.Describe()}");
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark(Description = "1 Load: front matter (split, YAML, schema)")]
    public FrontMatter? FrontMatter()
    {
        var diagnostics = new DiagnosticBag();
        var block = FrontMatterBlock.Split(_site.File, diagnostics)!;
        var fields = YamlDocumentReader.ReadMapping(block.Yaml, _site.File.Path, block.YamlFirstLine, diagnostics)!;
        return FrontMatterParser.Parse(fields, isSectionFile: false, _site.IsSourceLanguage, diagnostics);
    }

    [Benchmark(Description = "2 Load: Markdown parse (Markdig AST)")]
    public Markdig.Syntax.MarkdownDocument MarkdownParse() => Markdig.Markdown.Parse(_site.MarkdownBody, _site.Pipeline);

    [Benchmark(Description = "3 Load: whole file (front matter, Markdown, checks, hash)")]
    public ParsedPage? LoadPage() =>
        _site.Loader.Parse(_site.File, _site.Page.Language.Code, _site.Page.Source.ContentPath, new DiagnosticBag());

    [Benchmark(Description = "4 Render: Markdown AST to HTML body")]
    public HtmlFragment MarkdownToHtml() => _site.RenderBody();

    [Benchmark(Description = "5 Render: sanitizer check of the body (HtmlSanitizer)")]
    public int SanitizerCheck() => _safety.Problems(_site.BodyHtml).Count;

    [Benchmark(Description = "6 Render: whole page (body, check, Scriban layouts)")]
    public RenderedPage? RenderPage() => _site.Renderer.Render(_site.Planned, new DiagnosticBag(), new ReadLog(keep: false));

    [Benchmark(Description = "7 Check: rendered page (AngleSharp, links, a11y rules)")]
    public int CheckPage()
    {
        var diagnostics = new DiagnosticBag();
        // A new checker each time: a checker keeps what it read of a page, and would not read it again.
        new RenderedSiteChecker().Check([_site.Rendered], _site.OutputPaths, _site.Config.BasePath, diagnostics);
        return diagnostics.Count;
    }

    [Benchmark(Description = "8 Minify: page HTML (NUglify, not done by the build)")]
    public string? MinifyHtml() => Uglify.Html(_site.Rendered.Html).Code;

    [Benchmark(Description = "9 Write: one page of an atomic output write", OperationsPerInvoke = PagesPerWrite)]
    public bool WritePages() => OutputWriter.Write(_output, _files, new DiagnosticBag());
}
