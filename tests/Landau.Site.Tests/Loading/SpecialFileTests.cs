using System.Diagnostics;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Loading;

/// <summary>Anything in content/ that is not a regular file is reported, never read (a pipe would block the build forever).</summary>
public sealed class SpecialFileTests
{
    [Fact]
    public async Task A_named_pipe_is_an_error_and_the_build_ends()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named pipes are made with mkfifo on Linux");
        using var site = TestSite.FromFixture();
        foreach (var name in new[] { "rohr.md", "rohr" })
        {
            using var mkfifo = Process.Start("mkfifo", Path.Combine(site.Root, "content", "de", "themen", name))!;
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var build = Task.Run(() => site.Build(write: false), TestContext.Current.CancellationToken);
        Assert.Same(build, await Task.WhenAny(build, Task.Delay(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken)));
        var errors = (await build).Diagnostics.Where(d => d.Code == DiagnosticCodes.NotRegularFile).ToList();
        Assert.Equal(["content/de/themen/rohr", "content/de/themen/rohr.md"], errors.Select(e => e.Location!.Path).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Contains("named pipe", e.Message));
    }
}
