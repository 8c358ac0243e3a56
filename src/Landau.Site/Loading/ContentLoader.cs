using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Incremental;
using Landau.Site.Markdown;
using Landau.Site.Model;
using Landau.Site.Readability;
using Landau.Site.Yaml;
using Markdig;
using Markdig.Syntax;

namespace Landau.Site.Loading;

/// <summary>
/// The Load stage: finds every content file under <c>content/</c>, checks its path, and parses each
/// file on its own (in parallel) into a <see cref="ParsedPage"/>. Never follows symbolic links.
/// </summary>
public sealed class ContentLoader(SiteConfig config, MarkdownPipeline pipeline, LoadCache? cache = null)
{
    public const string ContentFolder = "content";

    /// <summary>Loads all pages; drafts only when <paramref name="includeDrafts"/>.</summary>
    public LoadedContent Load(string sourceDirectory, bool includeDrafts, DiagnosticBag diagnostics, ParallelOptions? parallelism = null)
    {
        var root = Path.Combine(sourceDirectory, ContentFolder);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(DiagnosticCodes.ContentFolderMissing, new SourceLocation(ContentFolder), new Text("LS2024.Missing"));
            return LoadedContent.Empty;
        }

        var files = new List<string>();
        Walk(root, ContentFolder, files, diagnostics);

        cache?.KeepOnly(files);
        var pages = new ParsedPage?[files.Count];
        var perFile = new DiagnosticBag[files.Count];
        Parallel.For(0, files.Count, parallelism ?? new ParallelOptions(), i =>
        {
            perFile[i] = new DiagnosticBag();
            pages[i] = LoadFile(sourceDirectory, files[i], perFile[i]);
        });

        foreach (var bag in perFile)
        {
            diagnostics.AddRange(bag);
        }

        var sourcePrefix = $"{ContentFolder}/{config.DefaultLanguage.Code}/";
        var failed = files
            .Where((file, i) => pages[i] is null && file.StartsWith(sourcePrefix, StringComparison.Ordinal))
            .Select(file => file[sourcePrefix.Length..])
            .ToHashSet(StringComparer.Ordinal);
        var loaded = pages
            .Where(p => p is not null && (includeDrafts || !p.FrontMatter.Draft))
            .Select(p => p!)
            .OrderBy(p => p.SourcePath, StringComparer.Ordinal)
            .ToList();
        return new LoadedContent(loaded, failed);
    }

    /// <summary>Loads one file given by its path relative to the source folder (<c>content/de/x.md</c>).</summary>
    public ParsedPage? LoadFile(string sourceDirectory, string relativePath, DiagnosticBag diagnostics)
    {
        var segments = relativePath.Split('/');
        if (segments.Length < 3)
        {
            diagnostics.Error(DiagnosticCodes.PageOutsideLanguage, new SourceLocation(relativePath),
                new Text("LS2008.OutsideLanguage", config.DefaultLanguage.Code, segments[^1]));
            return null;
        }

        var language = segments[1];
        if (config.FindLanguage(language) is null)
        {
            var codes = config.Languages.Select(l => l.Code).ToList();
            diagnostics.Error(DiagnosticCodes.UnknownLanguageFolder, new SourceLocation(relativePath),
                new Text("LS2009.UnknownLanguage", language, string.Join(", ", codes), LanguageTag.DidYouMean(language, codes)));
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(sourceDirectory, relativePath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, new SourceLocation(relativePath), new Text("LS2014.Unreadable", ex.Message));
            return null;
        }

        return cache is null
            ? Parse(bytes, relativePath, language, segments, diagnostics)
            : cache.GetOrParse(relativePath, bytes, diagnostics, own => Parse(bytes, relativePath, language, segments, own));
    }

    private ParsedPage? Parse(byte[] bytes, string relativePath, string language, string[] segments, DiagnosticBag diagnostics)
    {
        if (SourceText.Decode(bytes, relativePath, diagnostics) is not { } text)
        {
            return null;
        }

        try
        {
            return Parse(new SourceFile(relativePath, text), language, string.Join('/', segments[2..]), diagnostics);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser failing in a way it should not: report it on this file and go on with the others.
            diagnostics.Error(DiagnosticCodes.InternalError, new SourceLocation(relativePath),
                new Text("LS9000.Reading", ex.GetType().Name, ex.Message));
            return null;
        }
    }

    /// <summary>Parses one file's text; <paramref name="contentPath"/> is its path below the language folder.</summary>
    public ParsedPage? Parse(SourceFile file, string language, string contentPath, DiagnosticBag diagnostics)
    {
        if (SourceText.ReportControlCharacters(file.Text, file.Path, diagnostics))
        {
            return null;
        }

        var block = FrontMatterBlock.Split(file, diagnostics);
        if (block is null)
        {
            return null;
        }

        // A front matter that is not valid YAML still lets the text below it be checked, so one
        // check lists the problems of both.
        var fields = YamlDocumentReader.ReadMapping(block.Yaml, file.Path, block.YamlFirstLine, diagnostics);
        var isSection = contentPath == "_index.md" || contentPath.EndsWith("/_index.md", StringComparison.Ordinal);
        var isSource = language == config.DefaultLanguage.Code;
        var frontMatter = fields is null ? null : FrontMatterParser.Parse(fields, isSection, isSource, diagnostics);

        var key = contentPath;
        if (fields is not null && frontMatter?.TranslationKey is { } overrideKey)
        {
            if (ContentPathRules.IsValidKey(overrideKey.TrimStart('/')))
            {
                key = overrideKey.TrimStart('/');
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InvalidFieldValue, fields.ValueLocation("translation_key"),
                    new Text("LS2006.TranslationKey", overrideKey, config.DefaultLanguage.Code));
                return null;
            }
        }

        if (!MarkdownLimits.Check(block.Body, file.Path, block.BodyFirstLine, diagnostics))
        {
            return null;
        }

        MarkdownDocument body;
        try
        {
            body = Markdig.Markdown.Parse(block.Body, pipeline);
        }
        catch (ArgumentException ex) when (MarkdownLimits.IsDepthLimit(ex))
        {
            diagnostics.Error(DiagnosticCodes.MarkdownTooComplex, new SourceLocation(file.Path, block.BodyFirstLine, 1), MarkdownLimits.DepthLimitMessage);
            return null;
        }

        var positions = new BodyPositions(block.Body, file.Path, block.BodyFirstLine);
        var links = MarkdownBodyInspector.Inspect(body, positions, key, config.RawHtmlTags, diagnostics);
        if (frontMatter is null || fields is null)
        {
            return null;
        }

        if (!frontMatter.Draft)
        {
            ReportPlaceholders(fields, frontMatter.Type, block.Body, positions, diagnostics);
        }

        var readability = ReadText(body, file, positions, fields, frontMatter, language, isSource, diagnostics);

        return new ParsedPage
        {
            SourcePath = file.Path,
            Language = language,
            ContentPath = contentPath,
            TranslationKey = key,
            FrontMatter = frontMatter,
            BodyText = block.Body,
            Pipeline = pipeline,
            BodyFirstLine = block.BodyFirstLine,
            ContentHash = SourceTextHash.Compute(fields, frontMatter.Type, block.Body),
            FileHash = Fingerprint.Of(file.Text),
            FrontMatterHash = Fingerprint.Of(block.Yaml),
            PageLinks = links,
            Readability = readability,
        };
    }

    /// <summary>
    /// A page fresh from <c>landau-site new</c> builds, so that the editor can preview it; published
    /// with "Anbieter eintragen" in it, it would tell readers nothing. Each placeholder left in a
    /// page that is not a draft is an error at its place.
    /// </summary>
    private static void ReportPlaceholders(YamlFields fields, ContentType type, string body, BodyPositions positions, DiagnosticBag diagnostics)
    {
        foreach (var field in ContentSchema.Fields(type).Where(f => f.Kind == FieldKind.Text))
        {
            if (NewPageTexts.IsPlaceholder(fields.TextIfAny(field.Name)))
            {
                diagnostics.Error(DiagnosticCodes.PlaceholderLeft, fields.ValueLocation(field.Name),
                    new Text("LS2025.PlaceholderField", field.Name));
            }
        }

        if (NewPageTexts.FindInBody(body) is var at and >= 0)
        {
            diagnostics.Error(DiagnosticCodes.PlaceholderLeft, positions.Of(at), new Text("LS2025.PlaceholderBody"));
        }
    }

    /// <summary>
    /// For pages in the source language and in Leichte Sprache: the readability score, and for
    /// Leichte Sprache the rules' warnings (title and description are read as sentences too).
    /// </summary>
    private ReadabilityScore? ReadText(MarkdownDocument body, SourceFile file, BodyPositions positions, YamlFields fields, FrontMatter frontMatter, string language, bool isSource, DiagnosticBag diagnostics)
    {
        var isLeichteSprache = config.FindLanguage(language)?.IsLeichteSprache == true;
        if (!isSource && !isLeichteSprache)
        {
            return null;
        }

        var lines = file.Text.Split('\n');
        // Where a front-matter value's text starts: after its opening quote, if it has one.
        SourceLocation TextStart(string key)
        {
            var at = fields.ValueLocation(key);
            var line = at.Line >= 1 && at.Line <= lines.Length ? lines[at.Line - 1] : "";
            if (at.Column >= 1 && at.Column <= line.Length && line[at.Column - 1] is '>' or '|' && at.Line < lines.Length)
            {
                // A block scalar (title: >): its text starts on the next line, after the indentation.
                var next = lines[at.Line];
                return new SourceLocation(at.Path, at.Line + 1, next.Length - next.TrimStart(' ').Length + 1);
            }

            return at.Column >= 1 && at.Column <= line.Length && line[at.Column - 1] is '"' or '\'' ? at with { Column = at.Column + 1 } : at;
        }

        var texts = new List<SentenceReader.FieldText> { new(frontMatter.Title, TextStart("title")) };
        if (frontMatter.Description is { } description)
        {
            texts.Add(new(description, TextStart("description")));
        }

        var sentences = SentenceReader.Read(body, file.Path, positions, texts);
        if (isLeichteSprache)
        {
            LeichteSpracheRules.Check(sentences, diagnostics);
        }

        return ReadabilityScore.Of(sentences);
    }

    private static void Walk(string directory, string relative, List<string> files, DiagnosticBag diagnostics)
    {
        var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos()
            .OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var path = $"{relative}/{entry.Name}";
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            if (entry.LinkTarget is not null)
            {
                diagnostics.Error(DiagnosticCodes.SymbolicLink, new SourceLocation(path), new Text("LS2022.SymbolicLink"));
                continue;
            }

            var isLanguageFolder = relative == ContentFolder;
            if (entry is DirectoryInfo)
            {
                if (!isLanguageFolder && ContentPathRules.Refusal(entry.Name, isFileStem: false) is { } problem)
                {
                    diagnostics.Error(DiagnosticCodes.InvalidPathName, new SourceLocation(path), problem);
                    continue;
                }

                Walk(entry.FullName, path, files, diagnostics);
                continue;
            }

            if (SpecialFiles.Describe(entry.FullName) is { } kind)
            {
                diagnostics.Error(DiagnosticCodes.NotRegularFile, new SourceLocation(path), new Text("LS2019.NotRegularFile", kind));
                continue;
            }

            if (!entry.Name.EndsWith(".md", StringComparison.Ordinal))
            {
                diagnostics.Warning(DiagnosticCodes.NotAPage, new SourceLocation(path), new Text("LS2021.NotAPage"));
                continue;
            }

            if (!isLanguageFolder && ContentPathRules.Refusal(entry.Name[..^3], isFileStem: true) is { } fileProblem)
            {
                diagnostics.Error(DiagnosticCodes.InvalidPathName, new SourceLocation(path), fileProblem);
                continue;
            }

            files.Add(path);
        }
    }
}
