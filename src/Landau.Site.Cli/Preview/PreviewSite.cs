using System.Diagnostics;
using Landau.Site.Building;
using Landau.Site.Diagnostics;

namespace Landau.Site.Cli.Preview;

/// <summary>
/// The site as the preview server shows it: the files of the last build without errors, and the
/// problems of the last build. A build with errors keeps the last good files, so an editor keeps
/// seeing the page while fixing the mistake. One builder session serves every rebuild, so a rebuild
/// renders only what an edit changed.
/// </summary>
public sealed class PreviewSite(BuildOptions options)
{
    private readonly SiteBuilder _builder = new();
    private readonly Lock _lock = new();
    private IReadOnlyDictionary<string, byte[]> _files = new Dictionary<string, byte[]>();

    /// <summary>The build options (output is never written: the files stay in memory).</summary>
    public BuildOptions Options { get; private set; } = options with { WriteOutput = false };

    /// <summary>Builds pages for the server's own address (links, canonical and feed URLs point at the preview).</summary>
    public void ServeAt(string address) => Options = Options with { BaseUrl = address };

    /// <summary>Counts the builds; the browser reloads when it changes.</summary>
    public int Version { get; private set; }

    /// <summary>The problems of the last build (errors and warnings), sorted.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    /// <summary>Whether the last build had errors (and the files are an older, good build's).</summary>
    public bool Failed { get; private set; }

    /// <summary>The file at <paramref name="path"/> below the site root (e.g. <c>de/index.html</c>), if the last good build made it.</summary>
    public byte[]? File(string path) => _files.GetValueOrDefault(path);

    /// <summary>Whether some file of the last good build lies below <paramref name="folder"/>.</summary>
    public bool HasFolder(string folder) => _files.ContainsKey(folder.TrimEnd('/') + "/index.html");

    /// <summary>Builds again; returns what happened, for the server's log and the browsers.</summary>
    public RebuildReport Rebuild()
    {
        lock (_lock)
        {
            var clock = Stopwatch.StartNew();
            BuildResult result;
            try
            {
                result = _builder.Run(Options);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A bug in the generator: keep serving, say it in one line like the build does.
                var internalError = new Diagnostic(DiagnosticCodes.InternalError, Severity.Error,
                    new Text("LS9000.InternalErrorInPreview", ex.GetType().Name, ex.Message), null);
                var changedNow = Update([internalError], failed: true, files: null);
                return new RebuildReport(false, clock.Elapsed, 0, 0, Problems, [], changedNow);
            }

            var changed = Update(result.Diagnostics, !result.Succeeded,
                result.Succeeded ? result.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal) : null);
            return new RebuildReport(result.Succeeded, clock.Elapsed, result.RenderedPages, result.ReusedPages, result.Diagnostics, result.Stages, changed);
        }
    }

    /// <summary>
    /// Keeps a build's outcome; counts a new <see cref="Version"/> only when the files or the problems
    /// differ from the last build's. An editor's one save often reaches the watcher as two events
    /// (the file emptied, then written): the second rebuild finds nothing new, and open pages are
    /// not reloaded twice.
    /// </summary>
    private bool Update(IReadOnlyList<Diagnostic> problems, bool failed, Dictionary<string, byte[]>? files)
    {
        var changed = failed != Failed || !problems.SequenceEqual(Problems) || (files is not null && !SameFiles(files, _files));
        Problems = problems;
        Failed = failed;
        if (files is not null)
        {
            _files = files;
        }

        if (changed)
        {
            Version++;
        }

        return changed;
    }

    private static bool SameFiles(IReadOnlyDictionary<string, byte[]> next, IReadOnlyDictionary<string, byte[]> last) =>
        next.Count == last.Count && next.All(file => last.TryGetValue(file.Key, out var before) && (ReferenceEquals(before, file.Value) || before.AsSpan().SequenceEqual(file.Value)));
}

/// <summary>What one rebuild did; <paramref name="Changed"/>: whether the files or the problems differ from the last build's.</summary>
public sealed record RebuildReport(bool Succeeded, TimeSpan Elapsed, int RenderedPages, int ReusedPages, IReadOnlyList<Diagnostic> Problems, IReadOnlyList<StageTime> Stages, bool Changed = true);
