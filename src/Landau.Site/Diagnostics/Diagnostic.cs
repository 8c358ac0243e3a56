namespace Landau.Site.Diagnostics;

/// <summary>One problem found in the site's sources: a stable code, a severity, where, and a message as data.</summary>
public sealed record Diagnostic(string Code, Severity Severity, Text Text, SourceLocation? Location)
{
    /// <summary>The message in English (logs and tests); <see cref="Format"/> words it for a reader.</summary>
    public string Message => Text.ToString();

    /// <summary>
    /// The MSBuild format that IDEs and CI systems annotate, <c>path(line,col): error LS2001: message</c>,
    /// with the message in <paramref name="catalogue"/>'s language; the keywords <c>error</c> and
    /// <c>warning</c> and the code stay as they are in every language, since tools parse them.
    /// </summary>
    public string Format(MessageCatalogue catalogue)
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var message = Text.Format(catalogue);
        return Location is null
            ? $"landau-site: {severity} {Code}: {message}"
            : $"{Location}: {severity} {Code}: {message}";
    }

    /// <summary>The MSBuild format in English.</summary>
    public override string ToString() => Format(MessageCatalogue.English);
}
