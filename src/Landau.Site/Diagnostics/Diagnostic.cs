namespace Landau.Site.Diagnostics;

/// <summary>One problem found in the site's sources: a stable code, a severity, where, and a message in plain words.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation? Location)
{
    /// <summary>The MSBuild format that IDEs and CI systems annotate: <c>path(line,col): error LS2001: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return Location is null
            ? $"landau-site: {severity} {Code}: {Message}"
            : $"{Location}: {severity} {Code}: {Message}";
    }
}
