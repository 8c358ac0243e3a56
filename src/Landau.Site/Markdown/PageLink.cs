using Landau.Site.Diagnostics;

namespace Landau.Site.Markdown;

/// <summary>A link in a page's Markdown to another page's Markdown file, by that page's translation key.</summary>
public sealed record PageLink(string TargetKey, string? Fragment, string Written, SourceLocation Location);
