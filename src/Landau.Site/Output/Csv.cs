using System.Text;

namespace Landau.Site.Output;

/// <summary>
/// CSV as RFC 4180 writes it (CRLF between records; a field with a separator, quote or line break is
/// quoted), made safe to open in a spreadsheet: the city's staff open <c>offers.csv</c> in Excel or
/// LibreOffice, which run a cell that starts like a formula.
/// </summary>
public static class Csv
{
    /// <summary>RFC 4180's record separator.</summary>
    public const string LineEnd = "\r\n";

    /// <summary>
    /// UTF-8 with a byte-order mark: without it Excel reads the file as Windows-1252 and shows
    /// "StraÃŸe" for "Straße". Every other reader (LibreOffice, Python, R) skips the mark.
    /// </summary>
    public static byte[] Encode(string csv) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv)];

    /// <summary>One field: neutralised if a spreadsheet would run it (<see cref="Neutralise"/>), then quoted if needed.</summary>
    public static string Field(string value)
    {
        value = Neutralise(value);
        return value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    /// <summary>
    /// OWASP's rule against CSV injection: a field whose first character (after spaces) is <c>=</c>,
    /// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading <c>'</c>, which
    /// spreadsheets read as "this is text". A field made only of digits, spaces and <c>+ - / ( ) .</c>
    /// stays as it is: a phone number such as <c>+49 6341 13-5025</c> or a negative number cannot call
    /// a function or reach another program, and must stay readable.
    /// </summary>
    public static string Neutralise(string value)
    {
        var start = value.TrimStart(' ');
        if (start.Length == 0 || start[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return value;
        }

        var number = start[0] is '+' or '-' && start.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '/' or '(' or ')' or '.');
        return number ? value : "'" + value;
    }
}
