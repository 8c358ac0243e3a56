using Landau.Site.Assembly;
using Landau.Site.Assets;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Feeds;
using Landau.Site.Incremental;
using Landau.Site.Localization;
using Landau.Site.Markdown;
using Landau.Site.Model;
using Landau.Site.Print;
using Landau.Site.Planning;
using Landau.Site.Offers;
using Landau.Site.Readability;
using Landau.Site.Translations;
using Landau.Site.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Landau.Site.Rendering;

/// <summary>
/// The Render stage for one page: Markdown body → the type's layout (the page's main content) →
/// <c>baseof</c> (the document around it). Templates run sandboxed: no <c>include</c>, no .NET
/// objects, limits on loops and recursion, every value escaped unless it is an <see cref="HtmlFragment"/>.
/// </summary>
public sealed class PageRenderer
{
    // Read only through the SiteReader of the job being rendered, so that every read is noted.
    private readonly SiteModel _model;
    private readonly LayoutSet _layouts;
    private readonly IReadOnlyDictionary<string, UiStrings> _strings;
    private readonly BodyRenderer _body;
    private readonly AssetManifest _assets;
    private readonly ScriptObject _builtins;
    private readonly BodySafetyCheck _safety = new();
    private readonly (Memo<HtmlFragment> Memo, Func<ModelRead, string?> Answer)? _printBodies;

    // The site view (title, languages, footer contact, feed) is the same for every page of a language.
    private readonly SharedResults<SiteView> _siteViews = new();

    /// <param name="site">The site.</param>
    /// <param name="layouts">The layouts.</param>
    /// <param name="strings">The UI texts per language.</param>
    /// <param name="body">Renders Markdown bodies.</param>
    /// <param name="assets">The assets' published addresses.</param>
    /// <param name="printBodies">In a session: the printable guide's article bodies from earlier builds, with how to check them.</param>
    public PageRenderer(SiteModel site, LayoutSet layouts, IReadOnlyDictionary<string, UiStrings> strings, BodyRenderer body, AssetManifest assets,
        (Memo<HtmlFragment> Memo, Func<ModelRead, string?> Answer)? printBodies = null)
    {
        _printBodies = printBodies;
        _model = site;
        _layouts = layouts;
        _strings = strings;
        _body = body;
        _assets = assets;
        _builtins = TemplateContext.GetDefaultBuiltinObject();
        // Layouts reach other layouts only through 'partial', which looks them up in the parsed set.
        _builtins.Remove("include");
        _builtins.IsReadOnly = true;
    }

    /// <summary>Renders one page of the <see cref="OutputPlan"/>, at the address and with the layouts the plan gives it.</summary>
    /// <param name="planned">The page.</param>
    /// <param name="diagnostics">Where its problems go.</param>
    /// <param name="log">Where what the page reads (of the site, the layouts, the UI texts) is noted.</param>
    public RenderedPage? Render(PlannedPage planned, DiagnosticBag diagnostics, ReadLog log)
    {
        var site = new SiteReader(_model, log);
        var config = site.Config;
        var language = planned.Language ?? config.DefaultLanguage;
        var home = config.PrintedAddress(language.Code);
        return planned.Kind switch
        {
            PageKind.Content or PageKind.OfferFilter => RenderContent(site, planned, diagnostics),
            PageKind.LanguageChooser => RenderLanguageChooser(site, planned, diagnostics),
            PageKind.TranslationDashboard => RenderGenerated(site, planned, "dashboard.title", TranslationDashboard(site), diagnostics, titleFallback: "Translations"),
            PageKind.NotFound => RenderGenerated(site, planned, "notfound.title", [], diagnostics, titleFallback: "404"),
            PageKind.QrCode => RenderGenerated(site, planned, "print.qr_title",
                [new("qr_url", SitePaths.UrlOfFile(config.BasePath, QrCodes.PathOf(language.Code))), new("qr_target", home)], diagnostics),
            PageKind.Search => RenderGenerated(site, planned, "search.title",
                [new("search_index", SitePaths.UrlOfFile(config.BasePath, OutputPlan.SearchIndexPath(language.Code)))], diagnostics),
            PageKind.PrintableGuide => RenderPrintableGuide(site, planned, diagnostics),
            PageKind.Postcard => RenderGenerated(site, planned, "print.postcard_title", [new("home_address", home)], diagnostics),
            _ => throw new ArgumentOutOfRangeException(nameof(planned), planned.Kind, "a page kind without a renderer"),
        };
    }

    /// <summary>
    /// Renders a content page; for a filter page, the offer directory page filtered to the matching
    /// offers, at the filter's own address below the directory.
    /// </summary>
    private RenderedPage? RenderContent(SiteReader site, PlannedPage planned, DiagnosticBag diagnostics)
    {
        var page = planned.Page!;
        var layout = _layouts.FirstOf(planned.Layouts, site.Log);
        var baseLayout = _layouts.Get(LayoutSet.BaseLayout, site.Log);
        if (layout is null || baseLayout is null)
        {
            diagnostics.Error(DiagnosticCodes.LayoutMissing, new SourceLocation(page.Source.SourcePath, 1, 1),
                $"No layout for this page: create one of {string.Join(", ", planned.Layouts.Select(n => $"layouts/{n}.html"))}.");
            return null;
        }

        var strings = StringsFor(page.Language.Code, site.Log);
        // The body of a fallback page is in the fallback language: its callout labels must be too.
        var bodyStrings = StringsFor(page.ContentLanguage.Code, site.Log);
        var document = ReadBody(page, site.Log);
        var body = RenderBody(site, document, page, bodyStrings);
        if (!page.IsFallback)
        {
            _safety.Check(body.Html, document, block => RenderBody(site, block, page, bodyStrings).Html,
                new BodyPositions(page.Source.BodyText, page.Source.SourcePath, page.Source.BodyFirstLine), page.Source.SourcePath, diagnostics);
        }

        var views = new ReaderViews(site, page.Language);
        var offerViews = new OfferViews(site, views, strings);
        var (details, jsonLd) = page.FrontMatter.Details switch
        {
            OfferDetails offer => ((IPageDetailsView?)offerViews.Offer(offer), OfferJsonLd.Of(page, offer, site.Config)),
            ContactDetails => (views.Contact(page), null),
            _ => (null, (HtmlFragment?)null),
        };
        var pageView = new PageViews(site, views).Content(page, body, details, jsonLd);
        var values = new List<KeyValuePair<string, object?>>();
        if (page.FrontMatter.Layout == OfferDirectory.Layout)
        {
            var offers = OfferDirectory.Offers(site, page.Language.Code);
            var filters = OfferDirectory.Filters(site, offers);
            values.Add(new("offers", offerViews.Cards(planned.Filter is { } active ? offers.Where(o => OfferDirectory.Matches(o, active)).ToList() : offers)));
            values.Add(new("filters", offerViews.FilterGroups(page, offers, filters, planned.Filter)));
            // Missing, the layout's own tn 'offers.count' reports it at its line.
            values.Add(new("count_forms", strings.Has("offers.count") ? strings.PluralFormsJson("offers.count") : null));
            if (planned.Filter is { } filter)
            {
                pageView = offerViews.Filtered(page, pageView, filter, planned.Url);
            }
        }

        values.Add(new("page", pageView));
        var globals = Globals(site, page.Language, strings, views, page.Key, values);
        var bodySource = BodyRenderer.SourceMap(document, page.Key, PageUrls(site, page), page.Source.SourcePath, page.Source.BodyFirstLine);
        return RunInBase(site, layout, globals, diagnostics) is { } html
            ? new RenderedPage(planned.OutputPath, html, page.Source.SourcePath) { IsFallback = page.IsFallback, BodySource = bodySource }
            : null;
    }

    /// <summary>
    /// The translation dashboard's values: the status of <c>translations status</c> for translators
    /// who do not use a terminal, and the readability of the German and Leichte Sprache pages.
    /// </summary>
    private static KeyValuePair<string, object?>[] TranslationDashboard(SiteReader site)
    {
        var config = site.Config;
        return
        [
            new("report", TranslationDashboardViews.Of(TranslationReport.Create(site), config, config.DefaultLanguage.Culture)),
            new("readability", ReadabilityReport.Create(
                config.Languages.Where(l => l == config.DefaultLanguage || l.IsLeichteSprache)
                    .SelectMany(l => site.PagesIn(l.Code)
                        .Where(p => !p.IsFallback && p.Source.Readability is not null)
                        .Select(p => new ScoredPage(p.Title, p.Url, l.Name, p.Source.SourcePath, p.Source.Readability!))),
                config.DefaultLanguage.Culture)),
        ];
    }

    /// <summary>
    /// A page the generator makes for a language from its layout alone (404, QR code, search,
    /// postcard …), inside <c>baseof</c>: not indexed, titled with the UI text <paramref name="titleKey"/>
    /// (without it, <paramref name="titleFallback"/> or the key), with <paramref name="values"/> for the layout.
    /// </summary>
    private RenderedPage? RenderGenerated(SiteReader site, PlannedPage planned, string titleKey, IEnumerable<KeyValuePair<string, object?>> values, DiagnosticBag diagnostics, string? titleFallback = null)
    {
        var layoutName = planned.Layouts[0];
        if (_layouts.FirstOf(planned.Layouts, site.Log) is not { } layout)
        {
            // Every page the site makes itself has its layout: a missing one is an error, never a page left out.
            diagnostics.Error(DiagnosticCodes.LayoutMissing, new SourceLocation($"{LayoutSet.Folder}/{layoutName}.html"),
                $"The layout {LayoutSet.Folder}/{layoutName}.html is missing; the site makes one of its own pages from it in every language. Add the layout.");
            return null;
        }

        var language = planned.Language!;
        var strings = StringsFor(language.Code, site.Log);
        var views = new ReaderViews(site, language);
        var page = new PageViews(site, views).Generated(strings.TryGet(titleKey, out var title) ? title : titleFallback ?? titleKey, planned.Url, layoutName);
        var globals = Globals(site, language, strings, views, currentKey: null,
        [
            new("page", page),
            new("count_forms", strings.Has("search.count") ? strings.PluralFormsJson("search.count") : "{}"),
            .. values,
        ]);
        return RunInBase(site, layout, globals, diagnostics) is { } html
            ? new RenderedPage(planned.OutputPath, html, $"{LayoutSet.Folder}/{layoutName}.html") { RepeatsOtherPages = planned.Kind == PageKind.PrintableGuide }
            : null;
    }

    /// <summary>Runs a page's own layout, then <c>baseof</c> around it (its <c>main</c>).</summary>
    private string? RunInBase(SiteReader site, Template layout, ScriptObject globals, DiagnosticBag diagnostics)
    {
        if (_layouts.Get(LayoutSet.BaseLayout, site.Log) is not { } baseLayout || Run(layout, globals, diagnostics) is not { } main)
        {
            return null;
        }

        globals["main"] = new HtmlFragment(main);
        return Run(baseLayout, globals, diagnostics);
    }

    /// <summary>
    /// The printable Wegweiser of a language: every guide section with its articles on one page
    /// (the seed's print version), each body as <see cref="PrintedBody"/> prints it.
    /// </summary>
    private RenderedPage? RenderPrintableGuide(SiteReader site, PlannedPage planned, DiagnosticBag diagnostics)
    {
        var language = planned.Language!;
        var guideKey = $"{site.Config.GuideRoot}/_index.md";
        if (site.Resolve(guideKey, language.Code) is not { } guide)
        {
            return null;
        }

        var views = new ReaderViews(site, language);
        var sections = new List<PrintArticleView>();
        foreach (var key in site.ChildrenOf(guideKey))
        {
            if (site.Resolve(key, language.Code) is { } section)
            {
                var articles = site.ChildrenOf(key).Select(k => site.Resolve(k, language.Code)).OfType<Page>().Select(a => PrintView(site.Log, views, a, shift: 2, [])).ToList();
                sections.Add(PrintView(site.Log, views, section, shift: 1, articles));
            }
        }

        return RenderGenerated(site, planned, "print.guide_title", [new("sections", sections), new("guide", views.Summary(guide, null))], diagnostics);
    }

    /// <summary>
    /// A page for the printable guide: its body with ids prefixed and headings moved <paramref name="shift"/>
    /// levels down. What making the body reads is a read of the guide, whose log is <paramref name="guideLog"/>.
    /// </summary>
    private PrintArticleView PrintView(ReadLog guideLog, ReaderViews views, Page page, int shift, IReadOnlyList<PrintArticleView> articles)
    {
        var anchor = PrintedBody.AnchorOf(page.Key);
        HtmlFragment Body(ReadLog log) =>
            PrintedBody.Of(RenderBody(new SiteReader(_model, log), ReadBody(page, log), page, StringsFor(page.ContentLanguage.Code, log)), anchor, shift);

        // Every printable guide shows every article: in a session, an article's printed body is a job
        // of its own, made again only when what it read changed (its reads count as the guide's reads too).
        var content = _printBodies is { } memo
            ? memo.Memo.Get($"{page.Language.Code}|{page.Key}|{shift}", memo.Answer, new DiagnosticBag(), (_, log) => Body(log), within: guideLog)!
            : Body(guideLog);
        return new PrintArticleView(views.Summary(page, null), anchor, content, articles);
    }

    /// <summary>The root page: every language in its own name, each in its own language and direction.</summary>
    private RenderedPage? RenderLanguageChooser(SiteReader site, PlannedPage planned, DiagnosticBag diagnostics)
    {
        var config = site.Config;
        if (_layouts.FirstOf(planned.Layouts, site.Log) is not { } chooser)
        {
            return null; // the layout set reports the missing chooser
        }

        var strings = StringsFor(config.DefaultLanguage.Code, site.Log);
        var views = new ReaderViews(site, config.DefaultLanguage);
        var choices = config.Languages.Select(language => new LanguageChoiceView(views.Language(language), config.TitleFor(language.Code),
            StringsFor(language.Code, site.Log).TryGet("chooser.prompt", out var prompt) ? prompt : language.Name)).ToList();
        var html = Run(chooser, Globals(site, config.DefaultLanguage, strings, views, currentKey: null, [new("choices", choices)]), diagnostics);
        return html is null ? null : new RenderedPage(planned.OutputPath, html, $"{LayoutSet.Folder}/{planned.Layouts[0]}.html");
    }

    /// <summary>The parsed Markdown of <paramref name="page"/>: showing it is a read of the page and of its body.</summary>
    private static Markdig.Syntax.MarkdownDocument ReadBody(Page page, ReadLog log)
    {
        log.Add(ReadKind.Resolve, page.Key, page.Language.Code);
        log.Add(ReadKind.Body, page.Key, page.Language.Code);
        return page.Source.ParseBody();
    }

    /// <summary>Renders (part of) <paramref name="page"/>'s Markdown for its reader: links lead to pages in the reader's language.</summary>
    private HtmlFragment RenderBody(ISite site, Markdig.Syntax.MarkdownObject markdown, Page page, UiStrings strings) =>
        _body.Render(
            markdown,
            page.Key,
            PageUrls(site, page),
            label => strings.TryGet(label, out var text) ? text : label,
            isolateLatinRuns: page.ContentLanguage.Direction == TextDirection.Rtl);

    /// <summary>The URLs of pages for <paramref name="page"/>'s reader: links in its body lead to pages in the reader's language.</summary>
    private static Func<string, string?> PageUrls(ISite site, Page page) => target => site.Resolve(target, page.Language.Code)?.Url;

    /// <summary>The layouts' global names: the site, the functions, and <paramref name="values"/> of the page being rendered.</summary>
    private ScriptObject Globals(SiteReader site, LanguageConfig reader, UiStrings strings, ReaderViews views, string? currentKey, IEnumerable<KeyValuePair<string, object?>> values)
    {
        var globals = new ScriptObject(24)
        {
            ["site"] = _siteViews.Get(reader.Code, site.Log, log => SiteViewOf(new SiteReader(_model, log), reader)),
            ["sign_language_video"] = SignLanguageVideoView.Of(site.Config, _assets, reader),
        };
        foreach (var (name, value) in values)
        {
            globals[name] = value;
        }

        string Missing(string key) => throw new LayoutException($"There is no interface text '{key}' in i18n/{reader.Code}.yml.");
        globals["t"] = new LayoutFunction(1, typeof(string), (context, args) =>
        {
            var key = LayoutFunction.Text(context, args, 0);
            return strings.TryGet(key, out var text) ? text
                : strings.Has(key) ? throw new LayoutException($"The interface text '{key}' has plural forms: use tn '{key}' count.")
                : Missing(key);
        });
        globals["tn"] = new LayoutFunction(2, typeof(string), (context, args) =>
        {
            var key = LayoutFunction.Text(context, args, 0);
            return strings.Has(key) ? strings.Plural(key, Convert.ToDecimal(args[1], System.Globalization.CultureInfo.InvariantCulture)) : Missing(key);
        });
        globals["tf"] = new LayoutFunction(2, typeof(string), (context, args) =>
        {
            var key = LayoutFunction.Text(context, args, 0);
            var parameters = args[1] as ScriptObject ?? throw new LayoutException($"tf '{key}' needs its values as an object, e.g. {{{{ tf '{key}' {{name: page.title}} }}}}.");
            return strings.TryGet(key, out _) ? strings.Format(key, parameters.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal)) : Missing(key);
        });
        globals["link_to"] = new LayoutFunction(1, typeof(PageSummaryView), (context, args) =>
        {
            var key = LayoutFunction.Text(context, args, 0);
            return site.Resolve(key, reader.Code) is { } target ? views.Summary(target, currentKey) : throw new LayoutException($"There is no page '{key}' (content/{site.Config.DefaultLanguage.Code}/{key}).");
        });
        globals["children_of"] = new LayoutFunction(1, typeof(IReadOnlyList<PageSummaryView>), (context, args) =>
            views.Summaries(site.ChildrenOf(LayoutFunction.Text(context, args, 0)), currentKey));
        globals["contact"] = new LayoutFunction(1, typeof(ContactView), (context, args) =>
        {
            var id = LayoutFunction.Text(context, args, 0);
            return views.ContactById(id) ?? throw new LayoutException($"There is no contact page with id '{id}'.");
        });
        globals["asset"] = new LayoutFunction(1, typeof(string), (context, args) =>
        {
            var name = LayoutFunction.Text(context, args, 0);
            return _assets.UrlOf(name) ?? throw new LayoutException($"There is no asset '{name}' in layouts/assets/.");
        });
        globals["partial"] = new PartialFunction(_layouts, site.Log);
        return globals;
    }

    /// <summary>The site view of <paramref name="reader"/>'s language, the same for every page of the language.</summary>
    private static SiteView SiteViewOf(ISite site, LanguageConfig reader) =>
        new ReaderViews(site, reader).Site(AtomFeed.NewsOf(site, reader.Code).Count > 0 ? SitePaths.UrlOfFile(site.Config.BasePath, AtomFeed.PathOf(reader.Code)) : null);

    /// <summary>The UI texts of a language; reading them is a read of the job whose <paramref name="log"/> is given.</summary>
    private UiStrings StringsFor(string language, ReadLog log)
    {
        log.Add(ReadKind.UiTexts, language);
        return _strings[language];
    }

    private string? Run(Template template, ScriptObject globals, DiagnosticBag diagnostics)
    {
        var context = new EscapingTemplateContext(_builtins);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            // A mistake in a layout fails every page that uses it: the same diagnostic, listed once by the bag.
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, LayoutSet.LocationOf(ex.Span), Innermost(ex).Message.Trim());
        }
        catch (LayoutException ex)
        {
            var span = context.CurrentNode?.Span ?? default(Scriban.Parsing.SourceSpan);
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, LayoutSet.LocationOf(span), ex.Message);
        }

        return null;
    }

    private static Exception Innermost(ScriptRuntimeException ex) =>
        ex.InnerException is LayoutException inner ? inner : new LayoutException(ex.OriginalMessage);
}
