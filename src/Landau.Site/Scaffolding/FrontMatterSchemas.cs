using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Loading;
using Landau.Site.Model;
using Landau.Site.Output;
using Landau.Site.Rendering;
using Landau.Site.Yaml;

namespace Landau.Site.Scaffolding;

/// <summary>
/// <c>landau-site schema</c>: JSON Schemas (draft 2020-12) of every content type's front matter,
/// generated from <see cref="ContentSchema"/>, for editors' YAML tooling. They accept what the
/// Load stage accepts without an error or a warning (what <c>--strict</c> accepts), read as YAML 1.2
/// reads it (<c>2026-11-27</c> is text, <c>yes</c> is text, <c>true</c> a boolean): the build reads
/// numbers and booleans as text where a text is expected, so the schemas do too. Cross-file checks
/// (contact ids, Wegweiser sections, links) are the build's.
/// </summary>
public static class FrontMatterSchemas
{
    /// <summary>The default folder below the site folder (ignored by Git: the command makes it anew).</summary>
    public const string Folder = "schemas";

    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The schema for every page of the source language: it picks the type's schema by <c>type</c>.</summary>
    public const string CombinedFile = "front-matter.schema.json";

    /// <summary>The schema for every translation.</summary>
    public const string CombinedTranslationFile = "front-matter.translation.schema.json";

    /// <summary><c>YYYY-MM-DD</c> with a real month and day, as <see cref="YamlFields.Date"/> reads it.</summary>
    public const string DatePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    /// <summary>A whole number written as text, as <see cref="YamlFields.Integer"/> reads it.</summary>
    public const string IntegerTextPattern = "^[+-]?[0-9]+$";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Umlauts, „“ and Arabic stay readable instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file of a type's schema: <c>offer.schema.json</c>, or <c>offer.translation.schema.json</c> for translations.</summary>
    public static string FileName(ContentType type, bool translation) =>
        $"{ContentSchema.NameOf(type)}{(translation ? ".translation" : "")}.schema.json";

    /// <summary>Every file of the schema folder, sorted by name: per type and kind of page, the two combined schemas and a README.</summary>
    public static IReadOnlyList<OutputFile> Files(SiteConfig config)
    {
        var files = new List<OutputFile>();
        foreach (var translation in new[] { false, true })
        {
            foreach (var type in ContentSchema.TypeNames.Values)
            {
                files.Add(Json(FileName(type, translation), ForType(type, translation, config.DefaultLanguage.Code)));
            }

            files.Add(Json(translation ? CombinedTranslationFile : CombinedFile, Combined(translation, config.DefaultLanguage.Code)));
        }

        files.Add(new OutputFile("README.md", Encoding.UTF8.GetBytes(Readme(config))));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The schema of one type's front matter: on a page of the source language the type's required
    /// fields must have a value and the fields only translations carry are refused; a translation
    /// may leave out everything but <c>title</c> (and <c>type</c>, which must match the source).
    /// </summary>
    public static JsonObject ForType(ContentType type, bool translation, string sourceLanguage)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in ContentSchema.Fields(type).Where(f => translation || !f.TranslationsOnly))
        {
            var isRequired = field.Name == "title" || (field.Required && !translation);
            properties[field.Name] = field.Name == "type" ? TypeField(field, type) : FieldSchema(field, isRequired);
            if (isRequired || (field.Name == "type" && !IsDefaultType(type)))
            {
                required.Add(field.Name);
            }
        }

        var name = ContentSchema.NameOf(type);
        var description = translation
            ? $"Kopf (Front Matter) der Übersetzung einer Seite vom Typ {name} (in content/<Sprache>/, nicht content/{sourceLanguage}/): {ContentSchema.Describe(type)}. {(IsDefaultType(type) ? "Nötig ist nur title" : "Nötig sind nur title und type")}; was die Übersetzung weglässt, kommt von der Seite in content/{sourceLanguage}/."
            : $"Kopf (Front Matter) einer Seite vom Typ {name} in content/{sourceLanguage}/: {ContentSchema.Describe(type)}.";
        return new JsonObject
        {
            ["$schema"] = Dialect,
            ["title"] = translation ? $"{name} (Übersetzung)" : name,
            ["description"] = description,
            ["$comment"] = Comment,
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
            // Unknown fields are a warning (LS2005), which --strict and the real site do not allow.
            ["additionalProperties"] = false,
        };
    }

    /// <summary>One schema for every page of one kind (source or translation): the type's schema, chosen by <c>type</c>.</summary>
    public static JsonObject Combined(bool translation, string sourceLanguage)
    {
        var typeField = ContentSchema.Common.Single(f => f.Name == "type");
        var names = new JsonArray();
        var choices = new JsonArray();
        foreach (var (name, type) in ContentSchema.TypeNames)
        {
            names.Add(name);
            // Without 'type' a file is a page (or, as _index.md, a section, which has the same fields).
            var condition = type == ContentType.TextPage
                ? new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["enum"] = new JsonArray(name, null) } } }
                : new JsonObject
                {
                    ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = name } },
                    ["required"] = new JsonArray("type"),
                };
            choices.Add(new JsonObject { ["if"] = condition, ["then"] = new JsonObject { ["$ref"] = FileName(type, translation) } });
        }

        names.Add(null);
        var which = translation ? $"jeder Übersetzung (content/<Sprache>/, nicht content/{sourceLanguage}/)" : $"jeder Seite in content/{sourceLanguage}/";
        return new JsonObject
        {
            ["$schema"] = Dialect,
            ["title"] = translation ? "Front Matter (Übersetzungen)" : "Front Matter",
            ["description"] = $"Kopf (Front Matter) {which}: das Schema des Typs, den das Feld type nennt (ohne type: page, bei _index.md section).",
            ["$comment"] = Comment,
            ["type"] = "object",
            ["properties"] = new JsonObject { ["type"] = new JsonObject { ["description"] = typeField.Description, ["enum"] = names } },
            ["allOf"] = choices,
        };
    }

    /// <summary>
    /// Writes the files into <paramref name="outputDirectory"/>, replacing earlier versions of them and
    /// leaving other files alone. Refuses folders inside <c>content/</c> or <c>layouts/</c>, where the build would read them.
    /// </summary>
    public static bool Write(string sourceDirectory, string outputDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory);
        foreach (var sources in new[] { ContentLoader.ContentFolder, LayoutSet.Folder })
        {
            if (FolderPaths.IsInside(output, Path.Combine(sourceDirectory, sources)))
            {
                diagnostics.Error(DiagnosticCodes.OutputInsideSource, null,
                    $"The schemas would be written into {sources}/, where the build reads them as sources. Choose another folder (the default is {Path.Combine(sourceDirectory, Folder)}).");
                return false;
            }
        }

        try
        {
            Directory.CreateDirectory(output);
            foreach (var file in files)
            {
                File.WriteAllBytes(Path.Combine(output, file.Path), file.Content);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, null, $"Could not write the schemas into {output}: {ex.Message}");
            return false;
        }
    }

    private const string Comment =
        "Generated by 'landau-site schema' from src/Landau.Site/Model/ContentSchema.cs; run it again instead of editing. " +
        "Read the front matter as YAML 1.2 does: 2026-11-27 is text, true a boolean, 42 a number. " +
        "Text fields take numbers and booleans too, because the build reads them as their text.";

    private static bool IsDefaultType(ContentType type) =>
        type == ContentSchema.DefaultType(isSectionFile: false) || type == ContentSchema.DefaultType(isSectionFile: true);

    /// <summary><c>type</c> names the type; a page or a section may leave it out (or empty), which the others may not.</summary>
    private static JsonObject TypeField(FieldSpec field, ContentType type) => IsDefaultType(type)
        ? new JsonObject { ["description"] = field.Description, ["enum"] = new JsonArray(ContentSchema.NameOf(type), null) }
        : new JsonObject { ["description"] = field.Description, ["const"] = ContentSchema.NameOf(type) };

    /// <summary>
    /// What the reader of the field's kind in <see cref="YamlFields"/> accepts. An empty value (<c>key:</c>)
    /// counts as absent, so it is allowed wherever the field may be left out.
    /// </summary>
    private static JsonObject FieldSchema(FieldSpec field, bool required)
    {
        var schema = new JsonObject { ["description"] = field.Description };
        var orEmpty = !required;
        if (field.AllowedValues is { } items && field.Kind == FieldKind.TextList)
        {
            // A closed list of values: a list of them, or one of them read as a list of one.
            var item = new JsonObject { ["enum"] = new JsonArray([.. items.Select(v => (JsonNode?)v)]) };
            schema["anyOf"] = new JsonArray(new JsonObject { ["type"] = "array", ["items"] = item }, item.DeepClone(),
                new JsonObject { ["type"] = "null" });
            return schema;
        }

        if (field.AllowedValues is { } values)
        {
            var allowed = new JsonArray([.. values.Select(v => (JsonNode?)v)]);
            if (orEmpty)
            {
                allowed.Add(null);
            }

            schema["enum"] = allowed;
            return schema;
        }

        switch (field.Kind)
        {
            case FieldKind.Text when required:
                schema["anyOf"] = new JsonArray(NonBlankScalar());
                break;
            case FieldKind.Text:
                schema["type"] = Types("string", "number", "boolean", "null");
                break;
            case FieldKind.Integer:
                schema["anyOf"] = WithEmpty(orEmpty,
                    new JsonObject { ["type"] = "integer", ["minimum"] = int.MinValue, ["maximum"] = int.MaxValue },
                    new JsonObject { ["type"] = "string", ["pattern"] = IntegerTextPattern });
                break;
            case FieldKind.Boolean:
                schema["anyOf"] = WithEmpty(orEmpty,
                    new JsonObject { ["type"] = "boolean" },
                    new JsonObject { ["enum"] = new JsonArray([.. YamlFields.TrueWords.Concat(YamlFields.FalseWords).Select(w => (JsonNode?)w)]) });
                break;
            case FieldKind.Date:
                schema["type"] = orEmpty ? Types("string", "null") : "string";
                schema["format"] = "date";
                schema["pattern"] = DatePattern;
                break;
            case FieldKind.TextList:
                // A list of texts, or one text read as a list of one.
                var list = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = Types("string", "number", "boolean", "null") } };
                schema["anyOf"] = required
                    ? new JsonArray([list, .. NonBlankScalar()])
                    : new JsonArray(list, new JsonObject { ["type"] = Types("string", "number", "boolean", "null") });
                break;
            case FieldKind.Address:
                var parts = new JsonObject();
                foreach (var part in ContentSchema.AddressFields)
                {
                    parts[part.Name] = new JsonObject { ["description"] = part.Description, ["type"] = Types("string", "number", "boolean", "null") };
                }

                schema["type"] = orEmpty ? Types("object", "null") : "object";
                schema["properties"] = parts;
                schema["additionalProperties"] = false;
                break;
            case FieldKind.Map:
                schema["type"] = orEmpty ? Types("object", "null") : "object";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "A field kind without a JSON Schema.");
        }

        return schema;
    }

    /// <summary>The choices for a value that is there: a text with more than spaces, or a number or boolean (read as its text).</summary>
    private static JsonNode[] NonBlankScalar() =>
    [
        new JsonObject { ["type"] = "string", ["pattern"] = "\\S" },
        new JsonObject { ["type"] = Types("number", "boolean") },
    ];

    private static JsonArray WithEmpty(bool orEmpty, params JsonObject[] choices) =>
        orEmpty ? new JsonArray([.. choices, new JsonObject { ["type"] = "null" }]) : new JsonArray(choices);

    private static JsonArray Types(params string[] names) => new([.. names.Select(n => (JsonNode?)n)]);

    private static OutputFile Json(string path, JsonObject schema) =>
        new(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(schema.ToJsonString(JsonOptions) + "\n"));

    private static string Readme(SiteConfig config)
    {
        var source = config.DefaultLanguage.Code;
        var translated = config.Languages.Where(l => l.Code != source).Select(l => $"`content/{l.Code}/**/*.md`");
        var text = new StringBuilder();
        text.Append("# Front-matter schemas\n\n");
        text.Append("Written by `landau-site schema` from the schema table `src/Landau.Site/Model/ContentSchema.cs`.\n");
        text.Append("Do not edit: change the table and run the command again. JSON Schema draft 2020-12; the\n");
        text.Append("descriptions are the table's German explanations, which editors see when they hover a field.\n\n");
        text.Append("| file | checks |\n|---|---|\n");
        text.Append($"| `{CombinedFile}` | every page in `content/{source}/` (the type's schema, chosen by `type`) |\n");
        text.Append($"| `{CombinedTranslationFile}` | every translation: {string.Join(", ", translated)} |\n");
        text.Append($"| `<type>.schema.json` | a page of that type in `content/{source}/` |\n");
        text.Append("| `<type>.translation.schema.json` | a translation of a page of that type |\n\n");
        text.Append($"Types: {string.Join(", ", ContentSchema.TypeNames.Keys.Select(k => $"`{k}`"))}.\n\n");
        text.Append("Read the front matter as YAML 1.2 does (as the YAML language server does): `2026-11-27` is\n");
        text.Append("text, `true` a boolean. A YAML 1.1 reader that turns dates into timestamps gives values these\n");
        text.Append("schemas refuse. The schemas accept what the build accepts without an error or a warning\n");
        text.Append("(`--strict`); whether a contact id, a Wegweiser section or a link exists, only the build can tell:\n");
        text.Append("run `landau-site check`.\n");
        return text.ToString();
    }
}
