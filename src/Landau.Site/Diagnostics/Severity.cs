namespace Landau.Site.Diagnostics;

/// <summary>How serious a diagnostic is. Errors fail the build; warnings are reported and the build goes on.</summary>
public enum Severity
{
    Warning,
    Error,
}
