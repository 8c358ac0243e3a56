using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Landau.Site.Markdown;
using Landau.Site.Assembly;
using Landau.Site.Diagnostics;
using Landau.Site.Rendering;

namespace Landau.Site.Checking;

/// <summary>
/// The Check stage: reads every rendered page as a browser would (AngleSharp's HTML5 parser) and
/// enforces what no single template or Markdown file can guarantee. Per page: a title, exactly one
/// <c>h1</c>, no skipped heading levels, unique ids, alt texts, link texts, table headers, safe
/// new-window links, nothing a strict Content-Security-Policy would block. Across pages: internal
/// links and fragments resolve, and a page title shown in another language is marked with its
/// <c>lang</c>. Kept apart from rendering: it sees only the output. Problems are reported against the
/// content file (or layout) the page was made from.
/// </summary>
public sealed class RenderedSiteChecker
{
    // What was read from each page's HTML; kept while the page is (a later build of a preview
    // session reuses the same RenderedPage when the page did not change, and so skips the parse).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<RenderedPage, PageReading> _readings = new();

    // A parser sets up a browsing context when made: one per thread of this checker, not one per page.
    private readonly ThreadLocal<HtmlParser> _parser = new(() => new HtmlParser());

    /// <summary>What one page's HTML told: its facts for the site-wide checks and its own problems. Holds no HTML.</summary>
    public sealed record PageReading(PageFacts Facts, IReadOnlyList<Finding> Findings)
    {
        /// <summary>The base path <see cref="ResolvedLinks"/> were worked out for.</summary>
        public string BasePath { get; init; } = "";

        /// <summary>The page's distinct links with where each leads (null: outside the site).</summary>
        public IReadOnlyList<(PageLinkFact Link, (string Path, string? Fragment)? Target)> ResolvedLinks { get; init; } = [];

        /// <summary>This reading with its links resolved against <paramref name="basePath"/>.</summary>
        public PageReading ResolvedFor(string basePath) => this with
        {
            BasePath = basePath,
            ResolvedLinks = [.. Facts.Links.DistinctBy(l => (l.Href, l.Text, l.Language, l.IsAnchor, l.Written))
                .Select(l => (l, Resolve(Facts.OutputPath, l.Href, basePath)))],
        };
    }

    /// <returns>The external links of the site (never fetched), each with the first page that has it.</returns>
    /// <param name="pages">The rendered pages.</param>
    /// <param name="expectedFiles">Every other file of the build, and pages that failed to render (already reported), which links may lead to.</param>
    /// <param name="basePath">The site's base path.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public IReadOnlyDictionary<string, string> Check(IReadOnlyList<RenderedPage> pages, IEnumerable<string> expectedFiles, string basePath, DiagnosticBag diagnostics)
    {
        var readings = new PageReading[pages.Count];
        Parallel.For(0, pages.Count, i => readings[i] = Read(pages[i], basePath));
        return Check(readings, expectedFiles, basePath, diagnostics);
    }

    /// <summary>
    /// Reads one page as a browser would and checks it on its own; kept while the page is, so a page
    /// a preview session did not render again is not parsed again. The HTML can be dropped afterwards.
    /// </summary>
    public PageReading Read(RenderedPage page, string basePath)
    {
        var reading = _readings.GetValue(page, p => Read(p).ResolvedFor(basePath));
        if (reading.BasePath != basePath)
        {
            reading = reading.ResolvedFor(basePath);
            _readings.AddOrUpdate(page, reading);
        }

        return reading;
    }

    /// <summary>The site-wide checks over every page's reading (links and fragments that resolve, titles marked with their language).</summary>
    /// <returns>The external links of the site (never fetched), each with the first page that has it.</returns>
    public IReadOnlyDictionary<string, string> Check(IReadOnlyList<PageReading> readings, IEnumerable<string> expectedFiles, string basePath, DiagnosticBag diagnostics)
    {
        var findings = new System.Collections.Concurrent.ConcurrentBag<Finding>();
        var external = CheckAll(readings, expectedFiles, basePath, findings);

        // A fallback page shows the same source as the page it stands in for: a problem of that
        // source found on several language trees is reported once.
        var reported = new HashSet<(string, string)>();
        foreach (var finding in findings.OrderBy(f => f.FromFallback).ThenBy(f => f.OutputPath, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)
            .ThenBy(f => f.Written?.Line ?? 0).ThenBy(f => f.Written?.Column ?? 0))
        {
            if (reported.Add((finding.Code, finding.SourcePath)) || !finding.FromFallback)
            {
                diagnostics.Error(finding.Code, finding.Written ?? new SourceLocation(finding.SourcePath), $"{finding.Message} (on {finding.OutputPath})");
            }
        }

        return external;
    }

    /// <summary>
    /// A problem found on one page, reported against the file it was made from: at the line of the
    /// Markdown that made the element when that is known (<paramref name="Written"/>).
    /// </summary>
    public sealed record Finding(string Code, string SourcePath, string OutputPath, bool FromFallback, string Message, SourceLocation? Written = null);

    private static IReadOnlyDictionary<string, string> CheckAll(IReadOnlyList<PageReading> readings, IEnumerable<string> expectedFiles, string basePath, System.Collections.Concurrent.ConcurrentBag<Finding> findings)
    {
        var facts = readings.Select(r => r.Facts).ToList();
        foreach (var finding in readings.SelectMany(r => r.Findings))
        {
            findings.Add(finding);
        }

        var byPath = facts.ToDictionary(f => f.OutputPath, StringComparer.Ordinal);
        var files = expectedFiles.ToHashSet(StringComparer.Ordinal);
        var external = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var reading in readings.OrderBy(r => r.Facts.OutputPath, StringComparer.Ordinal))
        {
            var page = reading.Facts;
            void Error(string code, string message, SourceLocation? written = null) =>
                findings.Add(new Finding(code, page.SourcePath, page.OutputPath, page.IsFallback, message, written));
            foreach (var (link, resolved) in (reading.BasePath == basePath ? reading : reading.ResolvedFor(basePath)).ResolvedLinks)
            {
                if (resolved is not { } target)
                {
                    if (link.IsAnchor && link.Href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                    {
                        if (!external.TryGetValue(link.Href, out var first) || string.CompareOrdinal(page.SourcePath, first) < 0)
                        {
                            external[link.Href] = page.SourcePath;
                        }
                    }

                    continue;
                }

                var (path, fragment) = target;
                if (page.RepeatsOtherPages && path.Length > 0 && path != page.OutputPath)
                {
                    continue; // checked, and reported, on the page the body belongs to
                }

                if (path.Length > 0 && !byPath.ContainsKey(path) && !files.Contains(path))
                {
                    if (link.Written is not null && (LinkTarget.IsPageLink(link.Href) || LinkTarget.IsSiteAddress(link.Href)))
                    {
                        continue; // a page's file that is missing or has errors, or a web address: reported at assembly, at this Markdown
                    }

                    Error(DiagnosticCodes.BrokenOutputLink, $"The link '{link.Href}' leads to nothing in this build.{FromLayout(page, link)}", link.Written);
                    continue;
                }

                var targetPage = byPath.GetValueOrDefault(path.Length > 0 ? path : page.OutputPath);
                if (targetPage is null)
                {
                    continue;
                }

                if (fragment is not null && !targetPage.Ids.Contains(fragment))
                {
                    Error(DiagnosticCodes.BrokenOutputLink,
                        $"The link '{link.Href}' points at '#{fragment}', which is not on that page (headings get other ids in other languages).{FromLayout(page, link)}", link.Written);
                }

                // A link that shows another page's title in that page's language must say which language it is (WCAG 3.1.2).
                if (targetPage.Language != link.Language && targetPage.H1Text.Length > 0 && PlainText.Collapse(link.Text) == targetPage.H1Text)
                {
                    Error(DiagnosticCodes.MissingLanguage,
                        $"The link text '{link.Text.Trim()}' is the title of a page in '{targetPage.Language}' but is not marked lang=\"{targetPage.Language}\"; check the layout.");
                }
            }
        }

        return external;
    }

    // A page made from a layout alone is already reported against the layout.
    private static string FromLayout(PageFacts page, PageLinkFact link) =>
        link.Written is null && page.HasMarkdownBody ? " The link comes from the layout, not from this page's text: check the layouts." : "";

    private PageReading Read(RenderedPage page)
    {
        var findings = new List<Finding>();
        var document = _parser.Value!.ParseDocument(page.Html);
        void ErrorAt(string code, string message, SourceLocation? written) =>
            findings.Add(new Finding(code, page.SourcePath, page.OutputPath, page.IsFallback, message, written));
        void Error(string code, string message) => ErrorAt(code, message, null);

        if (string.IsNullOrWhiteSpace(document.Title))
        {
            Error(DiagnosticCodes.PageStructure, "The page has no <title>; check the layout.");
        }

        var h1 = document.QuerySelectorAll("h1");
        if (h1.Length != 1)
        {
            Error(DiagnosticCodes.PageStructure, $"The page has {h1.Length} level-1 headings; it must have exactly one (the page title).");
        }

        CheckHeadingOrder(document, Error);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            if (!ids.Add(element.Id!))
            {
                if (page.BodySource?.Heading(element.Id!) is { } heading)
                {
                    ErrorAt(DiagnosticCodes.DuplicateId, $"The id '{element.Id}' of this heading appears more than once on the page: a part of the layout has the same id. Rename the heading.", heading);
                }
                else
                {
                    Error(DiagnosticCodes.DuplicateId, page.BodySource is null
                        ? $"The id '{element.Id}' appears more than once on the page. Give the elements of the layout different ids."
                        : $"The id '{element.Id}' appears more than once on the page; it comes from the layout, not from this page's text. Give the elements of the layout different ids.");
                }
            }
        }

        foreach (var image in document.Images.Where(i => !i.HasAttribute("alt")))
        {
            Error(DiagnosticCodes.MissingAltText, $"The image '{image.GetAttribute("src")}' has no alt text. Describe it, or mark a decorative image with an empty alt text.");
        }

        foreach (var control in document.QuerySelectorAll("a[href], button").Where(e => AccessibleName(e).Length == 0))
        {
            Error(DiagnosticCodes.EmptyLinkText, $"A {control.LocalName} ('{control.GetAttribute("href")}') has no text: screen readers announce nothing useful.");
        }

        foreach (var table in document.QuerySelectorAll("table").Where(t => t.QuerySelector("th") is null))
        {
            Error(DiagnosticCodes.TableWithoutHeaders, "A table has no header cells: give it a header row.");
        }

        foreach (var link in document.QuerySelectorAll("a[target=_blank]"))
        {
            var rel = link.GetAttribute("rel") ?? "";
            if (!rel.Contains("noopener", StringComparison.Ordinal) || !AccessibleName(link).Contains('↗') && link.QuerySelector(".new-window-hint") is null)
            {
                Error(DiagnosticCodes.NewWindowLink, $"The link '{link.GetAttribute("href")}' opens a new window without rel=\"noopener\" and a visible hint.");
            }
        }

        CheckContentSecurityPolicy(document, Error);

        var elements = document.QuerySelectorAll("a[href], link[href]");
        var anchors = elements.Where(e => e.LocalName == "a").Select(e => e.GetAttribute("href")!).ToList();
        var written = page.BodySource?.Links(anchors);
        var links = new List<PageLinkFact>(elements.Length);
        var anchor = 0;
        foreach (var element in elements)
        {
            var isAnchor = element.LocalName == "a";
            links.Add(new PageLinkFact(element.GetAttribute("href")!, isAnchor ? element.TextContent : "", LanguageOf(element), isAnchor,
                isAnchor ? written?[anchor++] : null));
        }

        // The language of the page's title: on a fallback page the wrapped original's, not the page's.
        var language = (h1.Length > 0 ? LanguageOf(h1[0]) : null) ?? document.DocumentElement.GetAttribute("lang") ?? "";
        return new PageReading(
            new PageFacts(page.OutputPath, page.SourcePath, page.IsFallback, language, h1.Length > 0 ? PlainText.Collapse(h1[0].TextContent) : "", ids, links, page.BodySource is not null, page.RepeatsOtherPages),
            findings);
    }

    private static void CheckHeadingOrder(IHtmlDocument document, Action<string, string> error)
    {
        var previous = 0;
        foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
            {
                error(DiagnosticCodes.PageStructure, $"The heading '{PlainText.Collapse(heading.TextContent)}' jumps from level {previous} to level {level}.");
            }

            previous = level;
        }
    }

    /// <summary>Nothing a strict CSP (no 'unsafe-inline') would block: inline scripts, styles, event handlers.</summary>
    private static void CheckContentSecurityPolicy(IHtmlDocument document, Action<string, string> error)
    {
        foreach (var element in document.All)
        {
            // JSON-LD is a data block, not a script: browsers do not run it, the CSP does not apply.
            if (element.LocalName == "script" && !element.HasAttribute("src") && element.GetAttribute("type") != "application/ld+json")
            {
                error(DiagnosticCodes.InlineCode, "The page has an inline <script>; put scripts in layouts/assets/.");
            }
            else if (element.LocalName == "style")
            {
                error(DiagnosticCodes.InlineCode, "The page has a <style> element; put styles in layouts/assets/site.css.");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name == "style" || attribute.Name.StartsWith("on", StringComparison.Ordinal))
                {
                    error(DiagnosticCodes.InlineCode, $"A <{element.LocalName}> has an inline '{attribute.Name}' attribute, which the Content-Security-Policy blocks.");
                }
            }
        }
    }

    private static string AccessibleName(IElement element) =>
        PlainText.Collapse(element.GetAttribute("aria-label")
            ?? (element.HasAttribute("aria-labelledby") ? "labelled" : null)
            ?? element.TextContent + string.Concat(element.QuerySelectorAll("img[alt]").Select(i => i.GetAttribute("alt"))));

    private static string? LanguageOf(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.GetAttribute("lang") is { } lang)
            {
                return lang;
            }
        }

        return null;
    }

    /// <summary>The output path and fragment an internal link leads to; null for external links.</summary>
    private static (string Path, string? Fragment)? Resolve(string fromOutputPath, string href, string basePath)
    {
        if (href.StartsWith("//", StringComparison.Ordinal) || (href.Contains(':', StringComparison.Ordinal) && !href.StartsWith('/') && !href.StartsWith('#')))
        {
            return null; // https:, mailto:, tel:
        }

        var hash = href.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var path = hash >= 0 ? href[..hash] : href;
        if (path.Length == 0)
        {
            return ("", fragment);
        }

        var from = new Uri("https://site.invalid/" + fromOutputPath);
        var absolute = new Uri(from, path).AbsolutePath;
        // Outside the site: kept as it is, and reported as broken.
        return (SitePaths.FileOfUrl(basePath, absolute) ?? absolute, fragment);
    }
}
