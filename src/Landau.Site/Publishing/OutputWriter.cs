using Landau.Site.Diagnostics;

namespace Landau.Site.Publishing;

/// <summary>
/// Writes a build's files atomically: everything goes into a fresh folder beside the output folder,
/// which replaces the output folder only when every file was written. A failed build leaves the
/// previous output untouched. No file can be written outside the output folder.
/// </summary>
public static class OutputWriter
{
    public static bool Write(string outputDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var clash = files.GroupBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, null,
                $"Two outputs would be written to {clash.Key} (a content page named like a page the generator makes?). Rename the page.");
            return false;
        }

        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("The output folder has no parent.");
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{Path.GetFileName(output)}.old-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            var stagingRoot = staging + Path.DirectorySeparatorChar;
            Parallel.ForEach(files, file =>
            {
                var target = Path.GetFullPath(Path.Combine(staging, file.Path));
                if (!target.StartsWith(stagingRoot, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Refusing to write '{file.Path}' outside the output folder.");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Content);
            });

            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
            }

            Directory.Move(staging, output);
            if (Directory.Exists(retired))
            {
                Directory.Delete(retired, recursive: true);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or AggregateException)
        {
            var message = ex is AggregateException aggregate ? aggregate.InnerExceptions[0].Message : ex.Message;
            diagnostics.Error(DiagnosticCodes.OutputFailed, null, $"Could not write the output folder {output}: {message}. The previous output is unchanged.");
            if (!Directory.Exists(output) && Directory.Exists(retired))
            {
                Directory.Move(retired, output);
            }

            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            return false;
        }
    }
}
