using System.Diagnostics;
using AngleSharp.Html.Parser;
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

    [Fact]
    public async Task The_Hugo_corpus_builds_with_Hugo_without_errors_or_warnings()
    {
        var hugo = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "hugo")).FirstOrDefault(File.Exists);
        if (hugo is null)
        {
            var why = "Hugo is not installed (apt-get install hugo); the Hugo corpus is not built.";
            Assert.False(Environment.GetEnvironmentVariable("LANDAU_REQUIRE_HUGO") == "1", why);
            Assert.Skip(why);
        }

        var source = Generate("hugo", CorpusFormat.Hugo);
        var output = Path.Combine(_root, "hugo-out");
        var start = new ProcessStartInfo(hugo, ["--quiet", "-s", source, "-d", output, "--cacheDir", Path.Combine(_root, "hugo-cache")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var report = (await stdout + stderr).Trim();

        Assert.True(process.ExitCode == 0 && report.Length == 0, report);
        // Every page of every language, each with its language, direction and one h1, as the Landau build checks.
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(output, f) != "index.html") // the redirect to /de/
            .ToList();
        Assert.True(pages.Count > 301, $"only {pages.Count} pages");
        Assert.All(pages, file =>
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var language = Path.GetRelativePath(output, file).Split(Path.DirectorySeparatorChar)[0];
            Assert.Equal(language == "de-ls" ? "de" : language, document.DocumentElement.GetAttribute("lang"));
            Assert.Equal(language is "ar" or "fa" ? "rtl" : "ltr", document.DocumentElement.GetAttribute("dir"));
            Assert.Single(document.QuerySelectorAll("h1"));
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
