using System.Diagnostics;
using System.Text;
using Landau.Site.Assembly;
using Landau.Site.Checking;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Loading;
using Landau.Site.Localization;
using Landau.Site.Markdown;
using Landau.Site.Publishing;
using Landau.Site.Rendering;
using Landau.Site.Translations;

namespace Landau.Site.Building;

/// <summary>
/// The whole build, top to bottom: Load → Assemble → Render → Publish. Each stage adds its problems
/// to one diagnostics collection and the build goes on as far as it can, so an editor sees every
/// error at once; output is written only when there is no error.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var source = Path.GetFullPath(options.SourceDirectory);

        // Configuration: everything after depends on it.
        var config = SiteConfigLoader.Load(source, diagnostics, options.BaseUrl);
        if (config is null)
        {
            return Finish(diagnostics, new Dictionary<string, int>(), clock, written: false);
        }

        var output = options.ResolvedOutputDirectory;
        if (IsInside(output, Path.Combine(source, ContentLoader.ContentFolder)) || IsInside(output, Path.Combine(source, LayoutSet.Folder)) || output == source)
        {
            diagnostics.Error(DiagnosticCodes.OutputInsideSource, null,
                $"The output folder {output} would overwrite sources; choose a folder outside content/ and layouts/.");
            return Finish(diagnostics, new Dictionary<string, int>(), clock, written: false);
        }

        // Load: each file on its own, in parallel.
        var pipeline = MarkdownPipelineFactory.Create();
        var strings = UiStringsLoader.Load(source, config, diagnostics);
        var layouts = LayoutSet.Load(source, diagnostics);
        if (!diagnostics.HasErrors)
        {
            UiStringsLoader.ReportUnused(strings, config, layouts.Sources, diagnostics);
        }

        var content = new ContentLoader(config, pipeline).Load(source, options.IncludeDrafts, diagnostics);

        // Assemble: the site as a whole.
        var site = SiteAssembler.Assemble(config, content, diagnostics, options.Today);
        var translationReport = TranslationReport.Create(site);
        var (assets, assetFiles) = AssetPipeline.Build(source, config.BasePath, diagnostics);
        CheckSignLanguageVideo(config, assets, layouts, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Finish(diagnostics, new Dictionary<string, int>(), clock, written: false);
        }

        // Render: each page on its own, in parallel.
        var renderer = new PageRenderer(site, layouts, strings, new BodyRenderer(pipeline), assets);
        // Each page, plus one page per filter of the offer directory (so filters work as plain links).
        var jobs = site.Pages.Select(p => (Page: p, Filter: (Offers.OfferFilter?)null))
            .Concat(site.Pages.Where(p => p.FrontMatter.Layout == "offer-directory")
                .SelectMany(p => Offers.OfferDirectory.Filters(site, Offers.OfferDirectory.Offers(site, p.Language.Code)).Select(f => (Page: p, Filter: (Offers.OfferFilter?)f))))
            .ToList();
        var rendered = new RenderedPage?[jobs.Count];
        Parallel.For(0, jobs.Count, i => rendered[i] = renderer.Render(jobs[i].Page, jobs[i].Filter, diagnostics));
        var chooser = renderer.RenderLanguageChooser(diagnostics);
        var notFound = config.Languages
            .Select(l => renderer.RenderNotFound(l, $"{l.Code}/404.html", diagnostics))
            .Append(renderer.RenderNotFound(config.DefaultLanguage, "404.html", diagnostics));
        var dashboard = renderer.RenderTranslationDashboard(translationReport, diagnostics);
        var qrFiles = config.Languages.Select(l => QrCodes.Svg(l.Code, config.AbsoluteUrl(SitePaths.Url(config.BasePath, l.Code, SitePaths.HomeKey)))).ToList();
        var printPages = config.Languages.SelectMany(l => new[]
        {
            renderer.RenderSpecial(l, "qr", QrCodes.Folder, "print.qr_title", new Dictionary<string, object?>
            {
                ["qr_url"] = $"{config.BasePath}{l.Code}/{QrCodes.Folder}{QrCodes.FileName}",
                ["qr_target"] = config.AbsoluteUrl(SitePaths.Url(config.BasePath, l.Code, SitePaths.HomeKey)),
            }, diagnostics),
            renderer.RenderSpecial(l, "search", "suche/", "search.title", new Dictionary<string, object?>
            {
                ["search_index"] = $"{config.BasePath}{l.Code}/suche/index.json",
            }, diagnostics),
            renderer.RenderPrintableGuide(l, diagnostics),
            renderer.RenderSpecial(l, "postcard", "postkarte/", "print.postcard_title", new Dictionary<string, object?>
            {
                ["home_address"] = config.AbsoluteUrl(SitePaths.Url(config.BasePath, l.Code, SitePaths.HomeKey)),
            }, diagnostics),
        });
        var pages = rendered.Append(chooser).Append(dashboard).Concat(notFound).Concat(printPages).OfType<RenderedPage>().ToList();
        var searchFiles = config.Languages.Select(l => new OutputFile($"{l.Code}/suche/index.json", Encoding.UTF8.GetBytes(Search.SearchIndex.Build(site, l.Code).ToJson())));
        var hostingFiles = HostingFiles.Build(site).Concat(Offers.OfferData.Build(site)).Concat(AtomFeed.Build(site)).Concat(qrFiles).Concat(searchFiles).ToList();

        // Check: the output as a browser reads it.
        var expectedFiles = assetFiles.Concat(hostingFiles).Select(f => f.Path).Concat(site.Pages.Select(p => p.OutputPath));
        var externalLinks = RenderedSiteChecker.Check(pages, expectedFiles, config.BasePath, diagnostics);

        // Publish: one atomic write. (Page HTML is not minified: measured on the real site it saved
        // 1 % of gzipped bytes for a quarter of the build time; CSS and JS are minified once.)
        var files = new List<OutputFile>(rendered.Length + assetFiles.Count + 1);
        foreach (var page in pages)
        {
            files.Add(new OutputFile(page.OutputPath, Encoding.UTF8.GetBytes(page.Html)));
        }

        files.AddRange(assetFiles);
        files.AddRange(hostingFiles);
        var perLanguage = site.Pages.Where(p => !p.IsFallback).GroupBy(p => p.Language.Code).ToDictionary(g => g.Key, g => g.Count());
        var fallbackPages = site.Pages.Count(p => p.IsFallback);
        var failsStrict = options.TreatWarningsAsErrors && diagnostics.ToSortedList().Any(d => d.Severity == Severity.Warning && !config.WarningsNotAsErrors.Contains(d.Code));
        if (diagnostics.HasErrors || failsStrict || !options.WriteOutput)
        {
            return Finish(diagnostics, perLanguage, clock, written: false) with { ExternalLinks = externalLinks, WarningsAreErrors = options.TreatWarningsAsErrors, FallbackPages = fallbackPages, WarningsNotAsErrors = config.WarningsNotAsErrors };
        }

        var written = OutputWriter.Write(output, files, diagnostics);
        return Finish(diagnostics, perLanguage, clock, written) with { ExternalLinks = externalLinks, WarningsAreErrors = options.TreatWarningsAsErrors, FallbackPages = fallbackPages, WarningsNotAsErrors = config.WarningsNotAsErrors };
    }

    /// <summary>BITV 2.0 § 4: the start page explains the site in Deutsche Gebärdensprache. Until the city has the video, every build reminds it.</summary>
    private static void CheckSignLanguageVideo(SiteConfig config, AssetManifest assets, LayoutSet layouts, DiagnosticBag diagnostics)
    {
        var layoutsHaveTheSlot = layouts.Sources.Any(s => s.Contains("sign_language_video", StringComparison.Ordinal));
        if (config.SignLanguageVideo is not { } video)
        {
            if (!layoutsHaveTheSlot)
            {
                return;
            }

            diagnostics.Warning(DiagnosticCodes.SignLanguageVideoMissing, new SourceLocation(SiteConfigLoader.FileName),
                "The start page has no video in Deutsche Gebärdensprache yet (BITV 2.0 § 4). Put the video, a poster image and captions into layouts/assets/dgs/ and name them under sign_language_video in site.yml.");
            return;
        }

        foreach (var file in new[] { video.Video, video.Poster, video.Captions })
        {
            if (assets.UrlOf(file) is null)
            {
                diagnostics.Error(DiagnosticCodes.SignLanguageVideoMissing, new SourceLocation(SiteConfigLoader.FileName),
                    $"sign_language_video names '{file}', which is not in layouts/assets/.");
            }
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

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    internal static bool IsInside(string path, string folder)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal);
    }

    private static BuildResult Finish(DiagnosticBag diagnostics, IReadOnlyDictionary<string, int> perLanguage, Stopwatch clock, bool written) =>
        new(diagnostics.ToSortedList(), perLanguage, clock.Elapsed, written);
}
