using Landau.Site.Model;

namespace Landau.Site.Scaffolding;

/// <summary>A new content file: its path below the site folder (<c>content/de/angebote/neu.md</c>), its type and its text.</summary>
public sealed record NewContentFile(string RelativePath, ContentType Type, string Text);
