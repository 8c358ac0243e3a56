using System.Collections.Concurrent;
using System.Text;
using Landau.Site.Diagnostics;
using Landau.Site.Loading;

namespace Landau.Site.Incremental;

/// <summary>
/// A stage's memory between builds of one session: every result (a rendered page, a search index)
/// with what it read of the site (pages, lists, layouts, UI texts) and the answers it got. In the
/// next build a result is made again only when one of those answers changed; otherwise the same
/// result is used, which is exactly what making it again would give. Results whose making reported
/// problems are always made again, so their diagnostics are never lost. Everything a result can
/// depend on without reading it here (site.yml, assets, build options) is the memo's
/// <see cref="Reset"/> fingerprint: a change there forgets everything.
/// </summary>
public sealed class Memo<T>(bool remember = true)
    where T : class
{
    private sealed record Entry(T Value, ModelRead[] Reads, byte[] Answers);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private string _inputs = "";
    private int _rendered;
    private int _reused;

    /// <summary>Results made and results reused since the last <see cref="Reset"/>.</summary>
    public (int Rendered, int Reused) Counts => (_rendered, _reused);

    /// <summary>Starts a build whose unrecorded inputs have <paramref name="inputs"/> as fingerprint.</summary>
    public void Reset(string inputs)
    {
        if (inputs != _inputs)
        {
            _entries.Clear();
            _inputs = inputs;
        }

        _rendered = 0;
        _reused = 0;
    }

    /// <summary>The result of job <paramref name="id"/>: from memory if nothing it read has changed, else by <paramref name="render"/>.</summary>
    /// <param name="id">The job's identity (e.g. its output path).</param>
    /// <param name="answer">Answers a read against this build's site.</param>
    /// <param name="diagnostics">Where the job's problems go.</param>
    /// <param name="render">Makes the result, reporting to the bag and noting its reads in the log it is given.</param>
    /// <param name="within">
    /// The log of the job this one is part of (an article's body in the printable guide), if any:
    /// what this job read, now or when its result was made, is that job's read too.
    /// </param>
    public T? Get(string id, Func<ModelRead, string?> answer, DiagnosticBag diagnostics, Func<DiagnosticBag, ReadLog, T?> render, ReadLog? within = null)
    {
        if (!remember)
        {
            // A one-off build: nothing to compare with later, so nothing to keep.
            Interlocked.Increment(ref _rendered);
            return render(diagnostics, within ?? new ReadLog(keep: false));
        }

        if (_entries.TryGetValue(id, out var entry) && Answers(entry.Reads, answer).AsSpan().SequenceEqual(entry.Answers))
        {
            Interlocked.Increment(ref _reused);
            within?.AddRange(entry.Reads);
            return entry.Value;
        }

        Interlocked.Increment(ref _rendered);
        var own = new DiagnosticBag();
        var log = new ReadLog();
        var page = render(own, log);
        var reads = log.ToArray();
        within?.AddRange(reads);
        if (page is not null && own.Count == 0)
        {
            _entries[id] = new Entry(page, reads, Answers(reads, answer));
        }
        else
        {
            _entries.TryRemove(id, out _);
        }

        diagnostics.AddRange(own);
        return page;
    }

    /// <summary>Forgets jobs that no longer exist (deleted pages, removed filters).</summary>
    public void KeepOnly(IEnumerable<string> ids) => Fingerprint.KeepOnly(_entries, ids);

    // Asked for every remembered page at every rebuild: one text, one 128-bit XxHash (not a
    // cryptographic hash: the memo lives in one process and is compared with itself).
    private static byte[] Answers(ModelRead[] reads, Func<ModelRead, string?> answer)
    {
        var text = new StringBuilder(reads.Length * 48);
        foreach (var read in reads)
        {
            text.Append((int)read.Kind).Append('|').Append(read.Name).Append('|').Append(read.Language).Append('=').Append(answer(read)).Append('\n');
        }

        return System.IO.Hashing.XxHash128.Hash(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
