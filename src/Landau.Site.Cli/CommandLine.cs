using System.CommandLine;
using System.Globalization;
using Landau.Site.Building;
using Landau.Site.Diagnostics;

namespace Landau.Site.Cli;

/// <summary>
/// The thin command line: binds options and calls the library. Exit codes: 0 success, 1 content
/// errors (with <c>--strict</c>, warnings too), 2 usage errors.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    private const string Usage = "Usage: landau-site build|check [--source DIR] [--output DIR] [--base-url URL] [--drafts] [--strict]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var source = new Option<string>("--source") { Description = "The site's folder (with site.yml, content/, layouts/, i18n/). Default: the current folder." };
        var output = new Option<string>("--output") { Description = "Where to write the site. Default: <source>/public." };
        var baseUrl = new Option<string>("--base-url") { Description = "The absolute address the site is published under; overrides base_url in site.yml." };
        var drafts = new Option<bool>("--drafts") { Description = "Also build pages marked draft: true." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors." };

        var build = new Command("build", "Build the site into the output folder.") { source, output, baseUrl, drafts, strict };
        var check = new Command("check", "Run the whole build and every check without writing anything; lists external links.") { source, baseUrl, drafts, strict };
        var root = new RootCommand("landau-site: builds the Landau integration site from Markdown.") { build, check };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"landau-site: error: {error.Message}");
            }

            stderr.WriteLine(Usage);
            return UsageError;
        }

        var command = parse.CommandResult.Command;
        if (command != build && command != check)
        {
            // 'landau-site', '--help' or '--version': let System.CommandLine print them.
            var code = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
            return command == root && args.Length == 0 ? UsageError : code;
        }

        var options = new BuildOptions
        {
            SourceDirectory = parse.GetValue(source) ?? Directory.GetCurrentDirectory(),
            OutputDirectory = command == build ? parse.GetValue(output) : null,
            BaseUrl = parse.GetValue(baseUrl),
            IncludeDrafts = parse.GetValue(drafts),
            TreatWarningsAsErrors = parse.GetValue(strict),
            WriteOutput = command == build,
        };

        if (!Directory.Exists(options.SourceDirectory))
        {
            stderr.WriteLine($"landau-site: error: the source folder '{options.SourceDirectory}' does not exist.");
            return UsageError;
        }

        BuildResult result;
        try
        {
            result = SiteBuilder.Build(options);
        }
        catch (Exception ex)
        {
            // A bug in the generator, not in the content: say so in one line, never a stack trace.
            stderr.WriteLine($"landau-site: error LS9000: internal error ({ex.GetType().Name}: {ex.Message}). The previous output is unchanged. Please report this with the command you ran.");
            return ContentErrors;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        if (command == check && result.ExternalLinks.Count > 0)
        {
            stdout.WriteLine($"External links (listed, never fetched): {result.ExternalLinks.Count}");
            foreach (var (url, where) in result.ExternalLinks)
            {
                stdout.WriteLine($"  {url}  ({where})");
            }
        }

        stdout.WriteLine(Summary(result, options));
        return result.Succeeded ? Success : ContentErrors;
    }

    private static string Summary(BuildResult result, BuildOptions options)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var perLanguage = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var total = result.PagesPerLanguage.Values.Sum();
        var warnings = result.WarningCount > 0 ? $", {result.WarningCount} warning(s)" : "";
        if (!result.Succeeded)
        {
            var unchanged = options.WriteOutput ? $" Nothing was written; {options.ResolvedOutputDirectory} is unchanged." : "";
            return $"{(options.WriteOutput ? "Build" : "Check")} failed: {result.ErrorCount} error(s){warnings} in {seconds} s.{unchanged}";
        }

        return options.WriteOutput
            ? $"Built {total} pages ({perLanguage}) into {options.ResolvedOutputDirectory} in {seconds} s{warnings}."
            : $"Checked {total} pages ({perLanguage}) in {seconds} s: no errors{warnings}. Nothing was written.";
    }
}
