namespace Landau.Site.Diagnostics;

/// <summary>A place in a source file: path relative to the site's source folder (forward slashes), 1-based line and column.</summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0)
{
    /// <summary>The location in MSBuild's notation: <c>path(line,col)</c>, or just the path when no line is known.</summary>
    public override string ToString() => Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
}
