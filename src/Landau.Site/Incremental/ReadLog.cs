namespace Landau.Site.Incremental;

/// <summary>
/// What one job of the memo (a page, a search index, an article's printed body) read of the site:
/// the job is handed its own log and reads the site through it, so nothing outside the job can add
/// to it or see it. One job runs on one thread, so the log needs no locking.
/// </summary>
public sealed class ReadLog
{
    private readonly HashSet<ModelRead>? _reads;

    /// <param name="keep">
    /// False for a one-off build, which has no later build to compare with: its reads are dropped
    /// as they come, at the cost of one null check each.
    /// </param>
    public ReadLog(bool keep = true) => _reads = keep ? [] : null;

    /// <summary>Notes one read.</summary>
    public void Add(ReadKind kind, string name, string? language = null) => _reads?.Add(new ModelRead(kind, name, language));

    /// <summary>Notes reads another job made, whose result this job uses as if it had made it itself.</summary>
    public void AddRange(IEnumerable<ModelRead> reads) => _reads?.UnionWith(reads);

    /// <summary>Every read noted, each once.</summary>
    public ModelRead[] ToArray() => _reads?.ToArray() ?? [];
}
