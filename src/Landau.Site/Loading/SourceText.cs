using System.Text;
using Landau.Site.Diagnostics;

namespace Landau.Site.Loading;

/// <summary>
/// Reads a source file's bytes as UTF-8, strictly: a file saved in another encoding (Windows-1252,
/// say) is an error at the line of its first invalid byte, never a page full of replacement
/// characters. Oversized files are refused before they are parsed.
/// </summary>
public static class SourceText
{
    /// <summary>A content page larger than this is almost certainly a mistake (a pasted document, a binary).</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxFileBytes)
        {
            diagnostics.Error(DiagnosticCodes.TooLarge, new SourceLocation(path),
                new Text("LS2016.FileTooLarge", bytes.Length / 1024, MaxFileBytes / 1024));
            return null;
        }

        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var index = ex.Index >= 0 ? ex.Index : FirstInvalidByte(bytes);
            var line = 1 + bytes.AsSpan(0, Math.Clamp(index, 0, bytes.Length)).Count((byte)'\n');
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(path, line, 1),
                new Text("LS2015.NotUtf8"));
            return null;
        }

        return text;
    }

    /// <summary>
    /// Control characters other than tab and line breaks (NUL, BEL, ESC, DEL, the C1 range with NEL)
    /// are invisible in an editor, are not allowed in HTML and would be published as they are: each
    /// is an error at its line and column (at most a few per file; one is enough to find the rest).
    /// Returns whether there was one.
    /// </summary>
    public static bool ReportControlCharacters(string text, string path, DiagnosticBag diagnostics)
    {
        const int MaxReported = 5;
        LineMap? lines = null;
        var reported = 0;
        for (var i = 0; i < text.Length && reported < MaxReported; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                reported++;
                var (line, column) = (lines ??= new LineMap(text)).Of(i);
                diagnostics.Error(DiagnosticCodes.ControlCharacter, new SourceLocation(path, line, column),
                    new Text("LS2020.ControlCharacter", $"U+{(int)c:X4}{Name(c)}"));
            }
        }

        return reported > 0;
    }

    private static string Name(char c) => c switch
    {
        '\0' => ", NUL",
        '\a' => ", BEL",
        '\b' => ", BS",
        '\u001B' => ", ESC",
        '\u007F' => ", DEL",
        '\u0085' => ", NEL",
        _ => "",
    };

    private static int FirstInvalidByte(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(span[position..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return position;
            }

            position += consumed;
        }

        return span.Length;
    }
}
