using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Landau.Site.Tests.Support;

/// <summary>
/// Front matter as JSON, read the way YAML 1.2's core schema reads it (as the YAML language server
/// of editors does): quoted scalars are text; plain ones are null, booleans, numbers or text.
/// <c>2026-11-27</c> stays text: YAML 1.2 has no timestamps. <c>.inf</c> and <c>.nan</c>, which JSON
/// cannot hold, stay text too.
/// </summary>
internal static partial class YamlJson
{
    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Decimal();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex Octal();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex Hexadecimal();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    /// <summary>The YAML mapping of a front matter as a JSON object (an empty front matter is an empty object).</summary>
    public static JsonObject FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? [] : (JsonObject)Convert(stream.Documents[0].RootNode)!;
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(e =>
            KeyValuePair.Create((e.Key as YamlScalarNode)?.Value ?? "", Convert(e.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException($"YAML node {node.GetType().Name}"),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (Decimal().IsMatch(value))
        {
            var number = BigInteger.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return number >= long.MinValue && number <= long.MaxValue ? JsonValue.Create((long)number) : JsonValue.Create((double)number);
        }

        if (Octal().IsMatch(value))
        {
            return JsonValue.Create(System.Convert.ToInt64(value[2..], 8));
        }

        if (Hexadecimal().IsMatch(value))
        {
            return JsonValue.Create(long.Parse(value[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        }

        return Float().IsMatch(value)
            ? JsonValue.Create(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture))
            : JsonValue.Create(value);
    }
}
