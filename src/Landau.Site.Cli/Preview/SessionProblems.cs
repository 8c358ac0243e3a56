using Landau.Site.Diagnostics;

namespace Landau.Site.Cli.Preview;

/// <summary>
/// What the preview prints of each rebuild's problems: every error every time (they stop the
/// build), a warning only the first time it appears in the session. The same warning after every
/// save teaches editors to stop reading warnings; the browser's overlay and problems.json still
/// list them all.
/// </summary>
/// <param name="catalogue">The language of the printed messages; German when not given.</param>
public sealed class SessionProblems(MessageCatalogue? catalogue = null)
{
    private readonly MessageCatalogue _catalogue = catalogue ?? MessageCatalogue.German;
    private readonly HashSet<Diagnostic> _warned = [];

    /// <summary>Prints <paramref name="problems"/> to <paramref name="output"/>, leaving out warnings printed before.</summary>
    public void Print(IEnumerable<Diagnostic> problems, TextWriter output)
    {
        foreach (var problem in problems)
        {
            if (problem.Severity == Severity.Error || _warned.Add(problem))
            {
                output.WriteLine(problem.Format(_catalogue));
            }
        }
    }
}
