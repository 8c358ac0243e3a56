using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using Landau.Site.Assembly;
using Landau.Site.Diagnostics;
using Landau.Site.Loading;
using Landau.Site.Markdown;
using Landau.Site.Model;
using Landau.Site.Yaml;
using YamlDotNet.Serialization;

namespace Landau.Site.Translations;

/// <summary>The outcome of a translator command: whether it did its job, and what to tell the translator.</summary>
public sealed record DeskResult(bool Succeeded, string Message)
{
    /// <summary>Whether the command was given a language or page that does not fit (exit code 2), not a problem of the content.</summary>
    public bool IsUsageError { get; init; }

    /// <summary>A refusal because of the command's arguments: a language the site does not translate into, a page that is not there, a file that exists already.</summary>
    public static DeskResult Usage(string message) => new(false, message) { IsUsageError = true };
}

/// <summary>
/// The translators' commands on the files in <c>content/</c>: start a translation from its source,
/// stamp it as matching the current source, restamp after a minor edit of the source, and show
/// what changed in the source since a translation was made.
/// </summary>
public sealed class TranslationDesk(string sourceDirectory, SiteModel site)
{
    private readonly ContentLoader _loader = new(site.Config, MarkdownPipelineFactory.Create());
    private readonly SourceHistory _history = new(sourceDirectory);

    /// <summary>Accepts <c>wegweiser/kita.md</c>, <c>/wegweiser/kita.md</c> or <c>content/de/wegweiser/kita.md</c>.</summary>
    public string KeyOf(string path)
    {
        var key = path.Replace('\\', '/').TrimStart('/');
        if (key.StartsWith(ContentLoader.ContentFolder + "/", StringComparison.Ordinal))
        {
            key = string.Join('/', key.Split('/')[2..]);
        }

        return key.EndsWith(".md", StringComparison.Ordinal) ? key : key.TrimEnd('/') + "/_index.md";
    }

    /// <summary>Creates <c>content/L/PATH</c> from its source: the text to translate, the current source_hash, translation_status: draft.</summary>
    public DeskResult New(string language, string path)
    {
        if (Problem(language, path, out var key, out var source) is { } problem)
        {
            return problem;
        }

        var target = Path.Combine(sourceDirectory, ContentLoader.ContentFolder, language, key);
        var relative = $"{ContentLoader.ContentFolder}/{language}/{key}";
        if (File.Exists(target))
        {
            return DeskResult.Usage($"{relative} exists already; nothing was changed. To mark it as matching the source, use: translations stamp {language} {key}");
        }

        var sourceText = File.ReadAllText(Path.Combine(sourceDirectory, source!.Source.SourcePath));
        var block = FrontMatterBlock.Split(new SourceFile(source.Source.SourcePath, sourceText), new DiagnosticBag())!;
        var fields = YamlDocumentReader.ReadMapping(block.Yaml, source.Source.SourcePath, 2, new DiagnosticBag())!;

        // Only what a translator translates, plus type and weight; addresses, phone numbers and dates
        // come from the source page, so a correction there reaches every language.
        var values = new Dictionary<string, object>();
        foreach (var field in new[] { "title", "description" }.Concat(ContentSchema.TranslatableFields(source.Type)).Distinct())
        {
            if (fields.Text(field) is { } value)
            {
                values[field] = value;
            }
        }

        if (fields.Text("type") is { } type)
        {
            values["type"] = type;
        }

        if (fields.Has("weight"))
        {
            values["weight"] = source.FrontMatter.Weight;
        }

        values["source_hash"] = source.Source.ContentHash;
        values["translation_status"] = "draft";

        var yaml = new SerializerBuilder().Build().Serialize(values);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"# Translation of {source.Source.SourcePath}. Translate the texts below and the body; keep the links' targets.\n");
        text.Append("# Addresses, phone numbers and dates come from the source page. When done: translation_status: reviewed.\n");
        text.Append(yaml);
        text.Append("---\n");
        text.Append(block.Body.TrimStart('\n'));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text.ToString());
        return new DeskResult(true, $"Created {relative} from {source.Source.SourcePath} (translation_status: draft). Translate it, then set translation_status: reviewed.");
    }

    /// <summary>Marks a translation as matching the current version of its source.</summary>
    public DeskResult Stamp(string language, string path)
    {
        if (Problem(language, path, out var key, out var source) is { } problem)
        {
            return problem;
        }

        var translation = site.Find(key, language);
        if (translation is null)
        {
            return DeskResult.Usage($"content/{language}/{key} does not exist. Create it with: translations new {language} {key}");
        }

        return Write(translation, source!.Source.ContentHash, $"Stamped {translation.Source.SourcePath}: it matches {source.Source.SourcePath} as it is now.");
    }

    /// <summary>Stamps every existing translation of <paramref name="language"/> (or of all languages).</summary>
    public DeskResult StampAll(string? language)
    {
        var languages = site.Config.Languages.Where(l => l.Code != site.Config.DefaultLanguage.Code && (language is null || l.Code == language)).ToList();
        if (languages.Count == 0)
        {
            return DeskResult.Usage($"'{language}' is not a translated language of the site.");
        }

        var count = 0;
        foreach (var l in languages)
        {
            foreach (var key in site.Keys)
            {
                if (site.Find(key, l.Code) is { State: TranslationState.Outdated } translation && SourcePage(l.Code, key) is { } source)
                {
                    Write(translation, source.Source.ContentHash, "");
                    count++;
                }
            }
        }

        return new DeskResult(true, $"Stamped {count} translation(s) in {string.Join(", ", languages.Select(l => l.Code))}.");
    }

    /// <summary>
    /// After a minor edit (a typo) of a source page: restamps the translations that matched the
    /// version in <paramref name="since"/> (default: the last commit), so nobody re-translates nothing.
    /// Translations that were already outdated stay outdated.
    /// </summary>
    public DeskResult MinorEdit(string path, string since = "HEAD")
    {
        var key = KeyOf(path);
        var source = site.Find(key, site.Config.DefaultLanguage.Code);
        if (source is null)
        {
            return DeskResult.Usage($"There is no page content/{site.Config.DefaultLanguage.Code}/{key}.");
        }

        var before = _history.TextAt(since, source.Source.SourcePath);
        if (before is null)
        {
            return new DeskResult(false, $"Cannot find {source.Source.SourcePath} in Git at '{since}', so the earlier version is unknown. Stamp the translations one by one after checking them.");
        }

        var earlierHash = HashOf(before, source);
        if (earlierHash == source.Source.ContentHash)
        {
            return new DeskResult(false, $"{source.Source.SourcePath} has not changed since '{since}': nothing to restamp.");
        }

        var restamped = new List<string>();
        foreach (var language in site.Config.Languages.Where(l => l.TranslatedFrom is null && l.Code != site.Config.DefaultLanguage.Code))
        {
            if (site.Find(key, language.Code) is { } translation && translation.FrontMatter.SourceHash == earlierHash)
            {
                Write(translation, source.Source.ContentHash, "");
                restamped.Add(translation.Source.SourcePath);
            }
        }

        return new DeskResult(true, restamped.Count == 0
            ? "No translation matched the earlier version; nothing was restamped."
            : $"Minor edit: restamped {string.Join(", ", restamped)}.");
    }

    /// <summary>What changed in the source since the translation was made, paragraph by paragraph (from the Git history).</summary>
    public DeskResult Diff(string language, string path)
    {
        if (Problem(language, path, out var key, out var source) is { } problem)
        {
            return problem;
        }

        var translation = site.Find(key, language);
        if (translation?.FrontMatter.SourceHash is not { } recorded)
        {
            return new DeskResult(false, $"content/{language}/{key} has no source_hash, so it is unknown which version it was made from.");
        }

        if (recorded == source!.Source.ContentHash)
        {
            return new DeskResult(true, $"{translation.Source.SourcePath} is up to date: the source has not changed since it was stamped.");
        }

        var commits = _history.Commits(source.Source.SourcePath);
        if (commits is null)
        {
            return new DeskResult(false, "Cannot show what changed: Git is not available here, or this folder is not a Git repository.");
        }

        foreach (var commit in commits)
        {
            if (_history.TextAt(commit, source.Source.SourcePath) is { } old && HashOf(old, source) == recorded)
            {
                var before = Paragraphs(old, source);
                var now = Paragraphs(File.ReadAllText(Path.Combine(sourceDirectory, source.Source.SourcePath)), source);
                return new DeskResult(true, $"Changes in {source.Source.SourcePath} since commit {commit[..10]} (the version {translation.Source.SourcePath} was made from):\n{ParagraphDiff(before, now)}");
            }
        }

        return new DeskResult(false, $"Cannot show what changed: no commit of {source.Source.SourcePath} has the recorded source_hash {recorded} (was the translation stamped from text that was never committed?).");
    }

    private DeskResult? Problem(string language, string path, out string key, out Page? source)
    {
        key = KeyOf(path);
        source = null;
        var config = site.Config;
        if (config.FindLanguage(language) is not { } target || target.Code == config.DefaultLanguage.Code)
        {
            return DeskResult.Usage($"'{language}' is not a translated language of the site. Languages: {string.Join(", ", config.Languages.Skip(1).Select(l => l.Code))}.");
        }

        source = SourcePage(language, key);
        return source is null
            ? DeskResult.Usage($"There is no source page for '{key}' (content/{config.SourceOf(target).Code}/{key}).")
            : null;
    }

    private Page? SourcePage(string language, string key) =>
        site.Config.FindLanguage(language) is { } l ? site.Find(key, site.Config.SourceOf(l).Code) : null;

    private DeskResult Write(Page translation, string hash, string message)
    {
        var full = Path.Combine(sourceDirectory, translation.Source.SourcePath);
        File.WriteAllText(full, FrontMatterEditor.Set(File.ReadAllText(full), "source_hash", hash));
        return new DeskResult(true, message);
    }

    private string? HashOf(string text, Page like) =>
        _loader.Parse(new SourceFile(like.Source.SourcePath, text), like.Language.Code, like.Source.ContentPath, new DiagnosticBag())?.ContentHash;

    /// <summary>A page as a list of paragraphs: its text fields, then the body's blocks, whitespace normalised.</summary>
    private static List<string> Paragraphs(string text, Page like)
    {
        var block = FrontMatterBlock.Split(new SourceFile(like.Source.SourcePath, text), new DiagnosticBag());
        if (block is null)
        {
            return [];
        }

        var result = new List<string>();
        if (YamlDocumentReader.ReadMapping(block.Yaml, like.Source.SourcePath, 2, new DiagnosticBag()) is { } fields)
        {
            foreach (var field in new[] { "title", "description" }.Concat(ContentSchema.TranslatableFields(like.Type)).Distinct())
            {
                if (fields.Text(field) is { } value)
                {
                    result.Add($"{field}: {PlainText.Collapse(value)}");
                }
            }
        }

        result.AddRange(block.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(PlainText.Collapse).Where(p => p.Length > 0));
        return result;
    }

    private static string ParagraphDiff(List<string> before, List<string> now)
    {
        var diff = Differ.Instance.CreateDiffs(string.Join('\n', before), string.Join('\n', now), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var text = new StringBuilder();
        foreach (var block in diff.DiffBlocks)
        {
            for (var i = 0; i < block.DeleteCountA; i++)
            {
                text.Append("- ").Append(diff.PiecesOld[block.DeleteStartA + i]).Append('\n');
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                text.Append("+ ").Append(diff.PiecesNew[block.InsertStartB + i]).Append('\n');
            }

            text.Append('\n');
        }

        return text.Length == 0 ? "(only whitespace changed)\n" : text.ToString();
    }
}
