using Landau.Site.Cli;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Cli;

/// <summary>
/// The command line speaks German unless asked otherwise: <c>--messages en</c> (or <c>--messages=en</c>)
/// on any command, or the environment variable; an unknown language is a usage error.
/// </summary>
public sealed class MessagesOptionTests
{
    internal static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_build_says_in_German_what_it_did()
    {
        using var site = TestSite.FromFixture();
        var (code, stdout, stderr) = Run("build", "--source", site.Root);
        Assert.Equal(CommandLine.Success, code);
        Assert.Equal("", stderr);
        Assert.Matches(@"^Website gebaut: 13 Seiten \(de 9, en 2, ar 2\) und 14 Ersatzseiten in .+, Dauer \d+,\d\d s\.\n$", stdout);
    }

    [Fact]
    public void A_failed_check_counts_in_German_and_keeps_code_and_keyword()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/themen/zweiter-schritt.md", "---\ntitle: A\ntype: artikel\n---\nMehr [hier](https://www.landau.de).\n");
        var (code, stdout, stderr) = Run("check", "--source", site.Root);
        Assert.Equal(CommandLine.ContentErrors, code);
        Assert.Contains("content/de/themen/zweiter-schritt.md(3,7): error LS2007: ", stderr);
        Assert.Contains("warning LS3016", stderr);
        Assert.Matches(@"Prüfung fehlgeschlagen: 1 Fehler, 1 Warnung in \d+,\d\d s\.", stdout);
    }

    [Fact]
    public void English_is_there_on_request_in_both_spellings_and_after_the_command()
    {
        using var site = TestSite.FromFixture();
        Assert.StartsWith("Checked 13 pages", Run("--messages", "en", "check", "--source", site.Root).Stdout);
        Assert.StartsWith("Checked 13 pages", Run("check", "--source", site.Root, "--messages=en").Stdout);
    }

    [Fact]
    public void A_usage_error_is_German_with_the_German_usage()
    {
        var (code, stdout, stderr) = Run("build", "--no-such-option");
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("landau-site: error: ", stderr);
        Assert.Contains("--no-such-option", stderr);
        Assert.Contains("Aufruf: landau-site build [--source ORDNER]", stderr);
        Assert.DoesNotContain("Usage:", stderr);
    }

    [Fact]
    public void A_missing_source_folder_is_German()
    {
        var (code, _, stderr) = Run("check", "--source", "/no/such/folder");
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Equal("landau-site: error: --source: Den Ordner '/no/such/folder' gibt es nicht. Nennen Sie den Ordner der Website (den mit site.yml), oder rufen Sie den Befehl in diesem Ordner auf.\n", stderr);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("fr")]
    public void An_unknown_language_is_a_usage_error_listing_the_ones_there_are(string language)
    {
        var (code, stdout, stderr) = Run("check", "--messages", language);
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Equal("", stdout);
        Assert.Equal($"landau-site: error: --messages {language}: In dieser Sprache gibt es keine Meldungen. Verfügbar sind: de, en.\n", stderr);
    }

    [Fact]
    public void The_help_is_German_and_English_on_request()
    {
        var german = Run("build", "--help");
        Assert.Equal(CommandLine.Success, german.ExitCode);
        Assert.Contains("Baut die Website in den Ausgabeordner", german.Stdout);
        Assert.Contains("--messages", german.Stdout);
        Assert.Contains("Die Sprache der Meldungen", german.Stdout);

        var english = Run("build", "--help", "--messages", "en");
        Assert.Contains("Build the site into the output folder", english.Stdout);
        Assert.Contains("The language of messages", english.Stdout);
    }
}
