using Landau.Site.Diagnostics;

namespace Landau.Site.Markdown;

/// <summary>A link in a page's Markdown to another page's Markdown file, by that page's translation key.</summary>
/// <param name="TargetKey">The key linked to; for an <see cref="IsAddress"/> link, the address's path without its leading slash.</param>
/// <param name="IsAddress">
/// Written as the web address of a page (<c>/de/wegweiser/sprache/</c>) instead of its file: such a
/// link is right in one language at one base address only, and the build cannot check it.
/// </param>
public sealed record PageLink(string TargetKey, string? Fragment, string Written, SourceLocation Location, bool IsAddress = false);
