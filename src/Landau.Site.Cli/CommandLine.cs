using System.CommandLine;
using System.Globalization;
using Landau.Site.Building;
using Landau.Site.Cli.Preview;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Localization;
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

    /// <summary>The option that chooses the language of every message; on every command.</summary>
    public const string MessagesOption = "--messages";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // The language is needed before parsing: System.CommandLine words its own errors and help
        // headings in the current UI culture, and every description below is worded for it.
        var chosen = ChosenLanguage(args);
        if (MessageCatalogue.For(chosen) is not { } catalogue)
        {
            var fallback = MessageCatalogue.For(null) ?? MessageCatalogue.German;
            stderr.WriteLine("landau-site: error: " + new Text("Cli.UnknownMessagesLanguage", chosen ?? "", string.Join(", ", MessageCatalogue.Available)).Format(fallback));
            return UsageError;
        }

        CultureInfo.CurrentUICulture = catalogue.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = catalogue.Culture;
        string T(string key, params object[] values) => new Text(key, values).Format(catalogue);

        var messages = new Option<string>(MessagesOption) { Description = T("Cli.Option.Messages", MessageCatalogue.EnvironmentVariable), Recursive = true, HelpName = "de|en" };
        var source = new Option<string>("--source") { Description = T("Cli.Option.Source") };
        var output = new Option<string>("--output") { Description = T("Cli.Option.Output") };
        var baseUrl = new Option<string>("--base-url") { Description = T("Cli.Option.BaseUrl") };
        var drafts = new Option<bool>("--drafts") { Description = T("Cli.Option.Drafts") };
        var strict = new Option<bool>("--strict") { Description = T("Cli.Option.Strict") };
        var timings = new Option<bool>("--timings") { Description = T("Cli.Option.Timings") };
        var force = new Option<bool>("--force") { Description = T("Cli.Option.Force", OutputMarker.FileName) };

        var build = new Command("build", T("Cli.Command.Build")) { source, output, force, baseUrl, drafts, strict, timings };
        var check = new Command("check", T("Cli.Command.Check")) { source, baseUrl, drafts, strict, timings };
        var language = new Argument<string>("language") { Description = T("Cli.Argument.Language") };
        var page = new Argument<string>("path") { Description = T("Cli.Argument.Page") };
        var optionalPage = new Argument<string?>("path") { Description = T("Cli.Argument.OptionalPage"), Arity = ArgumentArity.ZeroOrOne };
        var onlyLanguage = new Option<string>("--lang") { Description = T("Cli.Option.Lang") };
        var format = new Option<string>("--format") { Description = T("Cli.Option.Format"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var all = new Option<bool>("--all") { Description = T("Cli.Option.All") };
        var since = new Option<string>("--since") { Description = T("Cli.Option.Since"), DefaultValueFactory = _ => "HEAD" };
        var translations = new Command("translations", T("Cli.Command.Translations"))
        {
            new Command("status", T("Cli.Command.TranslationsStatus")) { source, onlyLanguage, format },
            new Command("new", T("Cli.Command.TranslationsNew")) { language, page, source },
            new Command("stamp", T("Cli.Command.TranslationsStamp")) { language, optionalPage, all, source },
            new Command("minor-edit", T("Cli.Command.TranslationsMinorEdit")) { page, since, source },
            new Command("diff", T("Cli.Command.TranslationsDiff")) { language, page, source },
        };
        var port = new Option<int>("--port")
        {
            Description = T("Cli.Option.Port", PreviewCommand.DefaultPort),
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

                result.AddError(PreviewCommand.PortError(given).Format(catalogue));
                return 0;
            },
        };
        var host = new Option<string>("--host") { Description = T("Cli.Option.Host"), DefaultValueFactory = _ => "127.0.0.1" };
        var serve = new Command("serve", T("Cli.Command.Serve")) { source, port, host, drafts, timings };
        var contentType = new Argument<string>("type") { Description = T("Cli.Argument.Type", string.Join(", ", ContentSchema.TypeNames.Keys)) };
        var newPath = new Argument<string>("path") { Description = T("Cli.Argument.NewPath") };
        var newPage = new Command("new", T("Cli.Command.New")) { contentType, newPath, source };
        var schemaOutput = new Option<string>("--output") { Description = T("Cli.Option.SchemaOutput") };
        var schema = new Command("schema", T("Cli.Command.Schema")) { source, schemaOutput };
        var root = new RootCommand(T("Cli.Command.Root")) { messages, build, check, serve, newPage, schema, translations };
        foreach (var builtIn in root.Options)
        {
            // System.CommandLine's German resources leave these two in English.
            builtIn.Description = builtIn switch
            {
                System.CommandLine.Help.HelpOption => T("Cli.Option.Help"),
                VersionOption => T("Cli.Option.Version"),
                _ => builtIn.Description,
            };
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"landau-site: error: {error.Message}");
            }

            stderr.WriteLine(T("Cli.Usage"));
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
            return RunTranslations(command.Name, parse, source, language, page, optionalPage, onlyLanguage, format, all, since, catalogue, stdout, stderr);
        }

        if (command == serve)
        {
            var sourceDirectory = parse.GetValue(source) ?? Directory.GetCurrentDirectory();
            if (!Directory.Exists(sourceDirectory))
            {
                stderr.WriteLine(SourceMissing(sourceDirectory, catalogue));
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
            return PreviewCommand.RunAsync(previewOptions, parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(timings), stdout, stderr, stop.Token, catalogue).GetAwaiter().GetResult();
        }

        if (command == newPage)
        {
            return RunNew(parse.GetValue(contentType)!, parse.GetValue(newPath)!, parse.GetValue(source), catalogue, stdout, stderr);
        }

        if (command == schema)
        {
            return RunSchema(parse.GetValue(source), parse.GetValue(schemaOutput), catalogue, stdout, stderr);
        }

        if (command != build && command != check)
        {
            // 'landau-site', '--help' or '--version': let System.CommandLine print them.
            var code = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
            return command == root && parse.Tokens.All(t => t.Value == MessagesOption || t.Value == chosen) ? UsageError : code;
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
            stderr.WriteLine(SourceMissing(options.SourceDirectory, catalogue));
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
            stderr.WriteLine(new Diagnostic(DiagnosticCodes.InternalError, Severity.Error, new Text("LS9000.InternalError", ex.GetType().Name, ex.Message), null).Format(catalogue));
            if (Environment.GetEnvironmentVariable("LANDAU_DEBUG") == "1")
            {
                stderr.WriteLine(ex.ToString());
            }

            return ContentErrors;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.Format(catalogue));
        }

        if (command == check && result.ExternalLinks.Count > 0)
        {
            stdout.WriteLine(T("Cli.ExternalLinks", result.ExternalLinks.Count));
            foreach (var (url, where) in result.ExternalLinks)
            {
                stdout.WriteLine($"  {url}  ({where})");
            }
        }

        foreach (var note in result.Notes)
        {
            stdout.WriteLine(T("Cli.Note", note));
        }

        stdout.WriteLine(Summary(result, options, catalogue).Format(catalogue));
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

    private static int RunNew(string typeName, string path, string? sourceOption, MessageCatalogue catalogue, TextWriter stdout, TextWriter stderr)
    {
        if (LoadConfig(sourceOption, catalogue, stderr, out var folder) is not { } config)
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

    private static int RunSchema(string? sourceOption, string? outputOption, MessageCatalogue catalogue, TextWriter stdout, TextWriter stderr)
    {
        if (LoadConfig(sourceOption, catalogue, stderr, out var folder) is not { } config)
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
                stderr.WriteLine(diagnostic.Format(catalogue));
            }

            return ContentErrors;
        }

        var schemas = files.Count(f => f.Path.EndsWith(".json", StringComparison.Ordinal));
        stdout.WriteLine(new Text("Cli.SchemaWritten", schemas, output, FrontMatterSchemas.CombinedFile, config.DefaultLanguage.Code, FrontMatterSchemas.CombinedTranslationFile).Format(catalogue));
        return Success;
    }

    /// <summary>The one-line error for a <c>--source</c> (or current) folder that is not there.</summary>
    private static string SourceMissing(string folder, MessageCatalogue catalogue) =>
        "landau-site: error: " + new Text("Cli.SourceMissing", folder).Format(catalogue);

    /// <summary>The site's configuration for commands that need no build; null (with the problem printed) when there is none.</summary>
    private static SiteConfig? LoadConfig(string? sourceOption, MessageCatalogue catalogue, TextWriter stderr, out string folder)
    {
        folder = Path.GetFullPath(sourceOption ?? Directory.GetCurrentDirectory());
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine(SourceMissing(folder, catalogue));
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(folder, diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error))
        {
            stderr.WriteLine(diagnostic.Format(catalogue));
        }

        return diagnostics.HasErrors ? null : config;
    }

    private static int RunTranslations(
        string name, ParseResult parse, Option<string> source, Argument<string> language, Argument<string> page, Argument<string?> optionalPage,
        Option<string> onlyLanguage, Option<string> format, Option<bool> all, Option<string> since, MessageCatalogue catalogue, TextWriter stdout, TextWriter stderr)
    {
        var folder = parse.GetValue(source) ?? Directory.GetCurrentDirectory();
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine(SourceMissing(folder, catalogue));
            return UsageError;
        }

        var diagnostics = new DiagnosticBag();
        var site = SiteBuilder.Assemble(folder, diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error))
        {
            stderr.WriteLine(diagnostic.Format(catalogue));
        }

        if (site is null || diagnostics.HasErrors)
        {
            stderr.WriteLine(new Text("Cli.Translations.SiteHasErrors").Format(catalogue));
            return ContentErrors;
        }

        if (name == "status")
        {
            var report = TranslationReport.Create(site);
            if (parse.GetValue(onlyLanguage) is { } only)
            {
                if (report.Languages.All(l => l.Code != only))
                {
                    stderr.WriteLine("landau-site: error: " + new Text("Cli.Translations.UnknownLanguage", only).Format(catalogue));
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

    /// <summary>The last line of <c>build</c> and <c>check</c>: pages per language, time, errors and warnings.</summary>
    private static Text Summary(BuildResult result, BuildOptions options, MessageCatalogue catalogue)
    {
        var seconds = Math.Round(result.Elapsed.TotalSeconds, 2);
        var warnings = result.WarningCount > 0 ? new Text("Cli.AndMore", Plural(catalogue, "Cli.Warnings", result.WarningCount)) : Text.None;
        if (!result.Succeeded)
        {
            var errors = Plural(catalogue, "Cli.Errors", result.ErrorCount);
            return options.WriteOutput
                ? new Text("Cli.BuildFailed", errors, warnings, seconds, options.ResolvedOutputDirectory)
                : new Text("Cli.CheckFailed", errors, warnings, seconds);
        }

        var pages = Plural(catalogue, "Cli.Pages", result.PagesPerLanguage.Values.Sum());
        var perLanguage = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var fallbacks = result.FallbackPages > 0 ? Plural(catalogue, "Cli.AndFallbackPages", result.FallbackPages) : Text.None;
        return options.WriteOutput
            ? new Text("Cli.Built", pages, perLanguage, fallbacks, options.ResolvedOutputDirectory, seconds, warnings)
            : new Text("Cli.Checked", pages, perLanguage, fallbacks, seconds, warnings);
    }

    /// <summary>
    /// A counted phrase such as "3 Warnungen": the catalogue entry <c>key.One</c>, <c>key.Other</c> (or
    /// <c>.Few</c>, <c>.Many</c> … where a language has them), chosen by the CLDR plural rules.
    /// </summary>
    internal static Text Plural(MessageCatalogue catalogue, string key, int count)
    {
        var category = PluralRules.Select(catalogue.Culture.TwoLetterISOLanguageName, count);
        var chosen = $"{key}.{char.ToUpperInvariant(category[0])}{category[1..]}";
        return new Text(catalogue.Contains(chosen) ? chosen : key + ".Other", count);
    }

    /// <summary>
    /// The language asked for with <c>--messages LANG</c> or <c>--messages=LANG</c>, else null (then the
    /// environment variable, else German). Read before parsing, since the parser's own words depend on it.
    /// </summary>
    internal static string? ChosenLanguage(IReadOnlyList<string> args)
    {
        string? chosen = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                break;
            }

            if (args[i] == MessagesOption && i + 1 < args.Count)
            {
                chosen = args[++i];
            }
            else if (args[i].StartsWith(MessagesOption + "=", StringComparison.Ordinal) || args[i].StartsWith(MessagesOption + ":", StringComparison.Ordinal))
            {
                chosen = args[i][(MessagesOption.Length + 1)..];
            }
        }

        return chosen;
    }
}
