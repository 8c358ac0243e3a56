using Landau.Site.Cli.Preview;
using Landau.Site.Diagnostics;

namespace Landau.Site.Tests.Preview;

public sealed class SessionProblemsTests
{
    private static readonly Diagnostic Warning = new(DiagnosticCodes.SignLanguageVideoMissing, Severity.Warning, Text.Untranslated("The start page has no video."), new SourceLocation("site.yml"));
    private static readonly Diagnostic Error = new(DiagnosticCodes.YamlSyntax, Severity.Error, Text.Untranslated("Broken."), new SourceLocation("content/de/_index.md", 2, 8));

    [Fact]
    public void A_warning_is_printed_once_per_session_and_an_error_every_time()
    {
        var problems = new SessionProblems();
        var first = new StringWriter();
        var second = new StringWriter();

        problems.Print([Warning, Error], first);
        problems.Print([Warning, Error], second);

        Assert.Equal($"{Warning}{Environment.NewLine}{Error}{Environment.NewLine}", first.ToString());
        Assert.Equal($"{Error}{Environment.NewLine}", second.ToString());
    }

    [Fact]
    public void A_new_warning_is_printed_when_it_first_appears()
    {
        var problems = new SessionProblems();
        problems.Print([Warning], new StringWriter());
        var other = Warning with { Location = new SourceLocation("content/de/seite.md", 3, 1) };
        var printed = new StringWriter();

        problems.Print([Warning, other], printed);

        Assert.Equal($"{other}{Environment.NewLine}", printed.ToString());
    }
}
