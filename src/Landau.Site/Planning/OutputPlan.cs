using System.Text;
using Landau.Site.Assembly;
using Landau.Site.Feeds;
using Landau.Site.Hosting;
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
        foreach (var page in site.Pages)
        {
            pages.Add(new PlannedPage(page.OutputPath, PageKind.Content, page.OutputPath, page.Language, page));
            if (page.FrontMatter.Layout == OfferDirectory.Layout)
            {
                foreach (var filter in OfferDirectory.Filters(site, OfferDirectory.Offers(site, page.Language.Code)))
                {
                    var folder = page.OutputPath[..^"index.html".Length] + filter.Path;
                    pages.Add(new PlannedPage($"{page.OutputPath}?{filter.Path}", PageKind.OfferFilter, folder + "index.html", page.Language, page, filter));
                }
            }
        }

        pages.Add(new PlannedPage("index.html", PageKind.LanguageChooser, "index.html"));
        pages.Add(new PlannedPage(DashboardFolder, PageKind.TranslationDashboard, DashboardFolder + "index.html", config.DefaultLanguage));
        foreach (var language in config.Languages)
        {
            pages.Add(new PlannedPage($"{language.Code}/404.html", PageKind.NotFound, $"{language.Code}/404.html", language));
        }

        pages.Add(new PlannedPage("404.html", PageKind.NotFound, "404.html", config.DefaultLanguage));
        foreach (var l in config.Languages)
        {
            pages.Add(new PlannedPage($"{l.Code}/{QrCodes.Folder}", PageKind.QrCode, $"{l.Code}/{QrCodes.Folder}index.html", l));
            pages.Add(new PlannedPage($"{l.Code}/{SearchFolder}", PageKind.Search, $"{l.Code}/{SearchFolder}index.html", l));
            pages.Add(new PlannedPage($"{l.Code}/print-guide", PageKind.PrintableGuide, $"{l.Code}/{config.GuideRoot}/druck/index.html", l));
            pages.Add(new PlannedPage($"{l.Code}/{PostcardFolder}", PageKind.Postcard, $"{l.Code}/{PostcardFolder}index.html", l));
        }

        var files = new List<PlannedFile>
        {
            new("hosting", () => HostingFiles.Build(site)),
            new("offers", () => OfferData.Build(site).ToList()),
            new("feeds", () => AtomFeed.Build(site).ToList()),
            new("qr", () => config.Languages.Select(l => QrCodes.Svg(l.Code, config.PrintedAddress(l.Code))).ToList()),
        };
        files.AddRange(config.Languages.Select(l => new PlannedFile($"search {l.Code}", () =>
            [new OutputFile($"{l.Code}/{SearchFolder}index.json", Encoding.UTF8.GetBytes(SearchIndex.Build(site, l.Code, searchText).ToJson()))])));
        return new OutputPlan(pages, files);
    }
}
