using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Landau.Site.Assembly;
using Landau.Site.Configuration;
using Landau.Site.Loading;
using Landau.Site.Model;

namespace Landau.Site.Scaffolding;

/// <summary>
/// <c>landau-site new TYPE LANG/PATH</c>: a new content file whose front matter comes from
/// <see cref="ContentSchema"/> — the required fields with placeholders that build, each explained in
/// German, the optional ones commented out — and a short body placeholder. Never overwrites a file,
/// never writes outside <c>content/</c>, and sends translations to <c>translations new</c>.
/// </summary>
public sealed partial class ContentScaffold(string sourceDirectory, SiteConfig config)
{
    private const string Example = "de/angebote/neues-angebot.md";

    [GeneratedRegex("^[A-Za-z]:")]
    private static partial Regex DriveLetter();

    private string ContentRoot => Path.Combine(sourceDirectory, ContentLoader.ContentFolder);

    private string SourceLanguage => config.DefaultLanguage.Code;

    /// <summary>
    /// The file <c>new</c> would write for a type name (<c>offer</c>) and a path below <c>content/</c>
    /// starting with the language (<c>de/angebote/neu.md</c>; <c>.md</c> is added, a section's path names
    /// its folder), or why it will not. Writes nothing. <paramref name="today"/> dates a news item.
    /// </summary>
    public ScaffoldResult Plan(string typeName, string path, DateOnly today)
    {
        if (!ContentSchema.TypeNames.TryGetValue(typeName, out var type))
        {
            return ScaffoldResult.Refused($"'{typeName}' is not a content type. Use one of: {string.Join(", ", ContentSchema.TypeNames.Keys)}.");
        }

        if (Resolve(path, type, out var language, out var key) is { } problem)
        {
            return ScaffoldResult.Refused(problem);
        }

        var relative = $"{ContentLoader.ContentFolder}/{language}/{key}";
        var full = Path.GetFullPath(Path.Combine(ContentRoot, language, key));
        if (!full.StartsWith(Path.GetFullPath(ContentRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return ScaffoldResult.Refused($"'{path}' would be outside content/. Give the path below content/, e.g. {Example}.");
        }

        if (LinkOnTheWay(language, key) is { } link)
        {
            return ScaffoldResult.Refused($"{link} is a symbolic link. The generator does not follow links in content/, so no page can be created there.");
        }

        if (File.Exists(full) || Directory.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            return new ScaffoldResult(ScaffoldOutcome.Exists, $"{relative} exists already; nothing was changed.");
        }

        var sourcePath = $"{ContentLoader.ContentFolder}/{SourceLanguage}/{key}";
        if (language != SourceLanguage)
        {
            return ScaffoldResult.Refused(File.Exists(Path.Combine(ContentRoot, SourceLanguage, key))
                ? $"{sourcePath} exists, so {relative} is its translation. Start it with: landau-site translations new {language} {key}  (it copies the text to translate and records which version of the German page it was made from: source_hash, translation_status)."
                : $"New pages start in German: {relative} would translate {sourcePath}, which does not exist, and would not be published. Create the German page first (landau-site new {typeName} {SourceLanguage}/{key}), then translate it with: landau-site translations new {language} {key}");
        }

        if (SitePaths.ParentKey(key) is { } parent && !File.Exists(Path.Combine(ContentRoot, SourceLanguage, parent)))
        {
            var folder = parent[..^SitePaths.HomeKey.Length];
            return ScaffoldResult.Refused(
                $"The folder {ContentLoader.ContentFolder}/{SourceLanguage}/{folder} has no page of its own ({SitePaths.HomeKey}); every page needs it for navigation and breadcrumbs. Create it first: landau-site new section {SourceLanguage}/{folder.TrimEnd('/')}");
        }

        var file = new NewContentFile(relative, type, Render(type, key, today));
        return new ScaffoldResult(ScaffoldOutcome.Created,
            $"Created {relative} (type {typeName}) as a draft. Replace the placeholders (they say \"{NewPageTexts.Mark}\") and write the text; " +
            "the preview shows drafts with: landau-site serve --drafts. When the page is ready, delete the line 'draft: true' and run: landau-site check", file);
    }

    /// <summary>Like <see cref="Plan"/>, and writes the file (UTF-8, <c>\n</c> line ends). An existing file is never replaced.</summary>
    public ScaffoldResult Create(string typeName, string path, DateOnly today)
    {
        var result = Plan(typeName, path, today);
        if (result.File is not { } file)
        {
            return result;
        }

        var full = Path.Combine(sourceDirectory, file.RelativePath);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            // CreateNew: if the file appeared since Plan looked, it fails instead of overwriting.
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(file.Text));
            return result;
        }
        catch (IOException) when (File.Exists(full))
        {
            return new ScaffoldResult(ScaffoldOutcome.Exists, $"{file.RelativePath} exists already; nothing was changed.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ScaffoldResult(ScaffoldOutcome.Failed, $"{file.RelativePath} could not be written: {ex.Message}");
        }
    }

    /// <summary>The Wegweiser sections offers can name: folders below the guide root with their own page, by name.</summary>
    public IReadOnlyList<string> GuideSections()
    {
        var root = Path.Combine(ContentRoot, SourceLanguage, config.GuideRoot);
        return Directory.Exists(root)
            ? Directory.EnumerateDirectories(root)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => ContentPathRules.Problem(name, isFileStem: false) is null && File.Exists(Path.Combine(root, name, SitePaths.HomeKey)))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
    }

    /// <summary>Splits a written path into language and key (the path below the language folder), or says what is wrong with it.</summary>
    private string? Resolve(string written, ContentType type, out string language, out string key)
    {
        language = key = "";
        var path = written.Replace('\\', '/');
        if (path.Length == 0)
        {
            return $"Name the new page: its language and path below content/, e.g. {Example}.";
        }

        if (path.StartsWith('/') || Path.IsPathRooted(written) || DriveLetter().IsMatch(path))
        {
            return $"'{written}' is an absolute path. Give the path below content/, starting with the language, e.g. {Example}.";
        }

        if (path.StartsWith(ContentLoader.ContentFolder + "/", StringComparison.Ordinal))
        {
            path = path[(ContentLoader.ContentFolder.Length + 1)..];
        }

        var namesFolder = path.EndsWith('/');
        var segments = path.TrimEnd('/').Split('/');
        if (segments.Contains(".."))
        {
            return $"'{written}' leads out of its folder with '..'; a new page must stay inside content/. Give its path below content/, e.g. {Example}.";
        }

        if (segments.Any(s => s is "" or "."))
        {
            return $"'{written}' has an empty folder name or '.'; write the path like {Example}.";
        }

        language = segments[0];
        if (config.FindLanguage(language) is null)
        {
            return $"'{language}' is not a language of the site; the path starts with the language, e.g. {Example}. Languages in site.yml: {string.Join(", ", config.Languages.Select(l => l.Code))}.";
        }

        var names = segments[1..].ToList();
        var isSectionType = type is ContentType.Section or ContentType.Guide;
        if (names.Count == 0 || namesFolder)
        {
            names.Add(SitePaths.HomeKey);
        }
        else if (names[^1] == "_index")
        {
            names[^1] = SitePaths.HomeKey;
        }
        else if (!names[^1].EndsWith(".md", StringComparison.Ordinal))
        {
            if (isSectionType)
            {
                names.Add(SitePaths.HomeKey);
            }
            else
            {
                names[^1] += ".md";
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            var isFile = i == names.Count - 1;
            if (ContentPathRules.Problem(isFile ? names[i][..^".md".Length] : names[i], isFileStem: isFile) is { } problem)
            {
                return problem;
            }
        }

        key = string.Join('/', names);
        var isSectionFile = names[^1] == SitePaths.HomeKey;
        if (type == ContentType.Section && !isSectionFile)
        {
            var folder = $"{language}/{key[..^".md".Length]}";
            return $"A section is the page of a folder: write {folder}/{SitePaths.HomeKey} (or just {folder}).";
        }

        if (type == ContentType.Guide && !(names.Count == config.GuideRoot.Split('/').Length + 2 && key.StartsWith(config.GuideRoot + "/", StringComparison.Ordinal) && isSectionFile))
        {
            return $"A Wegweiser section is a folder directly below {config.GuideRoot}/: write {language}/{config.GuideRoot}/NAME, e.g. {language}/{config.GuideRoot}/gesundheit.";
        }

        return null;
    }

    /// <summary>The first folder on the way to the new file that is a symbolic link (the loader never follows them), or null.</summary>
    private string? LinkOnTheWay(string language, string key)
    {
        var folders = key.Split('/')[..^1].Prepend(language);
        var current = ContentRoot;
        var relative = ContentLoader.ContentFolder;
        foreach (var folder in folders)
        {
            current = Path.Combine(current, folder);
            relative = $"{relative}/{folder}";
            if (new DirectoryInfo(current).LinkTarget is not null)
            {
                return relative;
            }
        }

        return null;
    }

    /// <summary>The file's text: front matter from the schema table, explained in German, then a body placeholder.</summary>
    private string Render(ContentType type, string key, DateOnly today)
    {
        var isSectionFile = key == SitePaths.HomeKey || key.EndsWith("/" + SitePaths.HomeKey, StringComparison.Ordinal);
        var writesType = type != ContentSchema.DefaultType(isSectionFile);
        // A new page is a page of the source language: the fields only translations carry would be warned about.
        var fields = ContentSchema.Fields(type).Where(f => !f.TranslationsOnly).ToList();
        // A new page starts as a draft: the preview shows it (serve --drafts), the site does not
        // publish it with its placeholders, and check says where one is left once draft is removed.
        var written = fields.Where(f => f.Required || (f.Name == "type" && writesType) || f.Name == "draft").ToList();

        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"# Neue Seite vom Typ {ContentSchema.NameOf(type)}: {ContentSchema.Describe(type)}.\n");
        text.Append($"# Angelegt mit landau-site new. Ersetzen Sie die Platzhalter (sie enthalten „{NewPageTexts.Mark}“) und prüfen Sie die übrigen Werte.\n");
        text.Append("# Zeilen, die mit # beginnen, sind Erklärungen; sie erscheinen nicht auf der Website.\n");
        foreach (var field in written)
        {
            text.Append('\n');
            text.Append($"# {field.Description}\n");
            if (field.Name == "sections" && GuideSections() is { Count: > 0 } sections)
            {
                text.Append($"# Vorhandene Bereiche: {string.Join(", ", sections)}\n");
            }

            text.Append($"{field.Name}: {Placeholder(field, type, today)}\n");
        }

        text.Append("\n# Weitere Felder nach Bedarf: das # vor dem Feldnamen entfernen und den Wert dahinter schreiben.\n");
        foreach (var field in fields.Except(written))
        {
            text.Append('\n');
            text.Append($"# {field.Description}\n");
            text.Append($"# {field.Name}:\n");
            if (field.Kind == FieldKind.Address)
            {
                foreach (var part in ContentSchema.AddressFields)
                {
                    text.Append($"#   {part.Name}:\n");
                }
            }
        }

        text.Append("---\n\n");
        text.Append(NewPageTexts.Body(type)).Append('\n');
        return text.ToString();
    }

    /// <summary>A value for a field the new file must have: obviously a placeholder, and one the build accepts.</summary>
    private string Placeholder(FieldSpec field, ContentType type, DateOnly today) => field.Name switch
    {
        "title" => Quote(NewPageTexts.Title(type)),
        "type" => ContentSchema.NameOf(type),
        "draft" => "true",
        // Each section must exist: the first one serves until the editor chooses (listed in the comment above).
        "sections" => GuideSections() is [var first, ..] ? $"[{first}]" : "[]",
        _ => field.Kind switch
        {
            FieldKind.Date => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            FieldKind.Integer => "0",
            FieldKind.Boolean => "false",
            FieldKind.TextList => "[]",
            FieldKind.Address or FieldKind.Map => "{}",
            _ => Quote(NewPageTexts.Text(field.Name)),
        },
    };

    private static string Quote(string value) => $"\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
