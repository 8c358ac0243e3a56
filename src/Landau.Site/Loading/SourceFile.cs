namespace Landau.Site.Loading;

/// <summary>A content file as read from disk: its path relative to the source folder (forward slashes) and its text.</summary>
public sealed record SourceFile(string Path, string Text);
