using Scriban.Runtime;

namespace Landau.Site.Views;

/// <summary>
/// The page being rendered (<c>page</c> in layouts): its summary and body, its place in the site,
/// its translations and the facts of its type. Pages the generator makes itself (404, search …)
/// have the same members, mostly empty, so every layout and partial works on them too.
/// </summary>
public sealed record PageView : PageSummaryView
{
    public PageView(PageSummaryView summary)
        : base(summary)
    {
    }

    /// <summary>The rendered body.</summary>
    public required HtmlFragment Content { get; init; }

    public required string? AbsoluteUrl { get; init; }

    public required IReadOnlyList<PageSummaryView> Children { get; init; }

    /// <summary>The sections above the page, the home page first.</summary>
    public required IReadOnlyList<PageSummaryView> Breadcrumbs { get; init; }

    /// <summary>The page in every language, for the language switcher and hreflang.</summary>
    public required IReadOnlyList<TranslationView> Translations { get; init; }

    /// <summary>The facts of the page's type: an offer's or a contact's; null for other types.</summary>
    public required IPageDetailsView? Details { get; init; }

    /// <summary>schema.org data about the page (offers), ready for a script element.</summary>
    public required HtmlFragment? JsonLd { get; init; }

    /// <summary>The contact cards the page names in <c>contacts</c>.</summary>
    public required IReadOnlyList<ContactView> Contacts { get; init; }

    /// <summary>The filter the page is shown with (the offer directory at one filter's address).</summary>
    public required PageFilterView? Filter { get; init; }

    /// <summary>The page's free <c>params</c> from its front matter: a map, since a site adds what it likes.</summary>
    public required ScriptObject? Params { get; init; }

    public required PageSummaryView? Previous { get; init; }

    public required PageSummaryView? Next { get; init; }

    /// <summary>Whether search engines are to leave the page out (fallback copies, generated pages).</summary>
    public required bool Noindex { get; init; }

    /// <summary>How the page relates to its source: <c>source</c>, <c>current</c>, <c>outdated</c> or <c>missing</c>.</summary>
    public required string State { get; init; }

    /// <summary>Whether the page is a translation not yet reviewed.</summary>
    public required bool IsDraft { get; init; }

    /// <summary>The address of the page the text comes from.</summary>
    public required string? ContentUrl { get; init; }

    public required string? CanonicalUrl { get; init; }

    /// <summary>The page in the language it is translated from, for "see the original".</summary>
    public required string? SourceUrl { get; init; }

    public required string? SourceLang { get; init; }

    /// <summary>A Wegweiser section's offers.</summary>
    public required IReadOnlyList<PageSummaryView> Offers { get; init; }
}
