using Landau.Site.Assembly;
using Landau.Site.Diagnostics;
using Landau.Site.Rendering;

namespace Landau.Site.Checking;

/// <summary>
/// A page's <c>layout:</c> names a file in <c>layouts/</c>. A misspelt name used to fall back to the
/// type's layout without a word (an offer directory shown as a plain page); it is an error at the line.
/// </summary>
public static class LayoutReferenceCheck
{
    public static void Check(SiteModel site, LayoutSet layouts, DiagnosticBag diagnostics)
    {
        foreach (var page in site.Pages.Where(p => !p.IsFallback))
        {
            if (page.FrontMatter.Layout is { } name && page.FrontMatter.FieldLocations.TryGetValue("layout", out var at) && !layouts.Has(name))
            {
                diagnostics.Error(DiagnosticCodes.LayoutMissing, at,
                    $"There is no layout '{name}' (layouts/{name}.html). Remove the line to use the usual layout, or use one of: {string.Join(", ", layouts.PageLayoutNames.Where(n => n is not (LayoutSet.BaseLayout or LayoutSet.ChooserLayout)))}.");
            }
        }
    }
}
