using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Landau.Site.Cli;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Cli;

/// <summary>Bad input through the real command line: exit codes, MSBuild-format diagnostics, output left untouched.</summary>
public sealed partial class BuildCommandTests
{
    [GeneratedRegex(@"^(?<path>[^()]+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<code>LS\d{4}): (?<message>.+)$", RegexOptions.Multiline)]
    private static partial Regex MsBuildLine();

    [Fact]
    public void Successful_build_exits_0_and_prints_a_summary_per_language()
    {
        using var site = TestSite.FromFixture();
        var (code, stdout, stderr) = site.RunCli();
        Assert.Equal(CommandLine.Success, code);
        Assert.Equal("", stderr);
        Assert.Matches(@"^Built 13 pages \(de 9, en 2, ar 2\) and 14 fallback pages into .+ in \d+\.\d\d s\.", stdout);
        Assert.True(site.OutputExists("index.html"));
    }

    public static TheoryData<string, string, string, int, int, string> BadInputs => new()
    {
        // file to write, its text, expected diagnostic path, line, column, code
        // An unclosed list is reported at its [, where the editor has to add the ].
        { "content/de/themen/zweiter-schritt.md", "---\ntitle: A\ntags: [eins, zwei\nweight: 1\n---\nText\n", "content/de/themen/zweiter-schritt.md", 3, 7, "LS2001" },
        { "content/de/themen/zweiter-schritt.md", "---\ntitle: A\n  weight: 1\n---\n", "content/de/themen/zweiter-schritt.md", 3, 9, "LS2001" },
        { "content/de/themen/zweiter-schritt.md", "---\ntitle: A\n\nText ohne Ende\n", "content/de/themen/zweiter-schritt.md", 1, 1, "LS2002" },
        { "content/de/themen/zweiter-schritt.md", "---\nweight: 1\n---\nText\n", "content/de/themen/zweiter-schritt.md", 2, 1, "LS2004" },
        { "content/de/themen/zweiter-schritt.md", "---\ntitle: A\ntype: artikel\n---\n", "content/de/themen/zweiter-schritt.md", 3, 7, "LS2007" },
        { "content/lose-seite.md", "---\ntitle: Lose\n---\n", "content/lose-seite.md", 0, 0, "LS2008" },
        { "content/fr/page.md", "---\ntitle: Page\n---\n", "content/fr/page.md", 0, 0, "LS2009" },
        { "content/de/Große Seite.md", "---\ntitle: A\n---\n", "content/de/Große Seite.md", 0, 0, "LS2010" },
        { "content/de/themen/zweiter-schritt.md", "---\ntitle: A\n---\n[Klick](javascript:alert(1))\n", "content/de/themen/zweiter-schritt.md", 4, 1, "LS3004" },
        { "content/de/themen/zweiter-schritt.md", "---\ntitle: A\n---\nSiehe [dort](fehlt.md).\n", "content/de/themen/zweiter-schritt.md", 4, 7, "LS3003" },
        { "layouts/assets/style.css", "main { color: #123; }\nh1 { margin: 0 }}\n", "layouts/assets/style.css", 2, 17, "LS4009" },
    };

    [Fact]
    public void A_source_without_a_content_folder_is_its_own_error_not_a_page_outside_a_language()
    {
        using var site = TestSite.FromFixture();
        Directory.Delete(Path.Combine(site.Root, "content"), recursive: true);

        var (exit, _, stderr) = site.RunCli();

        Assert.Equal(CommandLine.ContentErrors, exit);
        Assert.Contains("content: error LS2024: There is no content folder.", stderr);
        Assert.DoesNotContain("LS2008", stderr);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_1_with_a_located_error_and_leaves_the_output_untouched(
        string file, string text, string path, int line, int column, string code)
    {
        using var site = TestSite.FromFixture();
        Assert.Equal(CommandLine.Success, site.RunCli().ExitCode);
        var before = Snapshot(site.Output);

        site.Write(file, text);
        var (exit, stdout, stderr) = site.RunCli();

        Assert.Equal(CommandLine.ContentErrors, exit);
        Assert.Contains("Nothing was written", stdout);
        var expected = line > 0 ? $"{path}({line},{column}): error {code}: " : $"{path}: error {code}: ";
        Assert.Contains(expected, stderr);
        Assert.DoesNotContain("   at ", stderr); // never a stack trace
        Assert.Equal(before, Snapshot(site.Output));
    }

    [Fact]
    public void All_errors_of_a_build_are_reported_together_in_msbuild_format()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/themen/zweiter-schritt.md", "---\nweight: 1\n---\n");
        site.Write("content/de/kontakte/buero.md", "---\ntitle: B\ntype: nope\n---\n");
        var (exit, _, stderr) = site.RunCli();
        Assert.Equal(CommandLine.ContentErrors, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Matches(MsBuildLine(), l.TrimEnd('\r')));
    }

    [Fact]
    public void Translation_without_source_is_a_warning_and_is_not_published()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/en/only-english.md", "---\ntitle: Only in English\n---\nText\n");
        var (exit, stdout, stderr) = site.RunCli();
        Assert.Equal(CommandLine.Success, exit);
        Assert.Contains("content/en/only-english.md(1,1): warning LS3001: ", stderr);
        Assert.Contains(", 1 warning.", stdout);
        Assert.False(site.OutputExists("en/only-english/index.html"));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/entwurf.md", "---\ntitle: Entwurf\ndraft: true\n---\n");
        site.RunCli();
        Assert.False(site.OutputExists("de/entwurf/index.html"));
        site.RunCli("--drafts");
        Assert.True(site.OutputExists("de/entwurf/index.html"));
    }

    [Fact]
    public void Output_and_base_url_options_are_honoured()
    {
        using var site = TestSite.FromFixture();
        var output = Path.Combine(site.Root, "elsewhere");
        var (exit, _, _) = site.RunCli("--output", output, "--base-url", "https://staging.example.org/");
        Assert.Equal(CommandLine.Success, exit);
        Assert.Contains("href=\"/de/\"", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    [InlineData("build", "--source", "/no/such/folder")]
    public void Usage_errors_exit_2(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(CommandLine.UsageError, CommandLine.Run(["--messages", "en", .. args], stdout, stderr));
        Assert.NotEqual("", stderr.ToString());
    }

    [Fact]
    public void Output_inside_the_content_folder_is_refused()
    {
        using var site = TestSite.FromFixture();
        var (exit, _, stderr) = site.RunCli("--output", Path.Combine(site.Root, "content", "de"));
        Assert.Equal(CommandLine.UsageError, exit); // a wrong --output is a usage error (OutputFolderCommandTests has the rest)
        Assert.Contains("LS5002", stderr);
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Check_runs_everything_and_writes_nothing()
    {
        using var site = TestSite.FromFixture();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(["--messages", "en", "check", "--source", site.Root], stdout, stderr);
        Assert.Equal(CommandLine.Success, exit);
        Assert.Matches(@"^Checked 13 pages .* no errors\. Nothing was written\.", stdout.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Strict_turns_warnings_into_a_failure()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/themen/zweiter-schritt.md", "---\ntitle: Zweiter Schritt\n---\nMehr [hier](https://www.landau.de).\n");
        var (lenient, _, _) = site.RunCli();
        Assert.Equal(CommandLine.Success, lenient);
        var before = Snapshot(site.Output);
        var (strict, stdout, stderr) = site.RunCli("--strict");
        Assert.Equal(CommandLine.ContentErrors, strict);
        Assert.Contains("warning LS3016", stderr);
        Assert.Contains("Nothing was written", stdout);
        Assert.Equal(before, Snapshot(site.Output));
    }

    [Fact]
    public void Warnings_not_as_errors_stay_warnings_under_strict()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/themen/zweiter-schritt.md", "---\ntitle: Zweiter Schritt\n---\nMehr [hier](https://www.landau.de).\n");
        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Root, "site.yml")) + "warnings_not_as_errors: [LS3016]\n");
        var (code, stdout, stderr) = site.RunCli("--strict");
        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("warning LS3016", stderr);
        Assert.Contains(", 1 warning.", stdout);
    }
}
