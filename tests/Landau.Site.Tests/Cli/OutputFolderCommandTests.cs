using System.Security.Cryptography;
using Landau.Site.Cli;
using Landau.Site.Diagnostics;
using Landau.Site.Publishing;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Cli;

/// <summary>
/// "Nothing lost": a build replaces its output folder as a whole, so the command line refuses, with
/// exit 2 and nothing touched, an output folder that would delete the sources or files the generator
/// did not make; and every build marks its folder so the next one may replace it.
/// </summary>
public sealed class OutputFolderCommandTests
{
    [Fact]
    public void The_source_folder_as_output_is_refused_and_nothing_is_touched()
    {
        using var site = TestSite.FromFixture();
        var before = Snapshot(site.Root);

        var (exit, stdout, stderr) = site.RunCli("--output", site.Root);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains($"error {DiagnosticCodes.OutputInsideSource}: The output folder {site.Root} is the source folder", stderr);
        Assert.Contains("--output", stderr);
        Assert.Contains("Nothing was written", stdout);
        AssertUntouched(site, before);
    }

    [Fact]
    public void An_ancestor_of_the_source_folder_is_refused_and_nothing_is_touched()
    {
        using var site = TestSite.FromFixture();
        var parent = Path.GetDirectoryName(site.Root)!;
        File.WriteAllText(Path.Combine(parent, "steuer-2025.pdf"), "Belege");
        var before = Snapshot(parent);

        // Written as "<source>/..", the way `--output ..` reaches the builder.
        var (exit, _, stderr) = site.RunCli("--output", Path.Combine(site.Root, ".."));

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains($"error {DiagnosticCodes.OutputInsideSource}: The output folder {parent} contains the source folder {site.Root}", stderr);
        Assert.Equal(before, Snapshot(parent));
    }

    [Theory]
    [InlineData("i18n")]
    [InlineData("i18n/neu")]
    [InlineData(".git")]
    [InlineData(".git/objects")]
    [InlineData("layouts")]
    [InlineData("layouts/assets")]
    [InlineData("content/de")]
    [InlineData("site.yml")]
    public void An_output_folder_in_a_source_path_is_refused(string relative)
    {
        using var site = TestSite.FromFixture();
        site.Write(".git/HEAD", "ref: refs/heads/main\n");
        var before = Snapshot(site.Root);

        var (exit, _, stderr) = site.RunCli("--output", Path.Combine(site.Root, relative));

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains($"error {DiagnosticCodes.OutputInsideSource}: ", stderr);
        Assert.Contains($"is inside {relative.Split('/')[0]} of the sources", stderr);
        AssertUntouched(site, before);
    }

    [Fact]
    public void Force_never_lets_a_build_replace_the_sources()
    {
        using var site = TestSite.FromFixture();
        var before = Snapshot(site.Root);

        var (exit, _, stderr) = site.RunCli("--output", Path.Combine(site.Root, "i18n"), "--force");

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains(DiagnosticCodes.OutputInsideSource, stderr);
        AssertUntouched(site, before);
    }

    [Fact]
    public void A_symbolic_link_into_the_sources_is_refused()
    {
        using var site = TestSite.FromFixture();
        var link = Path.Combine(Path.GetDirectoryName(site.Root)!, "texte");
        Directory.CreateSymbolicLink(link, Path.Combine(site.Root, "i18n"));
        var before = Snapshot(site.Root);

        var (exit, _, stderr) = site.RunCli("--output", link);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains($"The output folder {link} (with symbolic links resolved: {Path.Combine(site.Root, "i18n")}) is inside i18n of the sources", stderr);
        AssertUntouched(site, before, "texte");
    }

    [Fact]
    public void A_foreign_folder_is_refused_and_left_byte_identical()
    {
        using var site = TestSite.FromFixture();
        var papers = ForeignFolder(site);
        var before = Snapshot(papers);

        var (exit, stdout, stderr) = site.RunCli("--output", papers);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains($"error {DiagnosticCodes.OutputNotFromGenerator}: The output folder {papers} is not empty and was not made by landau-site", stderr);
        Assert.Contains("--force", stderr);
        Assert.Contains("Nothing was written", stdout);
        Assert.Equal(before, Snapshot(papers));
        Assert.Equal(["site", "steuern"], TopLevel(site));
    }

    [Fact]
    public void A_foreign_folder_is_replaced_with_force()
    {
        using var site = TestSite.FromFixture();
        var papers = ForeignFolder(site);

        var (exit, _, stderr) = site.RunCli("--output", papers, "--force");

        Assert.Equal(CommandLine.Success, exit);
        Assert.Equal("", stderr);
        Assert.False(File.Exists(Path.Combine(papers, "2025", "bescheid.txt")));
        Assert.True(File.Exists(Path.Combine(papers, "index.html")));
        Assert.True(OutputMarker.IsIn(papers));
    }

    [Fact]
    public void The_default_public_folder_without_the_marker_is_refused_too()
    {
        using var site = TestSite.FromFixture();
        site.Write("public/notizen.txt", "Meine Notizen");
        var before = Snapshot(site.Output);

        var (exit, _, stderr) = site.RunCli();

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains($"The output folder {site.Output} is not empty", stderr);
        Assert.Equal(before, Snapshot(site.Output));
    }

    [Fact]
    public void A_file_named_as_output_is_refused()
    {
        using var site = TestSite.FromFixture();
        var file = Path.Combine(Path.GetDirectoryName(site.Root)!, "liste.csv");
        File.WriteAllText(file, "a;b\n");

        var (exit, _, stderr) = site.RunCli("--output", file);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains($"error {DiagnosticCodes.OutputNotFromGenerator}: The output {file} is a file", stderr);
        Assert.Equal("a;b\n", File.ReadAllText(file));
        Assert.Equal(["liste.csv", "site"], TopLevel(site));
    }

    [Fact]
    public void A_folder_with_the_marker_is_replaced()
    {
        using var site = TestSite.FromFixture();
        Assert.Equal(CommandLine.Success, site.RunCli().ExitCode);
        site.Write("public/von-hand.txt", "wird ersetzt");

        var (exit, _, stderr) = site.RunCli();

        Assert.Equal(CommandLine.Success, exit);
        Assert.Equal("", stderr);
        Assert.False(site.OutputExists("von-hand.txt"));
        Assert.True(site.OutputExists("index.html"));
    }

    [Fact]
    public void An_empty_folder_is_accepted()
    {
        using var site = TestSite.FromFixture();
        var empty = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(site.Root)!, "leer")).FullName;

        var (exit, _, _) = site.RunCli("--output", empty);

        Assert.Equal(CommandLine.Success, exit);
        Assert.True(File.Exists(Path.Combine(empty, "index.html")));
    }

    [Fact]
    public void Output_of_a_version_from_before_the_marker_is_accepted()
    {
        // A developer's public/ or a web-server folder filled from one: index.html and the generator's .htaccess, no marker.
        using var site = TestSite.FromFixture();
        Assert.Equal(CommandLine.Success, site.RunCli().ExitCode);
        File.Delete(Path.Combine(site.Output, OutputMarker.FileName));

        var (exit, _, stderr) = site.RunCli();

        Assert.Equal(CommandLine.Success, exit);
        Assert.Equal("", stderr);
        Assert.True(OutputMarker.IsIn(site.Output));
    }

    [Fact]
    public void A_foreign_htaccess_does_not_pass_as_earlier_output()
    {
        using var site = TestSite.FromFixture();
        site.Write("public/index.html", "<h1>Vereinsseite</h1>");
        site.Write("public/.htaccess", "# Options of the club's site\nOptions -Indexes\n");

        var (exit, _, stderr) = site.RunCli();

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains(DiagnosticCodes.OutputNotFromGenerator, stderr);
        Assert.Equal("<h1>Vereinsseite</h1>", site.ReadOutput("index.html"));
    }

    [Fact]
    public void Every_build_writes_the_marker()
    {
        using var site = TestSite.FromFixture();
        Assert.Equal(CommandLine.Success, site.RunCli().ExitCode);
        var marker = File.ReadAllBytes(Path.Combine(site.Output, OutputMarker.FileName));
        Assert.Equal(OutputMarker.FileToWrite.Content, marker);
        var text = System.Text.Encoding.UTF8.GetString(marker);
        Assert.Contains("landau-site", text);
        Assert.Contains("replaces the whole folder", text);
        Assert.DoesNotContain(OutputMarker.FileName, site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public void Check_writes_nothing_and_does_not_mind_a_foreign_public_folder()
    {
        using var site = TestSite.FromFixture();
        site.Write("public/notizen.txt", "Meine Notizen");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = CommandLine.Run(["--messages", "en", "check", "--source", site.Root], stdout, stderr);

        Assert.Equal(CommandLine.Success, exit);
        Assert.Equal(["notizen.txt"], Directory.GetFileSystemEntries(site.Output).Select(Path.GetFileName));
    }

    [Fact]
    public void The_help_of_build_describes_force()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(CommandLine.Success, CommandLine.Run(["--messages", "en", "build", "--help"], stdout, stderr));
        Assert.Contains("--force", stdout.ToString());
        Assert.Contains("Replace the output folder's contents", stdout.ToString());
    }

    /// <summary>A folder of someone's own files beside the site: <c>steuern/</c> with a subfolder.</summary>
    private static string ForeignFolder(TestSite site)
    {
        var papers = Path.Combine(Path.GetDirectoryName(site.Root)!, "steuern");
        Directory.CreateDirectory(Path.Combine(papers, "2025"));
        File.WriteAllText(Path.Combine(papers, "2025", "bescheid.txt"), "Einkommensteuerbescheid");
        File.WriteAllBytes(Path.Combine(papers, "scan.pdf"), [0x25, 0x50, 0x44, 0x46]);
        return papers;
    }

    /// <summary>The sources are byte-identical and nothing (no output, no staging folder) appeared beside them.</summary>
    private static void AssertUntouched(TestSite site, Dictionary<string, string> before, params string[] besides)
    {
        Assert.Equal(before, Snapshot(site.Root));
        Assert.Equal(["site", .. besides], TopLevel(site));
    }

    /// <summary>What the site's private temp folder holds: the site and whatever a build put beside it.</summary>
    private static List<string> TopLevel(TestSite site) =>
        [.. Directory.GetFileSystemEntries(Path.GetDirectoryName(site.Root)!).Select(e => Path.GetFileName(e)!).Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(
                e => Path.GetRelativePath(root, e),
                e => File.Exists(e) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(e))) : "folder");
}
