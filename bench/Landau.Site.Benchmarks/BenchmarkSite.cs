using System.Text;
using Landau.Site.Assembly;
using Landau.Site.Assets;
using Landau.Site.Configuration;
using Landau.Site.Corpus;
using Landau.Site.Diagnostics;
using Landau.Site.Incremental;
using Landau.Site.Loading;
using Landau.Site.Localization;
using Landau.Site.Markdown;
using Landau.Site.Model;
using Landau.Site.Planning;
using Landau.Site.Rendering;
using Landau.Site.Search;
using Landau.Site.Views;
using Markdig;
// The corpus generator has a PlannedPage and a PageKind of its own (pages it is to write).
using PageKind = Landau.Site.Planning.PageKind;
using PlannedPage = Landau.Site.Planning.PlannedPage;

namespace Landau.Site.Benchmarks;

/// <summary>
/// A generated corpus loaded and assembled as the build does it, and the page the benchmarks
/// measure: the German Wegweiser article whose rendered HTML is closest to <see cref="TargetBytes"/>.
/// </summary>
public sealed class BenchmarkSite : IDisposable
{
    /// <summary>A typical page of the corpus: about 19 KB of HTML (layout, navigation and a 500–700-word article).</summary>
    public const int TargetBytes = 19 * 1024;

    private BenchmarkSite(string folder) => Folder = folder;

    /// <summary>The generated corpus (deleted on dispose).</summary>
    public string Folder { get; }

    public SiteConfig Config { get; private set; } = null!;

    public MarkdownPipeline Pipeline { get; private set; } = null!;

    public ContentLoader Loader { get; private set; } = null!;

    public SiteModel Site { get; private set; } = null!;

    public PageRenderer Renderer { get; private set; } = null!;

    public BodyRenderer BodyRenderer { get; private set; } = null!;

    /// <summary>The interface texts of the page's language (callout and table labels in the body).</summary>
    public UiStrings Strings { get; private set; } = null!;

    /// <summary>The measured page: a German Wegweiser article or a translation of one.</summary>
    public Page Page => Planned.Page!;

    /// <summary>The page as the build plans it, for rendering it whole.</summary>
    public PlannedPage Planned { get; private set; } = null!;

    /// <summary>The page's file as the loader reads it.</summary>
    public SourceFile File { get; private set; } = null!;

    /// <summary>The page's Markdown body (below the front matter).</summary>
    public string MarkdownBody { get; private set; } = "";

    /// <summary>The page's body rendered to HTML.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>The whole page as the build renders it.</summary>
    public RenderedPage Rendered { get; private set; } = null!;

    /// <summary>Every output path of the site, so the page's links resolve in the check.</summary>
    public IReadOnlyList<string> OutputPaths { get; private set; } = [];

    public static BenchmarkSite Create(int pages)
    {
        var repository = CorpusGenerator.FindRepositoryRoot(AppContext.BaseDirectory)
            ?? CorpusGenerator.FindRepositoryRoot(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException("Cannot find the repository (site.yml and landau-integration-site.slnx) above the benchmark.");
        var site = new BenchmarkSite(Path.Combine(Path.GetTempPath(), "landau-bench-" + Guid.NewGuid().ToString("N")[..12]));
        CorpusGenerator.Generate(new CorpusOptions { Pages = pages, OutputDirectory = site.Folder, RepositoryRoot = repository, Seed = 1 });
        site.Load();
        return site;
    }

    private void Load()
    {
        var diagnostics = new DiagnosticBag();
        Config = SiteConfigLoader.Load(Folder, diagnostics) ?? throw Failed(diagnostics);
        Pipeline = MarkdownPipelineFactory.Create();
        var strings = UiStringsLoader.Load(Folder, Config, diagnostics);
        var layouts = LayoutSet.Load(Folder, diagnostics);
        Loader = new ContentLoader(Config, Pipeline);
        var content = Loader.Load(Folder, includeDrafts: false, diagnostics);
        Site = SiteAssembler.Assemble(Config, content, diagnostics);
        var (assets, assetFiles) = AssetPipeline.Build(Folder, Config.BasePath, diagnostics);
        BodyRenderer = new BodyRenderer(Pipeline);
        Renderer = new PageRenderer(Site, layouts, strings, BodyRenderer, assets);
        if (diagnostics.HasErrors)
        {
            throw Failed(diagnostics);
        }

        // Wegweiser articles with text of their own (German pages and translations, no fallback pages).
        var articles = OutputPlan.Of(Site, new SearchTextCache()).Pages
            .Where(p => p is { Kind: PageKind.Content, Page: { IsFallback: false, Type: ContentType.TextPage } page } && page.Key.StartsWith($"{Config.GuideRoot}/", StringComparison.Ordinal));
        var candidates = articles.Select(p => (Planned: p, Html: Renderer.Render(p, diagnostics, new ReadLog(keep: false)) ?? throw Failed(diagnostics))).ToList();
        (Planned, Rendered) = candidates.MinBy(c => Math.Abs(Encoding.UTF8.GetByteCount(c.Html.Html) - TargetBytes));
        Strings = strings[Page.Language.Code];
        File = new SourceFile(Page.Source.SourcePath, System.IO.File.ReadAllText(Path.Combine(Folder, Page.Source.SourcePath)));
        MarkdownBody = FrontMatterBlock.Split(File, diagnostics)!.Body;
        BodyHtml = RenderBody().Html;
        OutputPaths = [.. Site.Pages.Select(p => p.OutputPath), .. assetFiles.Select(f => f.Path), .. SpecialPages()];
    }

    /// <summary>The body of the page for its reader, as the Render stage makes it (right-to-left text with Latin runs isolated).</summary>
    public HtmlFragment RenderBody() =>
        BodyRenderer.Render(
            Page.Source.ParseBody(),
            Page.Key,
            key => Site.Resolve(key, Page.Language.Code)?.Url,
            label => Strings.TryGet(label, out var text) ? text : label,
            isolateLatinRuns: Page.ContentLanguage.Direction == TextDirection.Rtl);

    /// <summary>Whether the page is of the source language (type-specific required fields are checked there only).</summary>
    public bool IsSourceLanguage => Page.Language.Code == Config.DefaultLanguage.Code;

    /// <summary>Pages the build makes besides the content (linked from every page's header and footer).</summary>
    private IEnumerable<string> SpecialPages() =>
        Config.Languages.SelectMany(l => new[] { "suche/", "qr/", "postkarte/", $"{Config.GuideRoot}/druck/" }.Select(p => $"{l.Code}/{p}index.html"))
            .Append("index.html");

    public string Describe() =>
        $"{Page.OutputPath}: {Encoding.UTF8.GetByteCount(Rendered.Html):N0} bytes of HTML, {Encoding.UTF8.GetByteCount(MarkdownBody):N0} bytes of Markdown";

    private static InvalidOperationException Failed(DiagnosticBag diagnostics) =>
        new("The benchmark corpus does not build: " + string.Join("; ", diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error).Take(5)));

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
