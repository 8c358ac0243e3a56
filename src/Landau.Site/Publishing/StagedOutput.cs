using System.Collections.Concurrent;
using System.Globalization;
using Landau.Site.Diagnostics;
using Landau.Site.Output;

namespace Landau.Site.Publishing;

/// <summary>
/// The output folder being written: files go, as they are made, into a fresh folder beside the
/// output folder, which replaces it only on <see cref="Commit"/>. <see cref="Abort"/> (a build with
/// errors) deletes it, so a failed build leaves the previous output untouched. Files are written from
/// many threads at once; none can land outside the folder, none twice. The folder always holds
/// <see cref="OutputMarker"/>, so the next build knows it may replace it.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly string _stagingRoot;
    private readonly Action<string, byte[]> _writeFile;
    private readonly ConcurrentDictionary<string, bool> _paths = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private WriteFailure? _writeFailure;
    private int _failedWrites;
    private bool _finished;

    private StagedOutput(string output, string staging, Action<string, byte[]> writeFile)
    {
        _output = output;
        _staging = staging;
        _stagingRoot = staging + Path.DirectorySeparatorChar;
        _writeFile = writeFile;
    }

    /// <summary>The first file the disk refused, and why.</summary>
    private sealed record WriteFailure(string Path, string Message);

    /// <summary>Starts writing a new version of <paramref name="outputDirectory"/>.</summary>
    /// <param name="writeFile">
    /// Writes one file (full path, bytes); <see cref="File.WriteAllBytes(string, byte[])"/> unless a test
    /// stands in a failing disk, which permissions cannot do for tests that run as root.
    /// </param>
    public static StagedOutput Begin(string outputDirectory, Action<string, byte[]>? writeFile = null)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("The output folder has no parent.");
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        var staged = new StagedOutput(output, staging, writeFile ?? File.WriteAllBytes);
        staged.Write(OutputMarker.FileToWrite);
        return staged;
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

        // Once the disk failed (full, read-only, gone), every further file would fail for the same
        // reason: stop writing, and report it once.
        if (Volatile.Read(ref _writeFailure) is not null)
        {
            return;
        }

        try
        {
            // A folder is in the table only once it exists (GetOrAdd adds after the factory ran).
            _folders.GetOrAdd(Path.GetDirectoryName(target)!, folder => Directory.CreateDirectory(folder).Exists);
            _writeFile(target, file.Content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _failedWrites);
            Interlocked.CompareExchange(ref _writeFailure, new WriteFailure(file.Path, ex.Message), null);
        }
    }

    /// <summary>Swaps the new folder in when every file was written; otherwise reports why and changes nothing.</summary>
    public bool Commit(DiagnosticBag diagnostics)
    {
        if (_writeFailure is { } failure)
        {
            var others = _failedWrites > 1 ? $" ({_failedWrites - 1} more file(s) failed at the same time; writing stopped there.)" : " Writing stopped there.";
            diagnostics.Error(DiagnosticCodes.OutputFailed, null,
                $"Could not write {failure.Path} into {_staging}: {failure.Message}{FreeSpace(Path.GetDirectoryName(_staging)!)}.{others} " +
                $"Nothing was swapped in; the previous output {_output} is unchanged. Free some space or fix the folder's permissions, then build again.");
        }

        if (_writeFailure is not null || !_problems.IsEmpty)
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

    /// <summary>
    /// ", 0 bytes free on /srv" for the message about a failed write: a full disk is the usual cause,
    /// and saying so spares the IT a search. Empty when the drive cannot be asked.
    /// </summary>
    internal static string FreeSpace(string folder)
    {
        try
        {
            // The drive is the longest mount point above the folder (on Linux, DriveInfo takes any path).
            var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var mount = DriveInfo.GetDrives().Select(d => d.Name)
                .Where(name => full.StartsWith(name.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, comparison))
                .MaxBy(name => name.Length);
            var drive = new DriveInfo(mount ?? full);
            return $" ({Size(drive.AvailableFreeSpace)} free on {drive.Name})";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return "";
        }
    }

    private static string Size(long bytes)
    {
        string[] units = ["bytes", "KB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? $"{bytes} bytes" : string.Create(CultureInfo.InvariantCulture, $"{value:0.#} {units[unit]}");
    }
}
