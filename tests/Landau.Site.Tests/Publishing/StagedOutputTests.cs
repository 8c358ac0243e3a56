using System.Security.Cryptography;
using Landau.Site.Building;
using Landau.Site.Diagnostics;
using Landau.Site.Output;
using Landau.Site.Publishing;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Publishing;

/// <summary>
/// Writing the output folder when the disk fails: one error for one cause, with the place and the
/// free space, nothing swapped in. The failing disk is a stand-in writer, since the tests run as
/// root here and read-only permissions would not stop them.
/// </summary>
public sealed class StagedOutputTests
{
    private static void FullDisk(string path, byte[] content) => throw new IOException("No space left on device");

    [Fact]
    public void A_full_disk_gives_one_error_and_keeps_the_previous_output()
    {
        using var site = TestSite.FromFixture();
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.Output);
        var attempts = 0;

        var result = SiteBuilder.Build(new BuildOptions
        {
            SourceDirectory = site.Root,
            WriteFile = (path, content) =>
            {
                Interlocked.Increment(ref attempts);
                FullDisk(path, content);
            },
        });

        Assert.False(result.Succeeded);
        Assert.False(result.Written);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputFailed, error.Code);
        Assert.Contains("No space left on device", error.Message);
        Assert.Contains($"Could not write {OutputMarker.FileName} into {site.Root}{Path.DirectorySeparatorChar}.public.staging-", error.Message);
        Assert.Matches(@"\(\d+(\.\d)? (bytes|KB|MB|GB|TB) free on /", error.Message);
        Assert.Contains($"the previous output {site.Output} is unchanged", error.Message);
        Assert.Equal(1, attempts); // the marker, written first, failed: writing stopped there instead of failing for every page
        Assert.Equal(before, Snapshot(site.Output));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(site.Root), e => Path.GetFileName(e).StartsWith(".public.", StringComparison.Ordinal));
    }

    [Fact]
    public void Many_failing_files_are_one_error()
    {
        var parent = Directory.CreateTempSubdirectory("landau-staged-").FullName;
        try
        {
            var output = Path.Combine(parent, "out");
            var failAfterMarker = 0;
            using var staged = StagedOutput.Begin(output, (path, content) =>
            {
                if (Interlocked.Increment(ref failAfterMarker) > 1)
                {
                    FullDisk(path, content);
                }

                File.WriteAllBytes(path, content);
            });
            Parallel.For(0, 529, i => staged.Write(new OutputFile($"de/seite-{i}/index.html", [1, 2, 3])));
            var diagnostics = new DiagnosticBag();

            Assert.False(staged.Commit(diagnostics));

            var error = Assert.Single(diagnostics.ToSortedList());
            Assert.Equal(DiagnosticCodes.OutputFailed, error.Code);
            Assert.Contains("No space left on device", error.Message);
            Assert.False(Directory.Exists(output));
            Assert.Empty(Directory.GetFileSystemEntries(parent));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void The_staged_folder_always_holds_the_marker()
    {
        var parent = Directory.CreateTempSubdirectory("landau-staged-").FullName;
        try
        {
            var output = Path.Combine(parent, "out");
            using (var staged = StagedOutput.Begin(output))
            {
                staged.Write(new OutputFile("index.html", [1]));
                Assert.True(staged.Commit(new DiagnosticBag()));
            }

            Assert.Equal(OutputMarker.FileToWrite.Content, File.ReadAllBytes(Path.Combine(output, OutputMarker.FileName)));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void A_build_that_does_not_write_has_no_marker_and_touches_no_folder()
    {
        // The preview serves Files from memory: the marker is for folders on disk only.
        using var site = TestSite.FromFixture();
        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, WriteOutput = false });
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Files, f => f.Path == OutputMarker.FileName);
        Assert.False(Directory.Exists(site.Output));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
