using System.Diagnostics;
using System.Text;
using Landau.Site.Assembly;
using Landau.Site.Assets;
using Landau.Site.Checking;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Feeds;
using Landau.Site.Hosting;
using Landau.Site.Incremental;
using Landau.Site.Loading;
using Landau.Site.Localization;
using Landau.Site.Markdown;
using Landau.Site.Offers;
using Landau.Site.Output;
using Landau.Site.Planning;
using Landau.Site.Print;
using Landau.Site.Publishing;
using Landau.Site.Rendering;
using Landau.Site.Search;
using Landau.Site.Translations;
using Landau.Site.Views;
using Markdig;

namespace Landau.Site.Building;

/// <summary>
/// The whole build, top to bottom: Load → Assemble → Render → Check → Publish. Each stage adds its
/// problems to one diagnostics collection and the build goes on as far as it can, so an editor sees
/// every error at once; output is written only when there is no error.
/// <para>
/// One builder is one session: it remembers each stage's work, so building again after an edit
/// (the preview server does) parses only changed files and renders only the pages whose inputs
/// changed (<see cref="Memo{T}"/>). The result is the same, byte for byte, as a fresh build.
/// </para>
/// </summary>
public sealed class SiteBuilder
{
    private readonly InputCache<SiteConfig?> _config = new();
    private readonly InputCache<LayoutSet> _layouts = new();
    private readonly InputCache<IReadOnlyDictionary<string, UiStrings>> _strings = new();
    private readonly InputCache<(AssetManifest Manifest, IReadOnlyList<OutputFile> Files)> _assets = new();
    private readonly bool _session;
    private readonly Memo<RenderedPage> _renders;
    private readonly Memo<IReadOnlyList<OutputFile>> _outputs;
    private readonly Memo<HtmlFragment> _printBodies = new();
    private readonly SearchTextCache _searchText = new();
    private readonly RenderedSiteChecker _checker = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<RenderedPage, byte[]> _bytes = new();
    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();
    private LoadCache _loads = new();

    /// <param name="session">
    /// Keep what each build made for the next one (the preview server). A one-off build keeps
    /// nothing: each page's HTML is written and dropped as soon as it is made and checked.
    /// </param>
    public SiteBuilder(bool session = true)
    {
        _session = session;
        _renders = new Memo<RenderedPage>(session);
        _outputs = new Memo<IReadOnlyList<OutputFile>>(session);
    }

    /// <summary>A fresh build of <paramref name="options"/> (no session).</summary>
    public static BuildResult Build(BuildOptions options) => new SiteBuilder(session: false).Run(options);

    /// <summary>Builds, reusing what this session built before wherever its inputs are unchanged.</summary>
    public BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var stages = new List<StageTime>();
        var stageStart = TimeSpan.Zero;
        void Stage(string name)
        {
            stages.Add(new StageTime(name, clock.Elapsed - stageStart));
            stageStart = clock.Elapsed;
        }

        var diagnostics = new DiagnosticBag();
        var source = Path.GetFullPath(options.SourceDirectory);

        // First of all, before anything is read: a build replaces its output folder as a whole.
        var output = options.ResolvedOutputDirectory;
        if (options.WriteOutput && !OutputGuard.Allows(source, output, options.ReplaceForeignOutput, diagnostics))
        {
            return Finish(diagnostics, new Dictionary<string, int>(), clock, written: false) with { OutputRefused = true };
        }

        // Configuration: everything after depends on it.
        var configFile = Path.Combine(source, SiteConfigLoader.FileName);
        var config = _config.GetOrLoad(
            InputCache<SiteConfig?>.FingerprintOf(source, File.Exists(configFile) ? [configFile] : []) + options.BaseUrl,
            diagnostics, bag => SiteConfigLoader.Load(source, bag, options.BaseUrl));
        if (config is null)
        {
            return Finish(diagnostics, new Dictionary<string, int>(), clock, written: false);
        }

        if (_config.Changed)
        {
            _loads = new LoadCache();
        }

        // Load: layouts, UI texts, assets, then each content file on its own, in parallel.
        var layoutsFolder = Path.Combine(source, LayoutSet.Folder);
        var layoutFiles = InputCache<LayoutSet>.FilesOf(layoutsFolder).ToList();
        var layouts = _layouts.GetOrLoad(InputCache<LayoutSet>.FingerprintOf(source, layoutFiles), diagnostics, bag => LayoutSet.Load(source, bag));
        var i18nFiles = InputCache<LayoutSet>.FilesOf(Path.Combine(source, UiStringsLoader.Folder));
        var earlierErrors = diagnostics.HasErrors;
        var strings = _strings.GetOrLoad(
            InputCache<LayoutSet>.FingerprintOf(source, i18nFiles) + _config.Fingerprint + _layouts.Fingerprint,
            diagnostics, bag =>
            {
                var loaded = UiStringsLoader.Load(source, config, bag);
                if (!bag.HasErrors && !earlierErrors)
                {
                    UiStringsLoader.ReportUnused(loaded, config, layouts.Sources, bag);
                }

                return loaded;
            });
        var (assets, assetFiles) = _assets.GetOrLoad(
            InputCache<LayoutSet>.FingerprintOf(source, layoutFiles.Where(f => f.StartsWith(Path.Combine(source, AssetPipeline.SourceFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))) + _config.Fingerprint,
            diagnostics, bag => AssetPipeline.Build(source, config.BasePath, bag));

        Stage("layouts, UI texts, assets");
        var content = new ContentLoader(config, _pipeline, _loads).Load(source, options.IncludeDrafts, diagnostics, options.Parallelism);
        Stage("load content");

        // Assemble: the site as a whole.
        var site = SiteAssembler.Assemble(config, content, diagnostics, options.Today);
        SignLanguageVideoCheck.Check(config, assets, layouts, diagnostics);
        LayoutReferenceCheck.Check(site, layouts, diagnostics);
        Stage("assemble");

        // One pass: errors so far do not stop the build before rendering and the checks across pages,
        // so one check lists every problem; nothing is staged or kept, since nothing will be written.
        var publishNothing = diagnostics.HasErrors;
        var later = publishNothing ? new DiagnosticBag() : diagnostics;

        // Render: each page on its own, in parallel; in a session, only pages whose inputs changed.
        Func<ModelRead, string?> answer = new SiteAnswers(site, layouts, strings).Answer;
        var unrecordedInputs = $"{_config.Fingerprint}|{_assets.Fingerprint}|{options.IncludeDrafts}|{options.Today}";
        _renders.Reset(unrecordedInputs);
        _outputs.Reset(unrecordedInputs);
        _printBodies.Reset(unrecordedInputs);
        var renderer = new PageRenderer(site, layouts, strings, new BodyRenderer(_pipeline), assets, _session ? (_printBodies, answer) : null);
        var plan = OutputPlan.Of(site, _searchText);
        var jobs = plan.Pages;

        // Render, Check (each page on its own) and Publish stream: a page is rendered, read by the
        // checker, and written into the staging folder (or kept in memory for the preview), then its
        // HTML is dropped; only its facts stay for the site-wide checks.
        var staged = options.WriteOutput && !publishNothing ? OutputWriter.Begin(output, diagnostics, options.WriteFile) : null;
        if (options.WriteOutput && !publishNothing && staged is null)
        {
            return Finish(diagnostics, new Dictionary<string, int>(), clock, written: false);
        }

        using var stagedOutput = staged;
        var files = new System.Collections.Concurrent.ConcurrentQueue<OutputFile>();
        var claims = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var collisions = new System.Collections.Concurrent.ConcurrentBag<(string Path, string MadeFrom, string Other)>();
        bool Publish(OutputFile file, string madeFrom)
        {
            // Two sources for one file (a content page named like a generated page: suche, postkarte,
            // qr, a filter page of the offers): an error naming both, never one silently replacing the other.
            if (!claims.TryAdd(file.Path, madeFrom))
            {
                collisions.Add((file.Path, madeFrom, claims[file.Path]));
                return false;
            }

            if (staged is not null)
            {
                staged.Write(file);
            }
            else if (!publishNothing)
            {
                files.Enqueue(file);
            }

            return true;
        }

        var readings = new RenderedSiteChecker.PageReading?[jobs.Count];
        long renderTicks = 0, checkTicks = 0, writeTicks = 0;
        Parallel.For(0, jobs.Count, options.Parallelism, i =>
        {
            var start = Stopwatch.GetTimestamp();
            RenderedPage? page;
            try
            {
                page = _renders.Get(jobs[i].Id, answer, later, (d, log) => renderer.Render(jobs[i], d, log));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // One page failing must not hide the others' diagnostics, and must name its file.
                var at = new SourceLocation(jobs[i].SourcePath ?? jobs[i].Id);
                if (MarkdownLimits.IsDepthLimit(ex))
                {
                    later.Error(DiagnosticCodes.MarkdownTooComplex, at, MarkdownLimits.DepthLimitMessage);
                }
                else
                {
                    later.Error(DiagnosticCodes.InternalError, at, $"internal error while making {jobs[i].Id} ({ex.GetType().Name}: {ex.Message}). Please report this with the file.");
                }

                return;
            }

            if (page is null)
            {
                return;
            }

            var rendered = Stopwatch.GetTimestamp();
            readings[i] = _checker.Read(page, config.BasePath);
            var checkedAt = Stopwatch.GetTimestamp();
            // A filter page is made from the directory's file but is not that file's own address.
            var madeFrom = jobs[i].Kind == PageKind.OfferFilter ? $"the offer filter page made from {page.SourcePath}" : page.SourcePath;
            if (!Publish(new OutputFile(page.OutputPath, _session ? _bytes.GetValue(page, p => Encoding.UTF8.GetBytes(p.Html)) : Encoding.UTF8.GetBytes(page.Html)), madeFrom))
            {
                readings[i] = null; // the page that was published there first is the one checked
            }

            Interlocked.Add(ref renderTicks, rendered - start);
            Interlocked.Add(ref checkTicks, checkedAt - rendered);
            Interlocked.Add(ref writeTicks, Stopwatch.GetTimestamp() - checkedAt);
        });
        _renders.KeepOnly(jobs.Select(j => j.Id));
        _printBodies.KeepOnly(site.Pages.SelectMany(p => new[] { $"{p.Language.Code}|{p.Key}|1", $"{p.Language.Code}|{p.Key}|2" }));
        Stage("render, check pages, write");
        stages.Add(new StageTime("  (thread time) render", Stopwatch.GetElapsedTime(0, renderTicks)));
        stages.Add(new StageTime("  (thread time) check pages", Stopwatch.GetElapsedTime(0, checkTicks)));
        stages.Add(new StageTime("  (thread time) write", Stopwatch.GetElapsedTime(0, writeTicks)));

        // The site's other files: made again only when what they read changed, like pages.
        var fileJobs = plan.Files;
        var made = new IReadOnlyList<OutputFile>?[fileJobs.Count];
        Parallel.For(0, fileJobs.Count, options.Parallelism, i => made[i] = _outputs.Get(fileJobs[i].Id, answer, later, (_, log) => fileJobs[i].Make(new SiteReader(site, log))));
        var otherFiles = assetFiles.Concat(made.SelectMany(f => f ?? [])).ToList();
        foreach (var file in otherFiles)
        {
            Publish(file, "the site's generated files (search index, feeds, open data, hosting files)");
        }

        Stage("search index, feeds, hosting files");
        ReportCollisions(collisions, later);

        // Check: across pages, from what each page's reading kept.
        // A page whose file has errors is reported there; links to it are not broken links on top.
        var failedPages = content.FailedSourceKeys.SelectMany(key => config.Languages.Select(l => SitePaths.OutputPath(l.Code, key)));
        var expectedFiles = otherFiles.Select(f => f.Path).Concat(site.Pages.Select(p => p.OutputPath)).Concat(failedPages);
        var externalLinks = _checker.Check(readings.OfType<RenderedSiteChecker.PageReading>().ToList(), expectedFiles, config.BasePath, later);
        Stage("check links");
        if (publishNothing)
        {
            // While the content has errors, rendering finds their echoes too: a layout reading a
            // contact that did not load, a page without the texts of a broken i18n file, the same
            // clash found again in each language. Kept are the problems at a place in a content
            // file's text that were not already reported for that page (in any language); the rest
            // show once the first errors are fixed.
            static string? PageOf(SourceLocation? at) =>
                at is { Line: > 0 } && at.Path.Split('/') is [ContentLoader.ContentFolder, _, .. var rest] && rest.Length > 0 ? string.Join('/', rest) : null;
            var reported = diagnostics.ToSortedList().Select(d => (d.Code, PageOf(d.Location))).ToHashSet();
            diagnostics.AddRange(later, d => PageOf(d.Location) is { } page && !reported.Contains((d.Code, page)));
        }

        var perLanguage = site.Pages.Where(p => !p.IsFallback).GroupBy(p => p.Language.Code).ToDictionary(g => g.Key, g => g.Count());
        var fallbackPages = site.Pages.Count(p => p.IsFallback);
        var failsStrict = options.TreatWarningsAsErrors && diagnostics.ToSortedList().Any(d => d.Severity == Severity.Warning && !config.WarningsNotAsErrors.Contains(d.Code));
        var (renderedCount, reusedCount) = _renders.Counts;
        BuildResult Result(bool written) => Finish(diagnostics, perLanguage, clock, written) with
        {
            ExternalLinks = externalLinks,
            Notes = config.BaseUrlConfirmed ? [] :
                [$"base_url {config.BaseUrl.AbsoluteUri} is not confirmed by the city yet (base_url_confirmed: false in site.yml): the postcard and the QR codes show {config.PrintAddress?.AbsoluteUri} instead."],
            WarningsAreErrors = options.TreatWarningsAsErrors,
            FallbackPages = fallbackPages,
            WarningsNotAsErrors = config.WarningsNotAsErrors,
            Files = [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)],
            RenderedPages = renderedCount,
            ReusedPages = reusedCount,
            Stages = stages,
        };

        if (staged is null)
        {
            return Result(written: false);
        }

        if (diagnostics.HasErrors || failsStrict)
        {
            staged.Abort();
            return Result(written: false);
        }

        var written = staged.Commit(diagnostics);
        Stage("swap output folder");
        return Result(written);
    }

    /// <summary>
    /// Files made from two sources (a content page named like a page the site makes itself: suche,
    /// postkarte, qr, a filter page of the offers): one error per content file (its translations' and
    /// fallbacks' trees repeat the same clash), at the content
    /// file, naming the first address in order so the message does not depend on thread timing.
    /// </summary>
    private static void ReportCollisions(IEnumerable<(string Path, string MadeFrom, string Other)> collisions, DiagnosticBag diagnostics)
    {
        static bool IsContent(string source) => source.StartsWith(ContentLoader.ContentFolder + "/", StringComparison.Ordinal);
        static string LanguageOf(string source) => IsContent(source) ? source.Split('/')[1] : "";
        var pairs = collisions
            .Select(c => IsContent(c.MadeFrom) ? (c.Path, First: c.MadeFrom, Second: c.Other) : (c.Path, First: c.Other, Second: c.MadeFrom))
            .GroupBy(c => c.First)
            .Select(g => g.OrderBy(c => c.Path.StartsWith(LanguageOf(c.First) + "/", StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Second, StringComparer.Ordinal).First())
            .OrderBy(c => c.First, StringComparer.Ordinal);
        foreach (var (path, first, second) in pairs)
        {
            diagnostics.Error(DiagnosticCodes.OutputCollision, new SourceLocation(first, IsContent(first) ? 1 : 0, 1),
                $"This file and {second} would both be published as /{path}. Rename the page: that address belongs to a page the site makes itself.");
        }
    }

    /// <summary>Load and Assemble only: the site model for commands that do not render (translation status).</summary>
    public static SiteModel? Assemble(string sourceDirectory, DiagnosticBag diagnostics)
    {
        var source = Path.GetFullPath(sourceDirectory);
        var config = SiteConfigLoader.Load(source, diagnostics);
        if (config is null)
        {
            return null;
        }

        var content = new ContentLoader(config, MarkdownPipelineFactory.Create()).Load(source, includeDrafts: true, diagnostics);
        return SiteAssembler.Assemble(config, content, diagnostics);
    }

    private static BuildResult Finish(DiagnosticBag diagnostics, IReadOnlyDictionary<string, int> perLanguage, Stopwatch clock, bool written) =>
        new(diagnostics.ToSortedList(), perLanguage, clock.Elapsed, written);
}
