using Landau.Site.Assembly;
using Landau.Site.Assets;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Incremental;
using Landau.Site.Localization;
using Landau.Site.Markdown;
using Landau.Site.Model;
using Landau.Site.Print;
using Landau.Site.Planning;
using Landau.Site.Offers;
using Landau.Site.Readability;
using Landau.Site.Translations;
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
    private readonly SiteModel _site;
    private readonly LayoutSet _layouts;
    private readonly IReadOnlyDictionary<string, UiStrings> _strings;
    private readonly BodyRenderer _body;
    private readonly AssetManifest _assets;
    private readonly ScriptObject _builtins;
    private readonly BodySafetyCheck _safety = new();
    private readonly (Memo<HtmlFragment> Memo, Func<ModelRead, string?> Answer)? _printBodies;

    // The site view (title, languages, footer contact, feed) is the same for every page of a language.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ScriptObject Value, ModelRead[] Reads)> _siteViews = new();

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
        _site = site;
        _layouts = layouts;
        _strings = strings;
        _body = body;
        _assets = assets;
        _builtins = TemplateContext.GetDefaultBuiltinObject();
        // Layouts reach other layouts only through 'partial', which looks them up in the parsed set.
        _builtins.Remove("include");
        _builtins.IsReadOnly = true;
    }

    /// <summary>The layouts tried for a page, most specific first.</summary>
    public static IEnumerable<string> LayoutCandidates(Page page)
    {
        if (page.FrontMatter.Layout is { } layout)
        {
            yield return layout;
        }

        if (page.IsHome)
        {
            yield return "home";
        }

        yield return ContentSchema.NameOf(page.Type);
        yield return page.IsSection ? "section" : "page";
        yield return "page";
    }

    public RenderedPage? Render(Page page, DiagnosticBag diagnostics) => Render(page, filter: null, diagnostics);

    /// <summary>Renders one page of the <see cref="OutputPlan"/>.</summary>
    public RenderedPage? Render(PlannedPage planned, DiagnosticBag diagnostics)
    {
        var config = _site.Config;
        var language = planned.Language ?? config.DefaultLanguage;
        var home = config.PrintedAddress(language.Code);
        return planned.Kind switch
        {
            PageKind.Content => Render(planned.Page!, null, diagnostics),
            PageKind.OfferFilter => Render(planned.Page!, planned.Filter, diagnostics),
            PageKind.LanguageChooser => RenderLanguageChooser(diagnostics),
            PageKind.TranslationDashboard => RenderTranslationDashboard(TranslationReport.Create(_site), diagnostics),
            PageKind.NotFound => RenderNotFound(language, planned.OutputPath, diagnostics),
            PageKind.QrCode => RenderSpecial(language, "qr", QrCodes.Folder, "print.qr_title", new Dictionary<string, object?>
            {
                ["qr_url"] = $"{config.BasePath}{language.Code}/{QrCodes.Folder}{QrCodes.FileName}",
                ["qr_target"] = home,
            }, diagnostics),
            PageKind.Search => RenderSpecial(language, "search", OutputPlan.SearchFolder, "search.title", new Dictionary<string, object?>
            {
                ["search_index"] = $"{config.BasePath}{language.Code}/{OutputPlan.SearchFolder}index.json",
            }, diagnostics),
            PageKind.PrintableGuide => RenderPrintableGuide(language, diagnostics),
            PageKind.Postcard => RenderSpecial(language, "postcard", OutputPlan.PostcardFolder, "print.postcard_title", new Dictionary<string, object?>
            {
                ["home_address"] = home,
            }, diagnostics),
            _ => throw new ArgumentOutOfRangeException(nameof(planned), planned.Kind, "a page kind without a renderer"),
        };
    }

    /// <summary>
    /// Renders <paramref name="page"/>; with a <paramref name="filter"/>, the offer directory page
    /// filtered to the matching offers, at the filter's own address below the directory.
    /// </summary>
    public RenderedPage? Render(Page page, OfferFilter? filter, DiagnosticBag diagnostics)
    {
        var layout = _layouts.FirstOf(LayoutCandidates(page));
        var baseLayout = _layouts.Get(LayoutSet.BaseLayout);
        if (layout is null || baseLayout is null)
        {
            diagnostics.Error(DiagnosticCodes.LayoutMissing, new SourceLocation(page.Source.SourcePath, 1, 1),
                $"No layout for this page: create one of {string.Join(", ", LayoutCandidates(page).Distinct().Select(n => $"layouts/{n}.html"))}.");
            return null;
        }

        var strings = StringsFor(page.Language.Code);
        // The body of a fallback page is in the fallback language: its callout labels must be too.
        var bodyStrings = StringsFor(page.ContentLanguage.Code);
        ReadRecorder.Read(ReadKind.Resolve, page.Key, page.Language.Code);
        ReadRecorder.Read(ReadKind.Body, page.Key, page.Language.Code);
        var document = page.Source.ParseBody();
        var body = RenderBody(document, page, bodyStrings);
        if (!page.IsFallback)
        {
            _safety.Check(body.Html, document, block => RenderBody(block, page, bodyStrings).Html,
                new BodyPositions(page.Source.BodyText, page.Source.SourcePath, page.Source.BodyFirstLine), page.Source.SourcePath, diagnostics);
        }

        var views = new ViewFactory(_site, page.Language, strings);
        var globals = Globals(page.Language, strings, views, page.Key);
        var pageView = views.PageView(page, body);
        var outputPath = page.OutputPath;
        if (page.FrontMatter.Layout == OfferDirectory.Layout)
        {
            var offers = OfferDirectory.Offers(_site, page.Language.Code);
            var filters = OfferDirectory.Filters(_site, offers);
            globals["offers"] = views.OfferCards(filter is null ? offers : offers.Where(o => OfferDirectory.Matches(o, filter)).ToList());
            globals["filters"] = views.OfferFilterGroups(page, offers, filters, filter);
            // Missing, the layout's own tn 'offers.count' reports it at its line.
            globals["count_forms"] = strings.Has("offers.count") ? strings.PluralFormsJson("offers.count") : null;
            if (filter is not null)
            {
                pageView = views.FilteredDirectoryView(page, pageView, filter);
                outputPath = page.OutputPath[..^"index.html".Length] + filter.Path + "index.html";
            }
        }

        globals["page"] = pageView;
        var bodySource = BodyRenderer.SourceMap(document, page.Key, PageUrls(page), page.Source.SourcePath, page.Source.BodyFirstLine);
        return RunInBase(layout, globals, diagnostics) is { } html
            ? new RenderedPage(outputPath, html, page.Source.SourcePath) { IsFallback = page.IsFallback, BodySource = bodySource }
            : null;
    }

    /// <summary>
    /// The "not found" page of a language (<c>layouts/404.html</c> inside <c>baseof</c>), written to
    /// <paramref name="outputPath"/>; its title is the UI text <c>notfound.title</c>.
    /// </summary>
    public RenderedPage? RenderNotFound(LanguageConfig language, string outputPath, DiagnosticBag diagnostics) =>
        RenderFromLayout(language, "404", outputPath, diagnostics, (globals, views, strings) =>
            globals["page"] = views.NotFoundView(strings.TryGet("notfound.title", out var title) ? title : "404"));

    /// <summary>
    /// The translation dashboard (<c>layouts/translations.html</c>) at <c>_translations/index.html</c>:
    /// the status of <c>translations status</c> for translators who do not use a terminal. Not indexed.
    /// </summary>
    public RenderedPage? RenderTranslationDashboard(TranslationReport report, DiagnosticBag diagnostics) =>
        RenderFromLayout(_site.Config.DefaultLanguage, "translations", OutputPlan.DashboardFolder + "index.html", diagnostics, (globals, views, strings) =>
        {
            globals["page"] = views.SpecialPageView(strings.TryGet("dashboard.title", out var title) ? title : "Translations", $"{_site.Config.BasePath}{OutputPlan.DashboardFolder}", "translations");
            globals["report"] = TranslationDashboardViews.Of(report, _site.Config, _site.Config.DefaultLanguage.Culture);
            globals["readability"] = ReadabilityReport.Create(
                _site.Config.Languages.Where(l => l == _site.Config.DefaultLanguage || l.IsLeichteSprache)
                    .SelectMany(l => _site.PagesIn(l.Code)
                        .Where(p => !p.IsFallback && p.Source.Readability is not null)
                        .Select(p => new ScoredPage(p.Title, p.Url, l.Name, p.Source.SourcePath, p.Source.Readability!))),
                _site.Config.DefaultLanguage.Culture);
        });

    /// <summary>
    /// A page the generator makes for a language from a layout alone (QR code, postcard): not
    /// indexed, in the language's tree, with <paramref name="extra"/> values for the layout.
    /// </summary>
    public RenderedPage? RenderSpecial(LanguageConfig language, string layoutName, string path, string titleKey, IReadOnlyDictionary<string, object?> extra, DiagnosticBag diagnostics, bool repeatsOtherPages = false) =>
        RenderFromLayout(language, layoutName, $"{language.Code}/{path}index.html", diagnostics, (globals, views, strings) =>
        {
            globals["page"] = views.SpecialPageView(strings.TryGet(titleKey, out var title) ? title : titleKey, $"{_site.Config.BasePath}{language.Code}/{path}", layoutName);
            globals["count_forms"] = strings.Has("search.count") ? strings.PluralFormsJson("search.count") : "{}";
            foreach (var (key, value) in extra)
            {
                globals[key] = value;
            }
        }, repeatsOtherPages);

    /// <summary>A page made from a layout alone (no content file), inside <c>baseof</c>; <paramref name="fill"/> adds its values.</summary>
    private RenderedPage? RenderFromLayout(LanguageConfig language, string layoutName, string outputPath, DiagnosticBag diagnostics, Action<ScriptObject, ViewFactory, UiStrings> fill, bool repeatsOtherPages = false)
    {
        if (_layouts.Get(layoutName) is not { } layout)
        {
            // Every page the site makes itself has its layout: a missing one is an error, never a page left out.
            diagnostics.Error(DiagnosticCodes.LayoutMissing, new SourceLocation($"{LayoutSet.Folder}/{layoutName}.html"),
                $"The layout {LayoutSet.Folder}/{layoutName}.html is missing; the site makes one of its own pages from it in every language. Add the layout.");
            return null;
        }

        var strings = StringsFor(language.Code);
        var views = new ViewFactory(_site, language, strings);
        var globals = Globals(language, strings, views, currentKey: null);
        fill(globals, views, strings);
        var source = $"{LayoutSet.Folder}/{layoutName}.html";
        return RunInBase(layout, globals, diagnostics) is { } html
            ? new RenderedPage(outputPath, html, source) { RepeatsOtherPages = repeatsOtherPages }
            : null;
    }

    /// <summary>Runs a page's own layout, then <c>baseof</c> around it (its <c>main</c>).</summary>
    private string? RunInBase(Template layout, ScriptObject globals, DiagnosticBag diagnostics)
    {
        if (_layouts.Get(LayoutSet.BaseLayout) is not { } baseLayout || Run(layout, globals, diagnostics) is not { } main)
        {
            return null;
        }

        globals["main"] = new HtmlFragment(main);
        return Run(baseLayout, globals, diagnostics);
    }

    /// <summary>
    /// The printable Wegweiser of a language: every guide section with its articles on one page
    /// (the seed's print version). Ids are prefixed per article so headings stay unique.
    /// </summary>
    public RenderedPage? RenderPrintableGuide(LanguageConfig language, DiagnosticBag diagnostics)
    {
        var guideKey = $"{_site.Config.GuideRoot}/_index.md";
        if (_site.Resolve(guideKey, language.Code) is not { } guide)
        {
            return null;
        }

        var views = new ViewFactory(_site, language, StringsFor(language.Code));
        var sections = new ScriptArray();
        foreach (var key in _site.ChildrenOf(guideKey))
        {
            if (_site.Resolve(key, language.Code) is not { } section)
            {
                continue;
            }

            var articles = new ScriptArray();
            foreach (var articleKey in _site.ChildrenOf(key))
            {
                if (_site.Resolve(articleKey, language.Code) is { } article)
                {
                    articles.Add(PrintView(views, article, shift: 2));
                }
            }

            var view = PrintView(views, section, shift: 1);
            view["articles"] = articles;
            sections.Add(view);
        }

        return RenderSpecial(language, "print-guide", $"{_site.Config.GuideRoot}/druck/", "print.guide_title",
            new Dictionary<string, object?> { ["sections"] = sections, ["guide"] = views.Summary(guide, null) }, diagnostics, repeatsOtherPages: true);
    }

    /// <summary>A page for the printable guide: its body with ids prefixed and headings moved <paramref name="shift"/> levels down.</summary>
    private ScriptObject PrintView(ViewFactory views, Page page, int shift)
    {
        var prefix = page.Key.Replace("/_index.md", "", StringComparison.Ordinal).Replace(".md", "", StringComparison.Ordinal).Replace('/', '-') + "-";
        HtmlFragment Body(DiagnosticBag _)
        {
            ReadRecorder.Read(ReadKind.Resolve, page.Key, page.Language.Code);
            ReadRecorder.Read(ReadKind.Body, page.Key, page.Language.Code);
            var body = RenderBody(page.Source.ParseBody(), page, StringsFor(page.ContentLanguage.Code)).Html
                .Replace(" id=\"", $" id=\"{prefix}", StringComparison.Ordinal)
                .Replace("href=\"#", $"href=\"#{prefix}", StringComparison.Ordinal);
            for (var level = 5; level >= 2; level--)
            {
                var to = Math.Min(level + shift, 6);
                body = body.Replace($"<h{level}", $"<h{to}", StringComparison.Ordinal).Replace($"</h{level}>", $"</h{to}>", StringComparison.Ordinal);
            }

            return new HtmlFragment(body);
        }

        // Every printable guide shows every article: in a session, an article's printed body is
        // made again only when what it read changed (its reads count as the guide's reads too).
        var content = _printBodies is { } memo
            ? memo.Memo.Get($"{page.Language.Code}|{page.Key}|{shift}", memo.Answer, new DiagnosticBag(), Body)!
            : Body(new DiagnosticBag());
        var view = ViewFactory.Copy(views.Summary(page, null));

        view["anchor"] = prefix.TrimEnd('-');
        view["content"] = content;
        return view;
    }

    /// <summary>The root page: every language in its own name, each in its own language and direction.</summary>
    public RenderedPage? RenderLanguageChooser(DiagnosticBag diagnostics)
    {
        var config = _site.Config;
        var chooser = _layouts.Get(LayoutSet.ChooserLayout);
        if (chooser is null)
        {
            return null;
        }

        var strings = StringsFor(config.DefaultLanguage.Code);
        var views = new ViewFactory(_site, config.DefaultLanguage, strings);
        var globals = Globals(config.DefaultLanguage, strings, views, currentKey: null);
        var choices = new ScriptArray();
        foreach (var language in config.Languages)
        {
            var own = StringsFor(language.Code);
            var choice = ViewFactory.Copy(views.LanguageView(language));

            choice["site_title"] = config.TitleFor(language.Code);
            choice["prompt"] = own.TryGet("chooser.prompt", out var prompt) ? prompt : language.Name;
            choices.Add(choice);
        }

        globals["choices"] = choices;
        var html = Run(chooser, globals, diagnostics);
        return html is null ? null : new RenderedPage("index.html", html, $"{LayoutSet.Folder}/{LayoutSet.ChooserLayout}.html");
    }

    /// <summary>Renders (part of) <paramref name="page"/>'s Markdown for its reader: links lead to pages in the reader's language.</summary>
    private HtmlFragment RenderBody(Markdig.Syntax.MarkdownObject markdown, Page page, UiStrings strings) =>
        _body.Render(
            markdown,
            page.Key,
            PageUrls(page),
            label => strings.TryGet(label, out var text) ? text : label,
            isolateLatinRuns: page.ContentLanguage.Direction == TextDirection.Rtl);

    /// <summary>The URLs of pages for <paramref name="page"/>'s reader: links in its body lead to pages in the reader's language.</summary>
    private Func<string, string?> PageUrls(Page page) => target => _site.Resolve(target, page.Language.Code)?.Url;

    private ScriptObject Globals(LanguageConfig reader, UiStrings strings, ViewFactory views, string? currentKey)
    {
        var globals = new ScriptObject(24)
        {
            ["site"] = ReadRecorder.Remembered(_siteViews, reader.Code, views.SiteView),
            ["sign_language_video"] = SignLanguageVideoView(reader),
        };

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
        globals["link_to"] = new LayoutFunction(1, typeof(ScriptObject), (context, args) =>
        {
            var key = LayoutFunction.Text(context, args, 0);
            return _site.Resolve(key, reader.Code) is { } target ? views.Summary(target, currentKey) : throw new LayoutException($"There is no page '{key}' (content/{_site.Config.DefaultLanguage.Code}/{key}).");
        });
        globals["children_of"] = new LayoutFunction(1, typeof(ScriptArray), (context, args) =>
        {
            var list = new ScriptArray();
            foreach (var child in _site.ChildrenOf(LayoutFunction.Text(context, args, 0)).Select(k => _site.Resolve(k, reader.Code)).OfType<Page>())
            {
                list.Add(views.Summary(child, currentKey));
            }

            return list;
        });
        globals["contact"] = new LayoutFunction(1, typeof(ScriptObject), (context, args) =>
        {
            var id = LayoutFunction.Text(context, args, 0);
            return views.ContactById(id) ?? throw new LayoutException($"There is no contact page with id '{id}'.");
        });
        globals["asset"] = new LayoutFunction(1, typeof(string), (context, args) =>
        {
            var name = LayoutFunction.Text(context, args, 0);
            return _assets.UrlOf(name) ?? throw new LayoutException($"There is no asset '{name}' in layouts/assets/.");
        });
        globals["partial"] = new PartialFunction(_layouts);
        return globals;
    }

    /// <summary>The UI texts of a language; reading them is a dependency of the page being rendered.</summary>
    private UiStrings StringsFor(string language)
    {
        ReadRecorder.Read(ReadKind.UiTexts, language);
        return _strings[language];
    }

    private ScriptObject? SignLanguageVideoView(LanguageConfig reader)
    {
        if (_site.Config.SignLanguageVideo is not { } video || _assets.UrlOf(video.Video) is not { } url)
        {
            return null;
        }

        var megabytes = _assets.SizeOf(video.Video) / 1024.0 / 1024.0;
        var view = new ScriptObject(5)
        {
            ["video"] = url,
            ["poster"] = _assets.UrlOf(video.Poster),
            ["captions"] = _assets.UrlOf(video.Captions),
            ["duration"] = video.Duration,
            ["size"] = megabytes.ToString("0.0", reader.Culture) + " MB",
        };
        view.IsReadOnly = true;
        return view;
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
