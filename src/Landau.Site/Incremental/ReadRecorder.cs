namespace Landau.Site.Incremental;

/// <summary>
/// Records what one render step reads of the site while it runs on the current thread. The site
/// model, the layout set and the renderer report their reads here; a step that is not being recorded
/// costs one null check per read. Rendering a page runs on one thread from start to end, so a
/// thread-local recorder sees every read of that page and nothing of the pages rendered beside it.
/// </summary>
public static class ReadRecorder
{
    [ThreadStatic]
    private static HashSet<ModelRead>? t_reads;

    /// <summary>Runs <paramref name="step"/> and returns its result with every read it made.</summary>
    public static (T Result, IReadOnlyCollection<ModelRead> Reads) Record<T>(Func<T> step)
    {
        var outer = t_reads;
        var reads = new HashSet<ModelRead>();
        t_reads = reads;
        try
        {
            return (step(), reads);
        }
        finally
        {
            t_reads = outer;
            outer?.UnionWith(reads);
        }
    }

    /// <summary>Notes reads made earlier (by a remembered result) as reads of the step being recorded, if any.</summary>
    public static void Replay(IEnumerable<ModelRead> reads) => t_reads?.UnionWith(reads);

    /// <summary>Notes a read, when a step is being recorded on this thread.</summary>
    public static void Read(ReadKind kind, string name, string? language = null) =>
        t_reads?.Add(new ModelRead(kind, name, language));

    /// <summary>
    /// A value computed once per key and shared (a language's navigation, say), whose reads are noted
    /// again each time it is used, as if it had been computed there.
    /// </summary>
    public static T Remembered<T>(System.Collections.Concurrent.ConcurrentDictionary<string, (T Value, ModelRead[] Reads)> cache, string key, Func<T> make)
    {
        var (value, reads) = cache.GetOrAdd(key, _ =>
        {
            var (made, madeReads) = Record(make);
            return (made, madeReads.ToArray());
        });
        if (t_reads is { } current)
        {
            current.UnionWith(reads);
        }

        return value;
    }

    /// <summary>Runs <paramref name="lookup"/> without recording it (answering reads must not be a read).</summary>
    public static T Unrecorded<T>(Func<T> lookup)
    {
        var outer = t_reads;
        t_reads = null;
        try
        {
            return lookup();
        }
        finally
        {
            t_reads = outer;
        }
    }
}
