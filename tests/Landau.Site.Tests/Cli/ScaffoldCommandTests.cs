using Landau.Site.Cli;
using Landau.Site.Scaffolding;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Cli;

/// <summary><c>landau-site new</c> and <c>landau-site schema</c> through the real command line: files, messages, exit codes.</summary>
public sealed class ScaffoldCommandTests
{
    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(["--messages", "en", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void New_writes_a_draft_that_previews_and_a_page_that_fails_check_until_its_placeholders_are_replaced()
    {
        using var site = TestSite.FromFixture();
        var (code, stdout, stderr) = Run("new", "page", "de/themen/dritter-schritt", "--source", site.Root);
        Assert.Equal(CommandLine.Success, code);
        Assert.Equal("", stderr);
        Assert.StartsWith("Created content/de/themen/dritter-schritt.md (type page) as a draft.", stdout);
        var file = "content/de/themen/dritter-schritt.md";
        Assert.StartsWith("---\n# Neue Seite vom Typ page", site.Read(file));

        var build = site.RunCli("--strict");
        Assert.True(build.ExitCode == CommandLine.Success, build.Stderr);
        Assert.False(site.OutputExists("de/themen/dritter-schritt/index.html"));
        var preview = site.RunCli("--strict", "--drafts");
        Assert.True(preview.ExitCode == CommandLine.Success, preview.Stderr);
        Assert.True(site.OutputExists("de/themen/dritter-schritt/index.html"));

        site.Write(file, site.Read(file).Replace("draft: true\n", "", StringComparison.Ordinal));
        var check = site.RunCli("--strict");
        Assert.Equal(CommandLine.ContentErrors, check.ExitCode);
        Assert.Contains($"{file}(", check.Stderr);
        Assert.Contains("error LS2025: 'title' still has the placeholder", check.Stderr);
    }

    [Fact]
    public void New_refuses_to_overwrite_with_exit_1_and_leaves_the_file_alone()
    {
        using var site = TestSite.FromFixture();
        var path = Path.Combine(site.Root, "content/de/themen/erste-schritte.md");
        var before = File.ReadAllBytes(path);
        var (code, stdout, stderr) = Run("new", "page", "de/themen/erste-schritte.md", "--source", site.Root);
        Assert.Equal(CommandLine.ContentErrors, code);
        Assert.Equal("", stdout);
        Assert.Equal("content/de/themen/erste-schritte.md exists already; nothing was changed.\n", stderr.ReplaceLineEndings("\n"));
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("artikel", "de/themen/neu", "'artikel' is not a content type. Use one of: page, section, principle, guide, offer, contact, news.")]
    [InlineData("page", "../neu", "'..'")]
    [InlineData("page", "de/../../neu", "'..'")]
    [InlineData("page", "/tmp/neu.md", "is an absolute path")]
    [InlineData("page", "fr/neu", "'fr' is not a language of the site")]
    [InlineData("page", "en/themen/erste-schritte.md", "exists already")]
    [InlineData("page", "en/themen/zweiter-schritt.md", "landau-site translations new en themen/zweiter-schritt.md")]
    public void New_refuses_what_cannot_work_with_a_plain_message(string type, string path, string message)
    {
        using var site = TestSite.FromFixture();
        var files = Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Length;
        var (code, stdout, stderr) = Run("new", type, path, "--source", site.Root);
        Assert.Equal(message == "exists already" ? CommandLine.ContentErrors : CommandLine.UsageError, code);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(files, Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Length);
    }

    [Theory]
    [InlineData("new", "page")]
    [InlineData("new")]
    [InlineData("new", "page", "de/neu", "--source", "/no/such/folder")]
    [InlineData("schema", "--source", "/no/such/folder")]
    [InlineData("schema", "--unknown")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (code, _, stderr) = Run(args);
        Assert.Equal(CommandLine.UsageError, code);
        Assert.NotEqual("", stderr);
    }

    [Theory]
    [InlineData("new", "<type> <path>")]
    [InlineData("schema", "--output")]
    [InlineData("build", "--base-url")]
    public void Help_on_a_command_prints_it_and_runs_nothing(string command, string shown)
    {
        using var site = TestSite.FromFixture();
        var before = Directory.GetFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Length;
        var (code, stdout, _) = Run(command, "--help", "--source", site.Root);
        Assert.Equal(CommandLine.Success, code);
        Assert.Contains(shown, stdout);
        Assert.Equal(before, Directory.GetFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Schema_writes_one_schema_per_type_and_kind_of_page_into_schemas()
    {
        using var site = TestSite.FromFixture();
        var (code, stdout, stderr) = Run("schema", "--source", site.Root);
        Assert.Equal(CommandLine.Success, code);
        Assert.Equal("", stderr);
        Assert.StartsWith($"Wrote 16 JSON Schemas and a README into {Path.Combine(site.Root, "schemas")}", stdout);
        var written = Directory.GetFiles(Path.Combine(site.Root, FrontMatterSchemas.Folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "README.md", "contact.schema.json", "contact.translation.schema.json", "front-matter.schema.json", "front-matter.translation.schema.json",
                "guide.schema.json", "guide.translation.schema.json", "news.schema.json", "news.translation.schema.json",
                "offer.schema.json", "offer.translation.schema.json", "page.schema.json", "page.translation.schema.json",
                "principle.schema.json", "principle.translation.schema.json", "section.schema.json", "section.translation.schema.json",
            ],
            written);

        // Run again: the same bytes, and files beside them are left alone.
        var folder = Path.Combine(site.Root, FrontMatterSchemas.Folder);
        File.WriteAllText(Path.Combine(folder, "notiz.txt"), "bleibt");
        var before = Directory.GetFiles(folder, "*.json").ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(CommandLine.Success, Run("schema", "--source", site.Root).ExitCode);
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
        Assert.Equal("bleibt", File.ReadAllText(Path.Combine(folder, "notiz.txt")));

        // The build does not mind the folder.
        Assert.Equal(CommandLine.Success, site.RunCli("--strict").ExitCode);
    }

    [Fact]
    public void Schema_honours_output_and_refuses_a_folder_the_build_reads()
    {
        using var site = TestSite.FromFixture();
        var elsewhere = Path.Combine(Path.GetDirectoryName(site.Root)!, "editor-schemas");
        Assert.Equal(CommandLine.Success, Run("schema", "--source", site.Root, "--output", elsewhere).ExitCode);
        Assert.True(File.Exists(Path.Combine(elsewhere, "offer.schema.json")));

        var (code, _, stderr) = Run("schema", "--source", site.Root, "--output", Path.Combine(site.Root, "content", "schemas"));
        Assert.Equal(CommandLine.ContentErrors, code);
        Assert.Contains("error LS5002: The schemas would be written into content/", stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "schemas")));
    }

    [Fact]
    public void A_folder_without_site_yml_is_reported_by_new_and_schema()
    {
        var empty = Directory.CreateTempSubdirectory("landau-no-site-").FullName;
        try
        {
            foreach (var args in new[] { new[] { "new", "page", "de/neu", "--source", empty }, ["schema", "--source", empty] })
            {
                var (code, _, stderr) = Run(args);
                Assert.Equal(CommandLine.ContentErrors, code);
                Assert.Contains("error LS1001: There is no site.yml", stderr);
            }

            Assert.Empty(Directory.GetFileSystemEntries(empty));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
