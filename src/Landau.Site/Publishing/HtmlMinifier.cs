using NUglify;
using NUglify.Html;

namespace Landau.Site.Publishing;

/// <summary>Minifies page HTML with NUglify; inline CSS and JS are left alone (there are none: CSS lives in a file).</summary>
public static class HtmlMinifier
{
    private static readonly HtmlSettings Settings = new()
    {
        MinifyCss = false,
        MinifyJs = false,
        RemoveOptionalTags = false,
        RemoveAttributeQuotes = false,
        KeepOneSpaceWhenCollapsing = true,
        RemoveComments = true,
    };

    /// <summary>The minified HTML, or the input unchanged when NUglify reports an error (never lose a page).</summary>
    public static string Minify(string html)
    {
        var result = Uglify.Html(html, Settings);
        return result.HasErrors ? html : result.Code;
    }
}
