using Landau.Site.Configuration;
using Landau.Site.Diagnostics;

namespace Landau.Site.Corpus;

/// <summary>
/// Generates a benchmark corpus: a site in this project's format or the same site for Hugo, with
/// the real site's languages, deterministic for a seed (same seed, same bytes).
/// </summary>
public static class CorpusGenerator
{
    public static CorpusSummary Generate(CorpusOptions options)
    {
        if (options.Pages <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The number of pages must be positive.");
        }

        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(options.RepositoryRoot, diagnostics)
            ?? throw new InvalidOperationException($"Cannot read site.yml in {options.RepositoryRoot}: "
                + string.Join("; ", diagnostics.ToSortedList().Select(d => d.ToString())));
        var languages = config.Languages.Select(l => l.Code).ToList();
        var germanPages = (int)Math.Round(options.Pages / (double)languages.Count, MidpointRounding.AwayFromZero);
        if (germanPages < FixedTitles.Keys.Count)
        {
            throw new ArgumentException(
                $"A corpus has at least the real site's skeleton, {FixedTitles.Keys.Count} pages in each of {languages.Count} languages: use --pages {FixedTitles.Keys.Count * languages.Count} or more.");
        }

        var plan = SitePlan.Create(options.Seed, germanPages, languages, config.DefaultLanguage.Code);

        PrepareOutput(options);
        var files = options.Format switch
        {
            CorpusFormat.Landau => new LandauCorpusWriter(plan, options.RepositoryRoot, options.OutputDirectory).Write(),
            _ => new HugoCorpusWriter(plan, config, options.RepositoryRoot, options.OutputDirectory).Write(),
        };
        return new CorpusSummary(options.Format, plan.Pages.Count, plan.Pages.Count * languages.Count, files);
    }

    /// <summary>The repository root above <paramref name="start"/> (the folder with the solution file), or null.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "landau-integration-site.slnx")) && File.Exists(Path.Combine(dir.FullName, "site.yml")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static void PrepareOutput(CorpusOptions options)
    {
        var output = options.OutputDirectory;
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            if (!options.Force)
            {
                throw new IOException($"{output} is not empty; pass --force to replace it.");
            }

            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(output);
    }
}
