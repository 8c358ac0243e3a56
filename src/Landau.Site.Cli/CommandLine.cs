using System.CommandLine;
using System.Globalization;
using Landau.Site.Building;

namespace Landau.Site.Cli;

/// <summary>
/// The thin command line: binds options and calls the library. Exit codes: 0 success, 1 content
/// errors, 2 usage errors.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var source = new Option<string>("--source") { Description = "The site's folder (with site.yml, content/, layouts/, i18n/). Default: the current folder." };
        var output = new Option<string>("--output") { Description = "Where to write the site. Default: <source>/public." };
        var baseUrl = new Option<string>("--base-url") { Description = "The absolute address the site is published under; overrides base_url in site.yml." };
        var drafts = new Option<bool>("--drafts") { Description = "Also build pages marked draft: true." };

        var build = new Command("build", "Build the site into the output folder.") { source, output, baseUrl, drafts };
        var root = new RootCommand("landau-site: builds the Landau integration site from Markdown.") { build };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"landau-site: error: {error.Message}");
            }

            stderr.WriteLine("Usage: landau-site build [--source DIR] [--output DIR] [--base-url URL] [--drafts]");
            return UsageError;
        }

        if (parse.CommandResult.Command != build)
        {
            // 'landau-site', '--help' or '--version': let System.CommandLine print them.
            var code = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
            return parse.CommandResult.Command == root && args.Length == 0 ? UsageError : code;
        }

        var options = new BuildOptions
        {
            SourceDirectory = parse.GetValue(source) ?? Directory.GetCurrentDirectory(),
            OutputDirectory = parse.GetValue(output),
            BaseUrl = parse.GetValue(baseUrl),
            IncludeDrafts = parse.GetValue(drafts),
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

        stdout.WriteLine(Summary(result, options));
        return result.Succeeded ? Success : ContentErrors;
    }

    private static string Summary(BuildResult result, BuildOptions options)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var perLanguage = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var total = result.PagesPerLanguage.Values.Sum();
        if (!result.Succeeded)
        {
            return $"Build failed: {result.ErrorCount} error(s), {result.WarningCount} warning(s) in {seconds} s. Nothing was written; {options.ResolvedOutputDirectory} is unchanged.";
        }

        var warnings = result.WarningCount > 0 ? $", {result.WarningCount} warning(s)" : "";
        return $"Built {total} pages ({perLanguage}) into {options.ResolvedOutputDirectory} in {seconds} s{warnings}.";
    }
}
