using Landau.Site.Building;
using Landau.Site.Cli;

namespace Landau.Site.Tests.Support;

/// <summary>
/// A throwaway copy of a fixture site in a temp folder, to change files in and build, in the style
/// of Hugo's inline test sites. Deleted on dispose.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private TestSite(string root) => Root = root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "public");

    /// <summary>A copy of <c>Fixtures/golden-site</c> (or another fixture).</summary>
    public static TestSite FromFixture(string fixture = "golden-site")
    {
        // A private parent folder, so tests can see everything a build writes beside the site (staging folders).
        var parent = Path.Combine(Path.GetTempPath(), "landau-site-test-" + Guid.NewGuid().ToString("N")[..12]);
        var root = Path.Combine(parent, "site");
        Copy(RepoPaths.Fixture(fixture), root);
        return new TestSite(root);
    }

    /// <summary>A copy of the real site (site.yml, content/, layouts/, i18n/ of the repository).</summary>
    public static TestSite FromRealSite()
    {
        var parent = Path.Combine(Path.GetTempPath(), "landau-site-test-" + Guid.NewGuid().ToString("N")[..12]);
        var root = Path.Combine(parent, "site");
        Directory.CreateDirectory(root);
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(root, "site.yml"));
        foreach (var folder in new[] { "content", "layouts", "i18n" })
        {
            Copy(Path.Combine(RepoPaths.Root, folder), Path.Combine(root, folder));
        }

        return new TestSite(root);
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public TestSite Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Root, to))!);
        File.Move(Path.Combine(Root, from), Path.Combine(Root, to));
        return this;
    }

    public TestSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    public TestSite Delete(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    public BuildResult Build(bool write = true) =>
        SiteBuilder.Build(new BuildOptions { SourceDirectory = Root, WriteOutput = write });

    /// <summary>Runs the real command line on this site and returns its exit code and what it printed.</summary>
    public (int ExitCode, string Stdout, string Stderr) RunCli(params string[] extraArgs)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(["build", "--source", Root, "--messages", "en", .. extraArgs], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool OutputExists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("expected", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
