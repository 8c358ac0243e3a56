using Landau.Site.Building;
using Landau.Site.Diagnostics;
using Landau.Site.Output;

namespace Landau.Site.Publishing;

/// <summary>
/// Writes a build's files atomically: everything goes into a fresh folder beside the output folder,
/// which replaces the output folder only when every file was written. A failed build leaves the
/// previous output untouched. No file can be written outside the output folder. Whether the output
/// folder may be replaced at all is decided before (<c>OutputGuard</c>).
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes <paramref name="files"/> as the new content of <paramref name="outputDirectory"/>, all or nothing.</summary>
    public static bool Write(string outputDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        if (Begin(outputDirectory, diagnostics) is not { } staged)
        {
            return false;
        }

        using (staged)
        {
            Parallel.ForEach(files, staged.Write);
            return staged.Commit(diagnostics);
        }
    }

    /// <summary>Starts a new version of the output folder, or reports why it cannot be.</summary>
    /// <param name="writeFile">See <see cref="StagedOutput.Begin"/>.</param>
    public static StagedOutput? Begin(string outputDirectory, DiagnosticBag diagnostics, Action<string, byte[]>? writeFile = null)
    {
        try
        {
            return StagedOutput.Begin(outputDirectory, writeFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, null, $"Could not write the output folder {outputDirectory}: {ex.Message}. The previous output is unchanged.");
            return null;
        }
    }
}
