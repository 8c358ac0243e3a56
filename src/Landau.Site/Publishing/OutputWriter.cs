using Landau.Site.Diagnostics;

namespace Landau.Site.Publishing;

/// <summary>
/// Writes a build's files atomically: everything goes into a fresh folder beside the output folder,
/// which replaces the output folder only when every file was written. A failed build leaves the
/// previous output untouched. No file can be written outside the output folder.
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
    public static StagedOutput? Begin(string outputDirectory, DiagnosticBag diagnostics)
    {
        try
        {
            return StagedOutput.Begin(outputDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, null, $"Could not write the output folder {outputDirectory}: {ex.Message}. The previous output is unchanged.");
            return null;
        }
    }
}
