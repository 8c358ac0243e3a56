namespace Landau.Site.Publishing;

/// <summary>CSV as RFC 4180 writes it: a field with a separator, quote or line break is quoted.</summary>
public static class Csv
{
    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
