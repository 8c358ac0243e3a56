using Ganss.Xss;
using Landau.Site.Diagnostics;
using Landau.Site.Markdown;

namespace Landau.Site.Rendering;

/// <summary>
/// Runs every rendered page body through an allow-list sanitizer (HtmlSanitizer) as a second line of
/// defence behind the Markdown checks. Nothing is stripped silently: if the sanitizer would remove a
/// tag, an attribute, a style or a URL, the build fails with the file and the line of the Markdown
/// block that produced it. The allow-list is what the Markdown pipeline produces, with no
/// <c>style</c>, forms, <c>accesskey</c> or (except on scrolling tables) <c>tabindex</c>.
/// </summary>
public sealed class BodySafetyCheck
{
    private static readonly string[] Tags =
    [
        "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em", "strong", "code", "pre", "blockquote",
        "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "sup", "sub", "div", "span", "bdi", "img", "del",
    ];

    private static readonly string[] Attributes =
        ["href", "id", "class", "role", "aria-label", "src", "alt", "title", "lang", "dir", "scope", "start"];

    private readonly HtmlSanitizerOptions _options = new()
    {
        AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
        AllowedCssProperties = new HashSet<string>(),
    };

    // A sanitizer is costly to make (it sets up its parsers) and not safe to share between threads:
    // one per thread, reporting into the list of the call in progress.
    private readonly ThreadLocal<(HtmlSanitizer Sanitizer, List<string> Problems)> _sanitizers;

    public BodySafetyCheck() => _sanitizers = new(() =>
    {
        var problems = new List<string>();
        var sanitizer = new HtmlSanitizer(_options);
        sanitizer.RemovingTag += (_, e) => problems.Add($"the element <{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) =>
        {
            // The generator's own scrolling table wrapper is keyboard-focusable on purpose (WCAG 2.1.1).
            if (e.Attribute.Name == "tabindex" && e.Attribute.Value == "0" && e.Tag.ClassList.Contains("table-scroll"))
            {
                e.Cancel = true;
                return;
            }

            problems.Add($"the attribute {e.Attribute.Name}=\"{e.Attribute.Value}\" on <{e.Tag.LocalName}>");
        };
        sanitizer.RemovingStyle += (_, e) => problems.Add($"the style '{e.Style.Name}' on <{e.Tag.LocalName}>");
        sanitizer.RemovingComment += (_, _) => problems.Add("an HTML comment");
        sanitizer.RemovingAtRule += (_, _) => problems.Add("a CSS rule");
        return (sanitizer, problems);
    });

    /// <summary>What the sanitizer would remove from <paramref name="html"/>; empty when the body is clean.</summary>
    public IReadOnlyList<string> Problems(string html)
    {
        var (sanitizer, problems) = _sanitizers.Value;
        problems.Clear();
        // Only what it would remove matters: the DOM, not its HTML (AngleSharp's serialiser finds each
        // next sibling by searching its parent's children, quadratic in a body of 60,000 headings).
        sanitizer.SanitizeDom(html);
        return [.. problems];
    }

    /// <summary>
    /// Reports what the sanitizer would remove from a body, at the Markdown block that produced it;
    /// <paramref name="renderBlock"/> renders one top-level block on its own to find it.
    /// </summary>
    public void Check(string bodyHtml, Markdig.Syntax.MarkdownDocument document, Func<Markdig.Syntax.Block, string> renderBlock, BodyPositions positions, string path, DiagnosticBag diagnostics)
    {
        if (Problems(bodyHtml).Count == 0)
        {
            return;
        }

        var located = false;
        foreach (var block in document)
        {
            foreach (var problem in Problems(renderBlock(block)).Distinct())
            {
                located = true;
                diagnostics.Error(DiagnosticCodes.UnsafeMarkup, positions.Of(block),
                    $"This text produces {problem}, which is not allowed on the site. Write plain Markdown here.");
            }
        }

        if (!located)
        {
            foreach (var problem in Problems(bodyHtml).Distinct())
            {
                diagnostics.Error(DiagnosticCodes.UnsafeMarkup, new SourceLocation(path), $"The page produces {problem}, which is not allowed on the site.");
            }
        }
    }
}
