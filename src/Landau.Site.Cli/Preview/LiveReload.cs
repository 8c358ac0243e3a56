using System.Text;
using System.Text.Json;
using Landau.Site.Diagnostics;

namespace Landau.Site.Cli.Preview;

/// <summary>
/// The preview's own script and style: reload after a rebuild, show a rebuild's problems over the
/// page. Added to HTML only as the preview server sends it; the files the build writes never have it.
/// A file (not inline code), so the site's Content-Security-Policy holds in the preview too.
/// </summary>
public static class LiveReload
{
    public const string ScriptName = "livereload.js";
    public const string StyleName = "livereload.css";

    private static readonly byte[] Tag = Encoding.UTF8.GetBytes($"<script src=\"{PreviewServer.OwnPrefix}{ScriptName}\" defer></script>");
    private static readonly byte[] BodyEnd = Encoding.UTF8.GetBytes("</body>");

    public static string Script { get; } = Resource(ScriptName);

    public static string Style { get; } = Resource(StyleName);

    /// <summary>The script with the overlay's words in <paramref name="catalogue"/>'s language.</summary>
    public static string ScriptIn(MessageCatalogue catalogue)
    {
        var texts = new Dictionary<string, string> { ["lang"] = catalogue.Culture.Name };
        foreach (var name in (string[])["Title", "Explain", "File", "Line", "Column", "Error", "Warning", "Message", "Close", "Lost"])
        {
            texts[char.ToLowerInvariant(name[0]) + name[1..]] = catalogue["Preview.Overlay." + name];
        }

        return Script.Replace("/*TEXTS*/{}", JsonSerializer.Serialize(texts), StringComparison.Ordinal);
    }

    /// <summary>The page with the live-reload script before its <c>&lt;/body&gt;</c> (or at its end).</summary>
    public static byte[] Inject(byte[] html)
    {
        var at = html.AsSpan().LastIndexOf(BodyEnd);
        if (at < 0)
        {
            at = html.Length;
        }

        var result = new byte[html.Length + Tag.Length];
        html.AsSpan(0, at).CopyTo(result);
        Tag.CopyTo(result, at);
        html.AsSpan(at).CopyTo(result.AsSpan(at + Tag.Length));
        return result;
    }

    private static string Resource(string name)
    {
        using var stream = typeof(LiveReload).Assembly.GetManifestResourceStream($"Landau.Site.Cli.Preview.{name}")
            ?? throw new InvalidOperationException($"The resource {name} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
