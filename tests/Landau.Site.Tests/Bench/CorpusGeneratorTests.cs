using Landau.Site.Building;
using Landau.Site.Corpus;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;
using Landau.Site.Translations;

namespace Landau.Site.Tests.Bench;

/// <summary>
/// The benchmark corpus (bench/Landau.Site.Corpus): the same seed gives the same bytes, and the
/// Landau corpus builds without errors with the repository's layouts and interface texts.
/// </summary>
public sealed class CorpusGeneratorTests : IDisposable
{
    private const int Pages = 300;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "landau-corpus-test-" + Guid.NewGuid().ToString("N")[..12]);

    private string Generate(string name, CorpusFormat format, int seed = 1) =>
        Generate(name, format, seed, out _);

    private string Generate(string name, CorpusFormat format, int seed, out CorpusSummary summary)
    {
        var folder = Path.Combine(_root, name);
        summary = CorpusGenerator.Generate(new CorpusOptions
        {
            Pages = Pages,
            OutputDirectory = folder,
            Format = format,
            Seed = seed,
            RepositoryRoot = RepoPaths.Root,
        });
        return folder;
    }

    /// <summary>Every file below <paramref name="folder"/> by its relative path, with its bytes.</summary>
    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    [Theory]
    [InlineData(CorpusFormat.Landau)]
    [InlineData(CorpusFormat.Hugo)]
    public void The_same_seed_gives_the_same_bytes(CorpusFormat format)
    {
        var first = Files(Generate("first", format));
        var second = Files(Generate("second", format));

        Assert.True(first.Count > Pages / 2, $"only {first.Count} files were written");
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, file => Assert.True(file.Value.AsSpan().SequenceEqual(second[file.Key]), $"{file.Key} differs between two runs"));
    }

    [Theory]
    [InlineData(CorpusFormat.Landau)]
    [InlineData(CorpusFormat.Hugo)]
    public void Another_seed_gives_another_corpus_of_the_same_size(CorpusFormat format)
    {
        var one = Files(Generate("one", format, seed: 1, out var first));
        var other = Files(Generate("other", format, seed: 2, out var second));

        Assert.Equal(first.TotalPages, second.TotalPages);
        var changed = one.Keys.Intersect(other.Keys).Count(path => !one[path].AsSpan().SequenceEqual(other[path]));
        Assert.True(changed > Pages / 7, $"only {changed} files differ between seed 1 and seed 2");
    }

    [Fact]
    public void Pages_counts_every_language()
    {
        Generate("count", CorpusFormat.Landau, 1, out var summary);

        Assert.Equal(7, summary.ContentFiles.Count);
        Assert.Equal(43, summary.GermanPages);
        Assert.Equal(301, summary.TotalPages);
        Assert.Equal(43, summary.ContentFiles["de"]);
        Assert.All(summary.ContentFiles.Where(f => f.Key != "de"), f => Assert.InRange(f.Value, 1, 42));
    }

    [Fact]
    public void The_Landau_corpus_builds_with_no_error_and_no_warning_but_the_sign_language_video()
    {
        var source = Generate("landau", CorpusFormat.Landau);

        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = source, OutputDirectory = Path.Combine(_root, "out") });

        Assert.True(result.ErrorCount == 0, string.Join('\n', result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(20)));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.SignLanguageVideoMissing, d.Code));
        Assert.True(result.Written);
        Assert.Equal(301, result.PagesPerLanguage.Values.Sum() + result.FallbackPages);
        Assert.InRange(result.FallbackPages, 1, 300);
        Assert.True(File.Exists(Path.Combine(_root, "out", "ar", "angebote", "index.html")));
    }

    [Fact]
    public void Translations_are_up_to_date_outdated_drafts_or_missing_as_planned()
    {
        var source = Generate("states", CorpusFormat.Landau);
        var diagnostics = new DiagnosticBag();
        var report = TranslationReport.Create(SiteBuilder.Assemble(source, diagnostics)!);

        Assert.False(diagnostics.HasErrors);
        var pages = report.Languages.SelectMany(l => l.Pages.Select(p => (Language: l.Code, Page: p))).ToList();
        Assert.Contains(pages, p => p.Page.State == PageState.Outdated);
        Assert.Contains(pages, p => p.Page.Draft);
        Assert.Contains(pages, p => p.Page.State == PageState.Missing);
        // The plan decides; the build's own SourceHash comparison must agree with it on every page.
        var plan = SitePlan.Create(1, 43, ["de", "en", "ar", "uk", "tr", "fa", "de-ls"], "de");
        Assert.All(pages, p =>
        {
            var expected = plan.TranslationOf(p.Page.Key, p.Language) switch
            {
                TranslationPlan.Outdated => PageState.Outdated,
                TranslationPlan.Missing => PageState.Missing,
                _ => PageState.UpToDate,
            };
            Assert.True(expected == p.Page.State, $"{p.Language}/{p.Page.Key}: planned {expected}, built {p.Page.State}");
            Assert.Equal(plan.TranslationOf(p.Page.Key, p.Language) == TranslationPlan.Draft, p.Page.Draft);
        });
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
