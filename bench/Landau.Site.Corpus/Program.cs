using System.CommandLine;
using Landau.Site.Corpus;

// landau-corpus --pages 10000 --out DIR --format landau|hugo [--seed 1] [--repo DIR] [--force]
var pages = new Option<int>("--pages") { Description = "Total pages across all languages (every page exists in every language).", Required = true };
var output = new Option<string>("--out") { Description = "The folder to write the corpus into.", Required = true };
var format = new Option<string>("--format") { Description = "landau (this project's format) or hugo.", DefaultValueFactory = _ => "landau" };
format.AcceptOnlyFromAmong("landau", "hugo");
var seed = new Option<int>("--seed") { Description = "The same seed gives the same bytes.", DefaultValueFactory = _ => 1 };
var repo = new Option<string>("--repo") { Description = "The repository with site.yml, layouts/ and i18n/. Default: found above the current folder." };
var force = new Option<bool>("--force") { Description = "Replace the output folder if it has files." };
var root = new RootCommand("Generates a deterministic benchmark corpus of the Landau site, in this project's format or for Hugo.")
{
    pages, output, format, seed, repo, force,
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0 || parse.Action is not null)
{
    return parse.Invoke();
}

var repository = parse.GetValue(repo) ?? CorpusGenerator.FindRepositoryRoot(Directory.GetCurrentDirectory())
    ?? CorpusGenerator.FindRepositoryRoot(AppContext.BaseDirectory);
if (repository is null)
{
    Console.Error.WriteLine("landau-corpus: error: cannot find the repository (site.yml and landau-integration-site.slnx); pass --repo.");
    return 2;
}

try
{
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var summary = CorpusGenerator.Generate(new CorpusOptions
    {
        Pages = parse.GetValue(pages),
        OutputDirectory = Path.GetFullPath(parse.GetValue(output)!),
        Format = parse.GetValue(format) == "hugo" ? CorpusFormat.Hugo : CorpusFormat.Landau,
        Seed = parse.GetValue(seed),
        RepositoryRoot = repository,
        Force = parse.GetValue(force),
    });
    Console.WriteLine($"{summary} in {clock.Elapsed.TotalSeconds:0.0} s");
    return 0;
}
catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException)
{
    Console.Error.WriteLine($"landau-corpus: error: {ex.Message}");
    return 1;
}
