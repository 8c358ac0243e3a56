using System.Collections.Concurrent;

namespace Landau.Site.Diagnostics;

/// <summary>
/// Collects the diagnostics of a build. Stages add to it and keep going, so an editor sees every
/// problem of a build at once. Safe to add to from parallel stages.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(DiagnosticBag other)
    {
        foreach (var diagnostic in other._items)
        {
            _items.Enqueue(diagnostic);
        }
    }

    /// <summary>Adds the diagnostics of <paramref name="other"/> that <paramref name="keep"/> accepts.</summary>
    public void AddRange(DiagnosticBag other, Func<Diagnostic, bool> keep)
    {
        foreach (var diagnostic in other._items.Where(keep))
        {
            _items.Enqueue(diagnostic);
        }
    }

    public void Error(string code, SourceLocation? location, Text message) =>
        Add(new Diagnostic(code, Severity.Error, message, location));

    public void Warning(string code, SourceLocation? location, Text message) =>
        Add(new Diagnostic(code, Severity.Warning, message, location));

    public void Error(string code, SourceLocation? location, string message) =>
        Error(code, location, Text.Untranslated(message));

    public void Warning(string code, SourceLocation? location, string message) =>
        Warning(code, location, Text.Untranslated(message));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int Count => _items.Count;

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    /// <summary>
    /// All diagnostics in a stable order (file, line, column, code), whatever order threads added them
    /// in; one cause reported the same way by several pages (each language's copy) is listed once.
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items
            .Distinct()
            .OrderBy(d => d.Location?.Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Text.Key, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
