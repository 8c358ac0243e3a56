using System.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.EndToEnd;

/// <summary>
/// Every page of the real site is valid HTML according to the Nu Html Checker (vnu.jar from the
/// npm package vnu-jar, run with Java). .ci/run installs it into .tools/; elsewhere the test is
/// skipped with the command that installs it, unless LANDAU_REQUIRE_VNU=1 demands it.
/// </summary>
public sealed class HtmlValidityTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static readonly string VnuJar = Path.Combine(RepoPaths.Root, ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_page_of_the_real_site_is_valid_html()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        var java = FindJava();
        if (java is null || !File.Exists(VnuJar))
        {
            var why = "The Nu Html Checker is not installed: run 'npm install --prefix .tools vnu-jar@26.9.27' (needs Java 11+).";
            Assert.False(Environment.GetEnvironmentVariable("LANDAU_REQUIRE_VNU") == "1", why);
            Assert.Skip(why);
        }

        var start = new ProcessStartInfo(java, ["-jar", VnuJar, "--skip-non-html", "--format", "gnu", site.Output])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var report = await stdout + stderr;

        // vnu reports "error:", "info warning:" and plain "info:"; only the first two count.
        var problems = report.Split('\n').Where(l => l.Contains(": error:", StringComparison.Ordinal) || l.Contains("warning:", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(30)));
        Assert.Equal(0, process.ExitCode);
    }

    private static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        if (home is not null && File.Exists(Path.Combine(home, "bin", "java")))
        {
            return Path.Combine(home, "bin", "java");
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "java"))
            .FirstOrDefault(File.Exists);
    }
}
