using System.Collections.Concurrent;
using System.Security.Cryptography;
using Landau.Site.Diagnostics;
using Landau.Site.Incremental;
using Landau.Site.Loading;

namespace Landau.Site.Loading;

/// <summary>
/// The Load stage's memory between builds of one preview session: each content file's bytes (by
/// hash), the page parsed from them and the problems found. A file whose bytes did not change is
/// not parsed again; its problems are reported again, as a build without the cache would.
/// Valid only as long as <c>site.yml</c> is unchanged (the session starts a new cache when it changes).
/// </summary>
public sealed class LoadCache
{
    private sealed record Entry(byte[] Hash, ParsedPage? Parsed, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The page parsed from <paramref name="bytes"/> of <paramref name="path"/>, from memory or by <paramref name="parse"/>.</summary>
    internal ParsedPage? GetOrParse(string path, byte[] bytes, DiagnosticBag diagnostics, Func<DiagnosticBag, ParsedPage?> parse)
    {
        var hash = SHA256.HashData(bytes);
        if (_entries.TryGetValue(path, out var entry) && entry.Hash.AsSpan().SequenceEqual(hash))
        {
            foreach (var diagnostic in entry.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            return entry.Parsed;
        }

        var own = new DiagnosticBag();
        var page = parse(own);
        _entries[path] = new Entry(hash, page, own.ToSortedList());
        diagnostics.AddRange(own);
        return page;
    }

    /// <summary>Forgets files that are gone.</summary>
    internal void KeepOnly(IEnumerable<string> paths) => Fingerprint.KeepOnly(_entries, paths);
}
