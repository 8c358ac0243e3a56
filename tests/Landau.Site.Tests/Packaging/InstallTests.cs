using System.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Packaging;

/// <summary>
/// What the city's IT installs, tried as they would: the .NET tool package installed into an empty
/// tool folder, and the self-contained single-file binary, each building the real site. (The
/// single-file build once compiled but died on its first run; only running it shows that.)
/// </summary>
public sealed class InstallTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("landau-site-install-").FullName;

    [Fact]
    public void The_tool_package_installs_and_builds_the_real_site()
    {
        var packages = Path.Combine(_work, "packages");
        Run("dotnet", "pack", Cli, "-c", "Release", "-o", packages);
        var package = Assert.Single(Directory.GetFiles(packages, "landau-site.*.nupkg"));
        var tools = Path.Combine(_work, "tools");

        Run("dotnet", "tool", "install", "landau-site", "--tool-path", tools, "--add-source", packages);

        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "landau-site.exe" : "landau-site");
        Assert.Contains(Path.GetFileNameWithoutExtension(package)["landau-site.".Length..], Run(tool, "--version"));
        AssertBuildsTheRealSite(tool);
    }

    [Fact]
    public void The_single_file_binary_runs_and_builds_the_real_site()
    {
        var rid = OperatingSystem.IsWindows() ? "win-x64" : "linux-x64";
        var folder = Path.Combine(_work, rid);
        Run("dotnet", "publish", Cli, "-c", "Release", "-r", rid, "--self-contained", "-p:PublishSingleFile=true", "-o", folder);
        var binary = Assert.Single(Directory.GetFiles(folder, OperatingSystem.IsWindows() ? "landau-site.exe" : "landau-site"));

        AssertBuildsTheRealSite(binary);
    }

    private void AssertBuildsTheRealSite(string tool)
    {
        using var site = TestSite.FromRealSite();
        var built = Run(tool, "build", "--source", site.Root, "--output", site.Output);
        // German by default: the German message file (a satellite assembly) made it into the package.
        Assert.Matches(@"Website gebaut: \d+ Seiten", built);
        Assert.True(site.OutputExists("de/index.html"));
        Assert.True(site.OutputExists("ar/index.html"));
    }

    private static string Cli => Path.Combine(RepoPaths.Root, "src", "Landau.Site.Cli");

    /// <summary>Runs a command to its end; fails the test with what it printed when it does not exit 0.</summary>
    private string Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _work };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        output.WriteLine($"{command} {string.Join(' ', arguments)} → {process.ExitCode}");
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{stdout}\n{stderr.Result}");
        return stdout;
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
