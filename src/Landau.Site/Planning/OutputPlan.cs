using System.Text;
using Landau.Site.Assembly;
using Landau.Site.Configuration;
using Landau.Site.Feeds;
using Landau.Site.Hosting;
using Landau.Site.Model;
using Landau.Site.Offers;
using Landau.Site.Output;
using Landau.Site.Print;
using Landau.Site.Search;

namespace Landau.Site.Planning;

/// <summary>
/// Everything one build writes, decided once after Assemble: every page with its kind and output
/// path, and every group of data files. Render and Publish go through it; nothing else decides
/// what the site contains or where a generated page lives.
/// </summary>
public sealed record OutputPlan(IReadOnlyList<PlannedPage> Pages, IReadOnlyList<PlannedFile> Files)
{
    /// <summary>Where the translation dashboard is published.</summary>
    public const string DashboardFolder = "_translations/";

    /// <summary>A language's search page and index, below the language folder.</summary>
    public const string SearchFolder = "suche/";

    /// <summary>A language's postcard page, below the language folder.</summary>
    public const string PostcardFolder = "postkarte/";

    /// <summary>
    /// The plan of <paramref name="site"/>: each content page; one page per filter of an offer
    /// directory (so filters work as plain links); the language chooser, the translation dashboard,
    /// the 404 pages, and per language the QR code, search, printable guide and postcard pages; then
    /// the hosting files, open data, feeds, QR images and search indexes.
    /// </summary>
    public static OutputPlan Of(SiteModel site, SearchTextCache searchText)
    {
        var config = site.Config;
        var pages = new List<PlannedPage>();
        void Add(string id, PageKind kind, string outputPath, IReadOnlyList<string> layouts, LanguageConfig? language, Page? page = null, OfferFilter? filter = null) =>
            pages.Add(new PlannedPage(id, kind, outputPath, SitePaths.UrlOfFile(config.BasePath, outputPath), layouts, language, page, filter));

        foreach (var page in site.Pages)
        {
            var layouts = LayoutsOf(page);
            Add(page.OutputPath, PageKind.Content, page.OutputPath, layouts, page.Language, page);
            if (page.FrontMatter.Layout == OfferDirectory.Layout)
            {
                foreach (var filter in OfferDirectory.Filters(site, OfferDirectory.Offers(site, page.Language.Code)))
                {
                    var folder = page.OutputPath[..^"index.html".Length] + filter.Path;
                    Add($"{page.OutputPath}?{filter.Path}", PageKind.OfferFilter, folder + "index.html", layouts, page.Language, page, filter);
                }
            }
        }

        Add("index.html", PageKind.LanguageChooser, "index.html", ["chooser"], null);
        Add(DashboardFolder, PageKind.TranslationDashboard, DashboardFolder + "index.html", ["translations"], config.DefaultLanguage);
        foreach (var language in config.Languages)
        {
            Add($"{language.Code}/404.html", PageKind.NotFound, $"{language.Code}/404.html", ["404"], language);
        }

        Add("404.html", PageKind.NotFound, "404.html", ["404"], config.DefaultLanguage);
        foreach (var l in config.Languages)
        {
            Add($"{l.Code}/{QrCodes.Folder}", PageKind.QrCode, $"{l.Code}/{QrCodes.Folder}index.html", ["qr"], l);
            Add($"{l.Code}/{SearchFolder}", PageKind.Search, $"{l.Code}/{SearchFolder}index.html", ["search"], l);
            Add($"{l.Code}/print-guide", PageKind.PrintableGuide, $"{l.Code}/{config.GuideRoot}/druck/index.html", ["print-guide"], l);
            Add($"{l.Code}/{PostcardFolder}", PageKind.Postcard, $"{l.Code}/{PostcardFolder}index.html", ["postcard"], l);
        }

        var files = new List<PlannedFile>
        {
            new("hosting", HostingFiles.Build),
            new("offers", OfferData.Build),
            new("feeds", AtomFeed.Build),
            new("qr", static s => s.Config.Languages.Select(l => QrCodes.Svg(l.Code, s.Config.PrintedAddress(l.Code))).ToList()),
        };
        files.AddRange(config.Languages.Select(l => new PlannedFile($"search {l.Code}", s =>
            [new OutputFile(SearchIndexPath(l.Code), Encoding.UTF8.GetBytes(SearchIndex.Build(s, l.Code, searchText).ToJson()))])));
        return new OutputPlan(pages, files);
    }

    /// <summary>A language's search index, below the output folder.</summary>
    public static string SearchIndexPath(string language) => $"{language}/{SearchFolder}index.json";

    /// <summary>The layouts tried for a content page, most specific first: its own, the home page's, its type's, a section's or a page's.</summary>
    public static IReadOnlyList<string> LayoutsOf(Page page) =>
        [.. new[] { page.FrontMatter.Layout, page.IsHome ? "home" : null, ContentSchema.NameOf(page.Type), page.IsSection ? "section" : "page", "page" }
            .OfType<string>().Distinct()];
}
