using AngleSharp.Html.Parser;
using Landau.Site.Diagnostics;
using Landau.Site.Publishing;
using Landau.Site.Rendering;

namespace Landau.Site.Checking;

/// <summary>
/// The Check stage: reads every rendered page as a browser would (AngleSharp's HTML5 parser) and
/// checks what no single template or Markdown file can guarantee: a title, exactly one <c>h1</c>,
/// unique ids, and internal links and fragments that lead somewhere in this build's output.
/// Kept apart from rendering: it sees only the output.
/// </summary>
public static class RenderedSiteChecker
{
    public static void Check(IReadOnlyList<RenderedPage> pages, IReadOnlyList<OutputFile> otherFiles, string basePath, DiagnosticBag diagnostics)
    {
        var facts = new PageFacts[pages.Count];
        Parallel.For(0, pages.Count, i => facts[i] = Read(pages[i]));

        var byPath = facts.ToDictionary(f => f.OutputPath, StringComparer.Ordinal);
        var files = otherFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var page in facts)
        {
            var where = new SourceLocation(page.SourcePath);
            if (string.IsNullOrWhiteSpace(page.Title))
            {
                diagnostics.Error(DiagnosticCodes.PageStructure, where, $"The page {page.OutputPath} has no <title>; check the layout.");
            }

            if (page.H1Count != 1)
            {
                diagnostics.Error(DiagnosticCodes.PageStructure, where,
                    $"The page {page.OutputPath} has {page.H1Count} level-1 headings; it must have exactly one (the page title).");
            }

            foreach (var id in page.DuplicateIds)
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, where,
                    $"The id '{id}' appears more than once on {page.OutputPath}; a heading may have the same text as a layout element. Rename the heading.");
            }

            foreach (var href in page.Links.Distinct(StringComparer.Ordinal))
            {
                if (Resolve(page.OutputPath, href, basePath) is not { } target)
                {
                    continue; // external, mailto:, tel:
                }

                var (path, fragment) = target;
                if (path.Length > 0 && !byPath.ContainsKey(path) && !files.Contains(path))
                {
                    diagnostics.Error(DiagnosticCodes.BrokenOutputLink, where, $"The link '{href}' on {page.OutputPath} leads to nothing in this build.");
                }
                else if (fragment is not null && byPath.TryGetValue(path.Length > 0 ? path : page.OutputPath, out var targetPage) && !targetPage.Ids.Contains(fragment))
                {
                    diagnostics.Error(DiagnosticCodes.BrokenOutputLink, where,
                        $"The link '{href}' on {page.OutputPath} points at '#{fragment}', which is not on that page (headings get other ids in other languages).");
                }
            }
        }
    }

    private static PageFacts Read(RenderedPage page)
    {
        var document = new HtmlParser().ParseDocument(page.Html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            if (!ids.Add(element.Id!))
            {
                duplicates.Add(element.Id!);
            }
        }

        var links = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!).ToList();
        return new PageFacts(page.OutputPath, page.SourcePath, document.Title ?? "", document.QuerySelectorAll("h1").Length, ids, duplicates, links);
    }

    /// <summary>The output path and fragment an internal link leads to; null for external links.</summary>
    private static (string Path, string? Fragment)? Resolve(string fromOutputPath, string href, string basePath)
    {
        if (href.Contains(':', StringComparison.Ordinal) && !href.StartsWith('/') && !href.StartsWith('#'))
        {
            return null; // https:, mailto:, tel:
        }

        if (href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
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
        if (!absolute.StartsWith(basePath, StringComparison.Ordinal))
        {
            return (absolute, fragment); // outside the site: reported as broken
        }

        var relative = Uri.UnescapeDataString(absolute[basePath.Length..]);
        return (relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative, fragment);
    }
}
