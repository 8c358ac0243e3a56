namespace Landau.Site.Rendering;

/// <summary>A page's finished HTML and where it goes below the output folder.</summary>
public sealed record RenderedPage(string OutputPath, string Html, string SourcePath);
