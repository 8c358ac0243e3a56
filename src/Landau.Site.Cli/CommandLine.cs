using System.CommandLine;
using System.Globalization;
using Landau.Site.Building;
using Landau.Site.Cli.Preview;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Model;
using Landau.Site.Publishing;
using Landau.Site.Scaffolding;
using Landau.Site.Translations;

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

    private const string Usage = """
        Usage: landau-site build [--source DIR] [--output DIR] [--force] [--base-url URL] [--drafts] [--strict] [--timings]
               landau-site check [--source DIR] [--base-url URL] [--drafts] [--strict] [--timings]
               landau-site serve [--source DIR] [--port 1313] [--host 127.0.0.1] [--drafts] [--timings]
               landau-site new TYPE LANG/PATH [--source DIR]
               landau-site schema [--source DIR] [--output DIR]
               landau-site translations status|new|stamp|minor-edit|diff … (landau-site translations --help)
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var source = new Option<string>("--source") { Description = "The site's folder (with site.yml, content/, layouts/, i18n/). Default: the current folder." };
        var output = new Option<string>("--output") { Description = "Where to write the site. Default: <source>/public." };
        var baseUrl = new Option<string>("--base-url") { Description = "The absolute address the site is published under; overrides base_url in site.yml." };
        var drafts = new Option<bool>("--drafts") { Description = "Also build pages marked draft: true." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took, and the garbage collector's work." };
        var force = new Option<bool>("--force")
        {
            Description = $"Replace the output folder's contents even though no earlier build made it (it has files but no {OutputMarker.FileName}): everything in it is deleted. Never allowed for the sources.",
        };

        var build = new Command("build", "Build the site into the output folder, replacing the folder's contents.") { source, output, force, baseUrl, drafts, strict, timings };
        var check = new Command("check", "Run the whole build and every check without writing anything; lists external links.") { source, baseUrl, drafts, strict, timings };
        var language = new Argument<string>("language") { Description = "The language code, e.g. en, ar, de-ls." };
        var page = new Argument<string>("path") { Description = "The page below the language folder, e.g. wegweiser/sprache/_index.md." };
        var optionalPage = new Argument<string?>("path") { Description = "The page below the language folder.", Arity = ArgumentArity.ZeroOrOne };
        var onlyLanguage = new Option<string>("--lang") { Description = "Only this language." };
        var format = new Option<string>("--format") { Description = "text, json or csv.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var all = new Option<bool>("--all") { Description = "Stamp every outdated translation of the language." };
        var since = new Option<string>("--since") { Description = "The Git revision with the version before the minor edit (default: HEAD).", DefaultValueFactory = _ => "HEAD" };
        var translations = new Command("translations", "Translators' commands: status, new, stamp, minor-edit, diff.")
        {
            new Command("status", "Per language: up to date, outdated, missing and orphaned pages.") { source, onlyLanguage, format },
            new Command("new", "Start a translation from its source page (translation_status: draft).") { language, page, source },
            new Command("stamp", "Mark a translation as matching the current source (after updating it).") { language, optionalPage, all, source },
            new Command("minor-edit", "After a typo fix in a source page: restamp the translations that matched the version before.") { page, since, source },
            new Command("diff", "Show what changed in the source since the translation was made (from Git).") { language, page, source },
        };
        var port = new Option<int>("--port")
        {
            Description = $"The port of the preview, 1 to 65535 (0: any free port). Default: {PreviewCommand.DefaultPort}.",
            DefaultValueFactory = _ => PreviewCommand.DefaultPort,
            // Our own message instead of "Cannot parse argument 'abc' … as expected type 'System.Int32'",
            // and out-of-range numbers refused here, before Kestrel throws on them.
            CustomParser = result =>
            {
                var given = string.Join(" ", result.Tokens.Select(t => t.Value));
                if (int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && PreviewCommand.IsPort(number))
                {
                    return number;
                }

                result.AddError(PreviewCommand.PortError(given));
                return 0;
            },
        };
        var host = new Option<string>("--host") { Description = "The address the preview listens on (keep it a loopback address).", DefaultValueFactory = _ => "127.0.0.1" };
        var serve = new Command("serve", "Preview the site at http://127.0.0.1:1313/: rebuilds on every saved change and reloads the browser.") { source, port, host, drafts, timings };
        var contentType = new Argument<string>("type") { Description = $"The content type: {string.Join(", ", ContentSchema.TypeNames.Keys)}." };
        var newPath = new Argument<string>("path") { Description = "The new page below content/, starting with the language, e.g. de/angebote/neues-angebot.md (.md is added; a section names its folder)." };
        var newPage = new Command("new", "Start a new page: the type's front matter with placeholders, each field explained in German. Never overwrites.") { contentType, newPath, source };
        var schemaOutput = new Option<string>("--output") { Description = "Where to write the schemas. Default: <source>/schemas." };
        var schema = new Command("schema", "Write JSON Schemas of every content type's front matter, for editors' YAML tooling.") { source, schemaOutput };
        var root = new RootCommand("landau-site: builds the Landau integration site from Markdown.") { build, check, serve, newPage, schema, translations };

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

        // '--help' on any command prints its help and runs nothing.
        if (parse.Action is System.CommandLine.Help.HelpAction)
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }

        var command = parse.CommandResult.Command;
        if (command.Parents.Contains(translations))
        {
            return RunTranslations(command.Name, parse, source, language, page, optionalPage, onlyLanguage, format, all, since, stdout, stderr);
        }

        if (command == serve)
        {
            var sourceDirectory = parse.GetValue(source) ?? Directory.GetCurrentDirectory();
            if (!Directory.Exists(sourceDirectory))
            {
                stderr.WriteLine(SourceMissing(sourceDirectory));
                return UsageError;
            }

            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };

            // Stop as cleanly on SIGTERM (a terminal closed, a service manager, `timeout`) as on Ctrl+C.
            using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            var previewOptions = new BuildOptions { SourceDirectory = sourceDirectory, IncludeDrafts = parse.GetValue(drafts) };
            return PreviewCommand.RunAsync(previewOptions, parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(timings), stdout, stderr, stop.Token).GetAwaiter().GetResult();
        }

        if (command == newPage)
        {
            return RunNew(parse.GetValue(contentType)!, parse.GetValue(newPath)!, parse.GetValue(source), stdout, stderr);
        }

        if (command == schema)
        {
            return RunSchema(parse.GetValue(source), parse.GetValue(schemaOutput), stdout, stderr);
        }

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
            ReplaceForeignOutput = command == build && parse.GetValue(force),
        };

        if (!Directory.Exists(options.SourceDirectory))
        {
            stderr.WriteLine(SourceMissing(options.SourceDirectory));
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
            if (Environment.GetEnvironmentVariable("LANDAU_DEBUG") == "1")
            {
                stderr.WriteLine(ex.ToString());
            }

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

        foreach (var note in result.Notes)
        {
            stdout.WriteLine($"Note: {note}");
        }

        stdout.WriteLine(Summary(result, options));
        if (parse.GetValue(timings))
        {
            foreach (var stage in result.Stages)
            {
                stdout.WriteLine($"  {stage.Stage,-36} {stage.Elapsed.TotalMilliseconds,8:0} ms");
            }

            stdout.WriteLine($"  garbage collections (gen 0/1/2): {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, allocated {GC.GetTotalAllocatedBytes() / 1024 / 1024} MB");
        }
        // A refused output folder is a wrong command, not wrong content.
        return result.Succeeded ? Success : result.OutputRefused ? UsageError : ContentErrors;
    }

    private static int RunNew(string typeName, string path, string? sourceOption, TextWriter stdout, TextWriter stderr)
    {
        if (LoadConfig(sourceOption, stderr, out var folder) is not { } config)
        {
            return Directory.Exists(folder) ? ContentErrors : UsageError;
        }

        var result = new ContentScaffold(folder, config).Create(typeName, path, DateOnly.FromDateTime(DateTime.Now));
        (result.Succeeded ? stdout : stderr).WriteLine(result.Message);
        return result.Outcome switch
        {
            ScaffoldOutcome.Created => Success,
            ScaffoldOutcome.Refused => UsageError,
            _ => ContentErrors,
        };
    }

    private static int RunSchema(string? sourceOption, string? outputOption, TextWriter stdout, TextWriter stderr)
    {
        if (LoadConfig(sourceOption, stderr, out var folder) is not { } config)
        {
            return Directory.Exists(folder) ? ContentErrors : UsageError;
        }

        var output = Path.GetFullPath(outputOption ?? Path.Combine(folder, FrontMatterSchemas.Folder));
        var files = FrontMatterSchemas.Files(config);
        var diagnostics = new DiagnosticBag();
        if (!FrontMatterSchemas.Write(folder, output, files, diagnostics))
        {
            foreach (var diagnostic in diagnostics.ToSortedList())
            {
                stderr.WriteLine(diagnostic.ToString());
            }

            return ContentErrors;
        }

        stdout.WriteLine($"Wrote {files.Count(f => f.Path.EndsWith(".json", StringComparison.Ordinal))} JSON Schemas and a README into {output}: " +
            $"{FrontMatterSchemas.CombinedFile} for pages in content/{config.DefaultLanguage.Code}/, {FrontMatterSchemas.CombinedTranslationFile} for translations.");
        return Success;
    }

    /// <summary>The one-line error for a <c>--source</c> (or current) folder that is not there.</summary>
    private static string SourceMissing(string folder) =>
        $"landau-site: error: --source: the folder '{folder}' does not exist. Give the site's folder (the one with site.yml), or run the command inside it.";

    /// <summary>The site's configuration for commands that need no build; null (with the problem printed) when there is none.</summary>
    private static SiteConfig? LoadConfig(string? sourceOption, TextWriter stderr, out string folder)
    {
        folder = Path.GetFullPath(sourceOption ?? Directory.GetCurrentDirectory());
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine(SourceMissing(folder));
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(folder, diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error))
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        return diagnostics.HasErrors ? null : config;
    }

    private static int RunTranslations(
        string name, ParseResult parse, Option<string> source, Argument<string> language, Argument<string> page, Argument<string?> optionalPage,
        Option<string> onlyLanguage, Option<string> format, Option<bool> all, Option<string> since, TextWriter stdout, TextWriter stderr)
    {
        var folder = parse.GetValue(source) ?? Directory.GetCurrentDirectory();
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine(SourceMissing(folder));
            return UsageError;
        }

        var diagnostics = new DiagnosticBag();
        var site = SiteBuilder.Assemble(folder, diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error))
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        if (site is null || diagnostics.HasErrors)
        {
            stderr.WriteLine("The site has errors: fix them first (landau-site check lists them).");
            return ContentErrors;
        }

        if (name == "status")
        {
            var report = TranslationReport.Create(site);
            if (parse.GetValue(onlyLanguage) is { } only)
            {
                if (report.Languages.All(l => l.Code != only))
                {
                    stderr.WriteLine($"landau-site: error: '{only}' is not a translated language of the site.");
                    return UsageError;
                }

                report = report with { Languages = report.Languages.Where(l => l.Code == only).ToList() };
            }

            stdout.Write(parse.GetValue(format) switch
            {
                "json" => TranslationReportWriter.Json(report),
                "csv" => TranslationReportWriter.ToCsv(report),
                _ => TranslationReportWriter.Text(report),
            });
            return Success;
        }

        var desk = new TranslationDesk(Path.GetFullPath(folder), site);
        var result = name switch
        {
            "new" => desk.New(parse.GetValue(language)!, parse.GetValue(page)!),
            "stamp" when parse.GetValue(all) && parse.GetValue(optionalPage) is null => desk.StampAll(parse.GetValue(language)),
            "stamp" when parse.GetValue(optionalPage) is { } path => desk.Stamp(parse.GetValue(language)!, path),
            "stamp" => DeskResult.Usage("Name the page to stamp, or use --all."),
            "minor-edit" => desk.MinorEdit(parse.GetValue(page)!, parse.GetValue(since)!),
            _ => desk.Diff(parse.GetValue(language)!, parse.GetValue(page)!),
        };
        (result.Succeeded ? stdout : stderr).WriteLine(result.Message);
        return result.Succeeded ? Success : result.IsUsageError ? UsageError : ContentErrors;
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

        var fallbacks = result.FallbackPages > 0 ? $" and {result.FallbackPages} fallback pages" : "";
        return options.WriteOutput
            ? $"Built {total} pages ({perLanguage}){fallbacks} into {options.ResolvedOutputDirectory} in {seconds} s{warnings}."
            : $"Checked {total} pages ({perLanguage}){fallbacks} in {seconds} s: no errors{warnings}. Nothing was written.";
    }
}
