using Landau.Site.Views;
using Scriban.Runtime;

namespace Landau.Site.Print;

/// <summary>A section or article of the printable guide: its summary, its body as printed, and (for a section) its articles.</summary>
/// <param name="Summary">The page's summary, whose fields the view has as its own (layouts do not see it apart).</param>
/// <param name="Anchor">The id of its heading, also the prefix of every id in its body (<see cref="PrintedBody"/>).</param>
/// <param name="Articles">A section's articles; none for an article.</param>
public sealed record PrintArticleView([property: ScriptMemberIgnore] PageSummaryView Summary, string Anchor, HtmlFragment Content, IReadOnlyList<PrintArticleView> Articles)
    : PageSummaryView(Summary);
