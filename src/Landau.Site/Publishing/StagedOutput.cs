using System.Collections.Concurrent;
using Landau.Site.Diagnostics;

namespace Landau.Site.Publishing;

/// <summary>
/// The output folder being written: files go, as they are made, into a fresh folder beside the
/// output folder, which replaces it only on <see cref="Commit"/>. <see cref="Abort"/> (a build with
/// errors) deletes it, so a failed build leaves the previous output untouched. Files are written from
/// many threads at once; none can land outside the folder, none twice.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly string _stagingRoot;
    private readonly ConcurrentDictionary<string, bool> _paths = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _finished;

    private StagedOutput(string output, string staging)
    {
        _output = output;
        _staging = staging;
        _stagingRoot = staging + Path.DirectorySeparatorChar;
    }

    /// <summary>Starts writing a new version of <paramref name="outputDirectory"/>.</summary>
    public static StagedOutput Begin(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("The output folder has no parent.");
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new StagedOutput(output, staging);
    }

    /// <summary>Writes one file; a problem is kept and reported by <see cref="Commit"/>.</summary>
    public void Write(OutputFile file)
    {
        if (!_paths.TryAdd(file.Path, true))
        {
            _problems.Enqueue($"Two outputs would be written to {file.Path} (a content page named like a page the generator makes?). Rename the page.");
            return;
        }

        var target = Path.GetFullPath(Path.Combine(_staging, file.Path));
        if (!target.StartsWith(_stagingRoot, StringComparison.Ordinal))
        {
            _problems.Enqueue($"Refusing to write '{file.Path}' outside the output folder.");
            return;
        }

        try
        {
            // A folder is in the table only once it exists (GetOrAdd adds after the factory ran).
            _folders.GetOrAdd(Path.GetDirectoryName(target)!, folder => Directory.CreateDirectory(folder).Exists);
            File.WriteAllBytes(target, file.Content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _problems.Enqueue($"Could not write {file.Path}: {ex.Message}");
        }
    }

    /// <summary>Swaps the new folder in when every file was written; otherwise reports why and changes nothing.</summary>
    public bool Commit(DiagnosticBag diagnostics)
    {
        if (!_problems.IsEmpty)
        {
            foreach (var problem in _problems.Distinct())
            {
                diagnostics.Error(DiagnosticCodes.OutputFailed, null, $"{problem} The previous output is unchanged.");
            }

            Abort();
            return false;
        }

        var retired = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old-{Guid.NewGuid():N}");
        try
        {
            if (Directory.Exists(_output))
            {
                Directory.Move(_output, retired);
            }

            Directory.Move(_staging, _output);
            _finished = true;
            if (Directory.Exists(retired))
            {
                Directory.Delete(retired, recursive: true);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, null, $"Could not write the output folder {_output}: {ex.Message}. The previous output is unchanged.");
            if (!Directory.Exists(_output) && Directory.Exists(retired))
            {
                Directory.Move(retired, _output);
            }

            Abort();
            return false;
        }
    }

    /// <summary>Throws the new folder away.</summary>
    public void Abort()
    {
        _finished = true;
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_finished)
        {
            Abort();
        }
    }
}
