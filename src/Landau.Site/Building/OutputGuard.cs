using Landau.Site.Assets;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Hosting;
using Landau.Site.Loading;
using Landau.Site.Localization;
using Landau.Site.Output;
using Landau.Site.Publishing;
using Landau.Site.Rendering;

namespace Landau.Site.Building;

/// <summary>
/// Decides, before a build touches the disk, whether it may replace the output folder. A build swaps
/// in a whole new folder, so a wrong <c>--output</c> would delete whatever was there: the sources
/// (refused always, <see cref="DiagnosticCodes.OutputInsideSource"/>) or someone's files (refused
/// unless <c>--force</c>, <see cref="DiagnosticCodes.OutputNotFromGenerator"/>).
/// </summary>
public static class OutputGuard
{
    /// <summary>What the generator reads below the source folder; an output folder must never be or lie in one of them.</summary>
    public static IReadOnlyList<string> SourcePaths { get; } =
        [SiteConfigLoader.FileName, ContentLoader.ContentFolder, LayoutSet.Folder, AssetPipeline.SourceFolder, UiStringsLoader.Folder, ".git"];

    /// <summary>
    /// Linux file names are case-sensitive; Windows and macOS usually are not, where <c>--output Content</c>
    /// is <c>content/</c>. Refusing a folder that only differs in case there costs nothing.
    /// </summary>
    private static StringComparison Comparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// Whether a build of <paramref name="sourceDirectory"/> may replace <paramref name="outputDirectory"/>;
    /// if not, the reason is in <paramref name="diagnostics"/> and nothing was touched.
    /// </summary>
    /// <param name="force"><c>--force</c>: replace a folder that an earlier build did not make. Never overrides the sources' protection.</param>
    public static bool Allows(string sourceDirectory, string outputDirectory, bool force, DiagnosticBag diagnostics)
    {
        var source = Path.GetFullPath(sourceDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);

        // Compare both as written and with symbolic links resolved: a link can make a folder outside
        // the sources point into them, or the sources be reached through a link.
        var realSource = RealPath(source);
        var realOutput = RealPath(output);
        var through = realOutput == output && realSource == source ? "" : $" (with symbolic links resolved: {realOutput})";
        var advice = $"Choose a folder of its own with --output, outside site.yml, content/, layouts/, i18n/ and .git/, e.g. the default {Path.Combine(source, "public")}. --force does not change this.";
        bool Is(string path, string folder) => FolderPaths.IsInside(path, folder, Comparison);

        if (Is(source, output) || Is(realSource, realOutput))
        {
            var what = Is(output, source) || Is(realOutput, realSource) ? "is the source folder" : $"contains the source folder {source}";
            diagnostics.Error(DiagnosticCodes.OutputInsideSource, null,
                $"The output folder {output}{through} {what}: a build replaces its output folder as a whole and would delete the sources. {advice}");
            return false;
        }

        foreach (var name in SourcePaths)
        {
            var protectedPath = Path.Combine(source, name);
            if (Is(output, protectedPath) || Is(realOutput, RealPath(protectedPath)))
            {
                diagnostics.Error(DiagnosticCodes.OutputInsideSource, null,
                    $"The output folder {output}{through} is inside {name} of the sources: a build would replace it and delete the files there. {advice}");
                return false;
            }
        }

        if (File.Exists(output))
        {
            diagnostics.Error(DiagnosticCodes.OutputNotFromGenerator, null,
                $"The output {output} is a file, not a folder; a build would replace it. Choose a new or empty folder with --output.");
            return false;
        }

        if (force || !Directory.Exists(output) || IsEmpty(output) || OutputMarker.IsIn(output) || LooksLikeEarlierOutput(output))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.OutputNotFromGenerator, null,
            $"The output folder {output} is not empty and was not made by landau-site (it has no {OutputMarker.FileName} file). " +
            "A build replaces the whole folder, which would delete these files; nothing was changed. " +
            "Choose a new or empty folder with --output, or, only if everything in it may be deleted, run build --force to replace the folder's contents.");
        return false;
    }

    /// <summary>
    /// <paramref name="path"/> with every symbolic link along it resolved, as far as the path exists
    /// (the rest is appended as written). A loop of links leaves the path as written.
    /// </summary>
    internal static string RealPath(string path)
    {
        var pending = Path.GetFullPath(path);
        for (var hops = 0; hops < 40; hops++)
        {
            var root = Path.GetPathRoot(pending) ?? "";
            var parts = pending[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var real = root;
            string? restart = null;
            for (var i = 0; i < parts.Length && restart is null; i++)
            {
                var next = Path.Combine(real, parts[i]);
                if (!Path.Exists(next))
                {
                    return Path.Combine([next, .. parts[(i + 1)..]]).TrimEnd(Path.DirectorySeparatorChar);
                }

                if (new FileInfo(next).LinkTarget is { } target)
                {
                    // A relative target is relative to the link's folder; resolve the result again, it may hold links too.
                    restart = Path.Combine([Path.GetFullPath(target, real), .. parts[(i + 1)..]]);
                }

                real = next;
            }

            if (restart is null)
            {
                return real.Length > root.Length ? real.TrimEnd(Path.DirectorySeparatorChar) : real;
            }

            pending = restart;
        }

        return Path.GetFullPath(path);
    }

    private static bool IsEmpty(string folder)
    {
        try
        {
            return !Directory.EnumerateFileSystemEntries(folder).Any();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed might hold anything: not empty.
            return false;
        }
    }

    /// <summary>
    /// A folder written by a version of the generator from before the marker: it has the language
    /// chooser <c>index.html</c> and an <c>.htaccess</c> that starts with the generator's own comment.
    /// Local <c>public/</c> folders and web-server folders filled from one look like this; accepting
    /// them keeps <c>build.ps1</c> and <c>build --output /var/www/…</c> working after an update, and
    /// no one writes that comment by hand. Everything else without the marker is refused.
    /// </summary>
    internal static bool LooksLikeEarlierOutput(string folder)
    {
        var htaccess = Path.Combine(folder, ".htaccess");
        if (!File.Exists(Path.Combine(folder, "index.html")) || !File.Exists(htaccess))
        {
            return false;
        }

        try
        {
            // Only the start: a foreign .htaccess may be large.
            using var stream = File.OpenRead(htaccess);
            var start = new byte[HostingFiles.GeneratedComment.Length];
            stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            return System.Text.Encoding.UTF8.GetString(start) == HostingFiles.GeneratedComment;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
