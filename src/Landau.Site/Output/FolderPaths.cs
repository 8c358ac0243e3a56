namespace Landau.Site.Output;

/// <summary>Comparisons of folder paths, for the guards that keep output away from sources.</summary>
public static class FolderPaths
{
    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it, by name (links are not resolved).</summary>
    public static bool IsInside(string path, string folder, StringComparison comparison = StringComparison.Ordinal)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, comparison);
    }
}
