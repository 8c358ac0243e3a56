using System.Threading.Channels;

namespace Landau.Site.Cli.Preview;

/// <summary>
/// Watches what a build reads: <c>site.yml</c>, <c>content/</c>, <c>layouts/</c> (with its
/// <c>assets/</c>) and <c>i18n/</c>. Editors save a file in several writes (and editors write
/// temporary files), so changes are gathered until things have been quiet for a moment.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private static readonly string[] Watched = ["content", "layouts", "i18n"];
    private readonly FileSystemWatcher _watcher;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly string _root;

    public SourceWatcher(string sourceDirectory)
    {
        _root = Path.GetFullPath(sourceDirectory);
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, e) => Note(e.FullPath);
        _watcher.Created += (_, e) => Note(e.FullPath);
        _watcher.Deleted += (_, e) => Note(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Note(e.OldFullPath);
            Note(e.FullPath);
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Whether a change at <paramref name="relativePath"/> (to the source folder, with '/') can change the site.</summary>
    public static bool Matters(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return false; // editors' temporary and backup files
        }

        return path == "site.yml" || Watched.Any(folder => path == folder || path.StartsWith(folder + "/", StringComparison.Ordinal));
    }

    /// <summary>Waits for the next change that matters, then for <paramref name="quiet"/> without further changes; returns the changed paths.</summary>
    public async Task<IReadOnlyList<string>> NextAsync(TimeSpan quiet, CancellationToken cancellation)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellation) };
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(quiet);
            try
            {
                changed.Add(await _changes.Reader.ReadAsync(timeout.Token));
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return [.. changed];
            }
        }
    }

    private void Note(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath);
        if (Matters(relative))
        {
            _changes.Writer.TryWrite(relative.Replace('\\', '/'));
        }
    }

    public void Dispose() => _watcher.Dispose();
}
