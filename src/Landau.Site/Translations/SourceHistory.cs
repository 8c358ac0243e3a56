using System.Diagnostics;

namespace Landau.Site.Translations;

/// <summary>
/// Earlier versions of a source file from the Git history, through the <c>git</c> command (the
/// editors' own tool, always present where content is committed).
/// </summary>
public sealed class SourceHistory(string sourceDirectory)
{
    /// <summary>The commits that changed <paramref name="relativePath"/>, newest first; null when Git is not available here.</summary>
    public IReadOnlyList<string>? Commits(string relativePath) =>
        Git("log", "--format=%H", "--", relativePath)?.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The file's text in <paramref name="revision"/>, or null when it did not exist there.</summary>
    public string? TextAt(string revision, string relativePath) => Git("show", $"{revision}:./{relativePath}");

    private string? Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = sourceDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
