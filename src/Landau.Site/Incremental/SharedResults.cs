using System.Collections.Concurrent;

namespace Landau.Site.Incremental;

/// <summary>
/// Values that many jobs of one build need and that are worked out once per key (a language's site
/// view, which every page of the language shows), each kept with what working it out read. A job
/// that uses one has those reads added to its own log, as if it had worked the value out itself.
/// </summary>
public sealed class SharedResults<T>
{
    private readonly ConcurrentDictionary<string, (T Value, ModelRead[] Reads)> _results = new(StringComparer.Ordinal);

    /// <summary>The value for <paramref name="key"/>, made by <paramref name="make"/> (into a log of its own) the first time.</summary>
    /// <param name="key">Which value (e.g. the reader's language).</param>
    /// <param name="log">The log of the job that uses the value.</param>
    /// <param name="make">Makes the value, noting its reads in the log it is given.</param>
    public T Get(string key, ReadLog log, Func<ReadLog, T> make)
    {
        var (value, reads) = _results.GetOrAdd(key, _ =>
        {
            var own = new ReadLog();
            return (make(own), own.ToArray());
        });
        log.AddRange(reads);
        return value;
    }
}
