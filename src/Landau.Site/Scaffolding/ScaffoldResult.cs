namespace Landau.Site.Scaffolding;

/// <summary>The outcome of <c>landau-site new</c>: the file (when created) and what to tell the editor, in plain words.</summary>
public sealed record ScaffoldResult(ScaffoldOutcome Outcome, string Message, NewContentFile? File = null)
{
    public bool Succeeded => Outcome == ScaffoldOutcome.Created;

    public static ScaffoldResult Refused(string message) => new(ScaffoldOutcome.Refused, message);
}
