using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Landau.Site.Tests.Support;

/// <summary>
/// The schema files of a folder, built with JsonSchema.Net in a registry of their own so that the
/// combined schemas' relative <c>$ref</c>s find the type schemas beside them, as editors' tools do.
/// </summary>
internal sealed class SchemaSet
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly Dictionary<string, JsonSchema> _schemas;

    private SchemaSet(Dictionary<string, JsonSchema> schemas) => _schemas = schemas;

    public IReadOnlyCollection<string> Files => _schemas.Keys;

    public static SchemaSet Load(string folder)
    {
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        // The type schemas first: the combined ones refer to them.
        foreach (var file in Directory.GetFiles(folder, "*.schema.json").OrderBy(f => Path.GetFileName(f).StartsWith("front-matter", StringComparison.Ordinal)).ThenBy(f => f, StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(file);
            schemas[Path.GetFileName(file)] = JsonSchema.FromFile(full, build, new Uri(full));
        }

        return new SchemaSet(schemas);
    }

    /// <summary>Null when <paramref name="instance"/> is valid for the schema in <paramref name="file"/>, else the errors in one line each.</summary>
    public string? Problems(string file, JsonNode instance)
    {
        var results = _schemas[file].Evaluate(JsonSerializer.SerializeToElement(instance), Options);
        if (results.IsValid)
        {
            return null;
        }

        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
        return string.Join("\n", errors.DefaultIfEmpty("invalid"));
    }

    public bool IsValid(string file, JsonNode instance) => Problems(file, instance) is null;
}
