using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Golden;

/// <summary>
/// Exact expected output for the small fixture site in <c>Fixtures/golden-site</c>. When output
/// changes on purpose, regenerate with <c>LANDAU_UPDATE_GOLDEN=1 dotnet test</c> and review the diff.
/// </summary>
public sealed class GoldenSiteTests
{
    private static readonly string Expected = Path.Combine(RepoPaths.Fixture("golden-site"), "expected");

    [Fact]
    public void Output_matches_the_golden_files_exactly()
    {
        using var site = TestSite.FromFixture();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var produced = Files(site.Output);
        if (Environment.GetEnvironmentVariable("LANDAU_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(Expected))
            {
                Directory.Delete(Expected, recursive: true);
            }

            foreach (var file in produced)
            {
                var target = Path.Combine(Expected, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(site.Output, file), target);
            }
        }

        Assert.Equal(Files(Expected), produced);
        foreach (var file in produced)
        {
            var expected = File.ReadAllText(Path.Combine(Expected, file));
            var actual = File.ReadAllText(Path.Combine(site.Output, file));
            Assert.True(expected == actual, $"{file} differs from the golden file.\n--- expected\n{expected}\n--- actual\n{actual}");
        }
    }

    [Fact]
    public void Two_builds_of_the_same_sources_are_byte_identical()
    {
        using var first = TestSite.FromFixture();
        using var second = TestSite.FromFixture();
        first.Build();
        second.Build();
        var files = Files(first.Output);
        Assert.Equal(files, Files(second.Output));
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Output, file)), File.ReadAllBytes(Path.Combine(second.Output, file)));
        }
    }

    private static List<string> Files(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
}
