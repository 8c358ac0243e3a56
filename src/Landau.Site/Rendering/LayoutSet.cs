using Landau.Site.Diagnostics;
using Landau.Site.Incremental;
using Scriban;
using Scriban.Parsing;

namespace Landau.Site.Rendering;

/// <summary>
/// Every Scriban template under <c>layouts/</c>, parsed once at the start of a build and then shared
/// read-only. Templates reach other templates only through this set (the <c>partial</c> function),
/// so nothing outside <c>layouts/</c> can ever be read by a layout.
/// </summary>
public sealed class LayoutSet
{
    public const string Folder = "layouts";
    public const string BaseLayout = "baseof";
    public const string ChooserLayout = "chooser";

    private readonly IReadOnlyDictionary<string, Template> _templates;
    private readonly IReadOnlyDictionary<string, string> _fingerprints;

    private LayoutSet(IReadOnlyDictionary<string, Template> templates, IReadOnlyList<string> sources, IReadOnlyDictionary<string, string> fingerprints)
    {
        _templates = templates;
        Sources = sources;
        _fingerprints = fingerprints;
    }

    /// <summary>The text of every layout, to find which UI texts they use.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Parses all templates; syntax errors are reported with the template's file, line and column.</summary>
    public static LayoutSet Load(string sourceDirectory, DiagnosticBag diagnostics)
    {
        var root = Path.Combine(sourceDirectory, Folder);
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<string>();
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(DiagnosticCodes.LayoutMissing, new SourceLocation(Folder), "There is no layouts folder.");
            return new LayoutSet(templates, sources, fingerprints);
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden };
        foreach (var file in Directory.EnumerateFiles(root, "*.html", options).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (name.StartsWith("assets/", StringComparison.Ordinal))
            {
                continue;
            }

            var relative = $"{Folder}/{name}";
            var text = File.ReadAllText(file);
            sources.Add(text);
            fingerprints[name[..^".html".Length]] = Landau.Site.Incremental.Fingerprint.Of(text);
            var template = Template.Parse(text, relative);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Error(DiagnosticCodes.TemplateSyntax, LocationOf(message.Span), $"Layout syntax: {message.Message}");
            }

            if (template.HasErrors)
            {
                broken.Add(name[..^".html".Length]);
            }
            else
            {
                templates[name[..^".html".Length]] = template;
            }
        }

        foreach (var required in new[] { BaseLayout, ChooserLayout, "page" })
        {
            if (!templates.ContainsKey(required) && !broken.Contains(required))
            {
                diagnostics.Error(DiagnosticCodes.LayoutMissing, new SourceLocation($"{Folder}/{required}.html"), $"The layout {Folder}/{required}.html is required.");
            }
        }

        return new LayoutSet(templates, sources, fingerprints);
    }

    /// <summary>The layout <paramref name="name"/>, if it exists and parses; asking is a read of the job whose <paramref name="log"/> is given.</summary>
    public Template? Get(string name, ReadLog log)
    {
        log.Add(ReadKind.Layout, name);
        return _templates.GetValueOrDefault(name);
    }

    /// <summary>Whether <c>layouts/NAME.html</c> exists (even with syntax errors, which are reported on their own).</summary>
    public bool Has(string name) => _fingerprints.ContainsKey(name);

    /// <summary>The names of the page layouts (not partials), for messages.</summary>
    public IEnumerable<string> PageLayoutNames =>
        _fingerprints.Keys.Where(n => !n.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>Changes whenever the layout's text changes; "-" when there is no such layout.</summary>
    public string Fingerprint(string name) => _fingerprints.GetValueOrDefault(name) ?? "-";

    /// <summary>The first layout that exists among <paramref name="candidates"/>, in order (each one asked for is a read).</summary>
    public Template? FirstOf(IEnumerable<string> candidates, ReadLog log) =>
        candidates.Select(name => Get(name, log)).FirstOrDefault(t => t is not null);

    /// <summary>A template's position as a diagnostic location (Scriban counts from 0).</summary>
    public static SourceLocation LocationOf(SourceSpan span) =>
        new(span.FileName ?? Folder, span.Start.Line + 1, span.Start.Column + 1);
}
