using Landau.Site.Markdown;
using Landau.Site.Rendering;
using Landau.Site.Tests.Support;
using Markdig;

namespace Landau.Site.Tests.Markdown;

/// <summary>
/// The Markdown specs in <c>Specs/</c>: pages for editors and maintainers whose examples (Markdown,
/// a line with a single <c>.</c>, the HTML body, in Markdig's own spec format) are rendered exactly
/// as a page body is. One test per example, named <c>file:line</c>; <c>LANDAU_UPDATE_SPECS=1</c>
/// writes the current output into the examples for review and keeps the prose.
/// </summary>
public sealed class MarkdownSpecTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "Landau.Site.Tests", "Markdown", "Specs");

    /// <summary>The page every example is written in (relative page links are resolved against it).</summary>
    public const string PageKey = "wegweiser/bildung/kita.md";

    /// <summary>The pages the reader can reach: translation key → URL. Any other key resolves to nothing.</summary>
    public static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["_index.md"] = "/de/",
        ["wegweiser/_index.md"] = "/de/wegweiser/",
        ["wegweiser/sprache/_index.md"] = "/de/wegweiser/sprache/",
        ["wegweiser/bildung/_index.md"] = "/de/wegweiser/bildung/",
        ["wegweiser/bildung/kita.md"] = "/de/wegweiser/bildung/kita/",
        ["wegweiser/bildung/schule.md"] = "/de/wegweiser/bildung/schule/",
        ["angebote/sprachcafe.md"] = "/de/angebote/sprachcafe/",
    };

    /// <summary>The UI texts the body asks for, as in <c>i18n/de.yml</c>; an unknown key is its own text, as in the page renderer.</summary>
    public static readonly IReadOnlyDictionary<string, string> GermanLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["callout.note"] = "Hinweis",
        ["callout.warning"] = "Achtung",
        ["callout.tip"] = "Tipp",
        ["content.table"] = "Tabelle, waagerecht scrollbar",
    };

    /// <summary>The same texts as in <c>i18n/ar.yml</c>, for a spec marked <c>labels=ar</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> ArabicLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["callout.note"] = "ملاحظة",
        ["callout.warning"] = "تنبيه",
        ["callout.tip"] = "نصيحة",
        ["content.table"] = "جدول، يمكن تمريره أفقيًا",
    };

    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();
    private static readonly Lock UpdateLock = new();
    private static readonly HashSet<string> Updated = new(StringComparer.Ordinal);

    public static IEnumerable<TheoryDataRow<string, int>> Examples() =>
        SpecFiles().SelectMany(file => MarkdownSpec.Read(File.ReadAllText(Path.Combine(Folder, file))).Examples
            .Select((example, index) => new TheoryDataRow<string, int>(file, index) { TestDisplayName = $"{file}:{example.Line}", Label = "" }));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Renders_as_specified(string file, int index)
    {
        var path = Path.Combine(Folder, file);
        if (Environment.GetEnvironmentVariable("LANDAU_UPDATE_SPECS") == "1")
        {
            Update(path);
        }

        var spec = MarkdownSpec.Read(File.ReadAllText(path));
        var example = spec.Examples[index];
        var actual = Render(example.Markdown, spec.Options);
        Assert.True(example.Html.TrimEnd('\n') == actual.TrimEnd('\n'),
            $"{file}:{example.Line}: the Markdown\n{example.Markdown}\nrenders as\n{actual}\nbut the spec expects\n{example.Html}\n(LANDAU_UPDATE_SPECS=1 writes the current output into the spec for review.)");
    }

    [Fact]
    public void Every_spec_has_examples() =>
        Assert.All(SpecFiles(), file => Assert.NotEmpty(MarkdownSpec.Read(File.ReadAllText(Path.Combine(Folder, file))).Examples));

    [Fact]
    public void The_readme_lists_the_pages_and_labels_the_examples_are_rendered_with()
    {
        var readme = File.ReadAllText(Path.Combine(Folder, "README.md"));
        Assert.Contains($"`{PageKey}`", readme);
        foreach (var (key, text) in Pages.Concat(GermanLabels).Concat(ArabicLabels))
        {
            Assert.Contains($"| `{key}` | `{text}` |", readme);
        }
    }

    [Fact]
    public void The_example_format_is_read_as_markdig_writes_it()
    {
        var spec = MarkdownSpec.Read(
            "# T\n<!-- options: rtl, labels=ar -->\n\nProse.\n\n" + MarkdownSpec.Fence + " example\n*a*\n.\n<p><em>a</em></p>\n" + MarkdownSpec.Fence + "\n\nMore prose.\n");
        var example = Assert.Single(spec.Examples);
        Assert.Equal((6, "*a*\n", "<p><em>a</em></p>\n"), (example.Line, example.Markdown, example.Html));
        Assert.Equal(new SpecOptions(Rtl: true, Labels: "ar"), spec.Options);
        Assert.Equal("# T\n<!-- options: rtl, labels=ar -->\n\nProse.\n\n" + MarkdownSpec.Fence + " example\n*a*\n.\n<p>b</p>\n" + MarkdownSpec.Fence + "\n\nMore prose.\n",
            spec.WithOutputs(["<p>b</p>\n"]));
    }

    private static string Render(string markdown, SpecOptions options)
    {
        var labels = options.Labels == "ar" ? ArabicLabels : GermanLabels;
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        return new BodyRenderer(Pipeline).Render(document, PageKey, key => Pages.GetValueOrDefault(key),
            key => labels.TryGetValue(key, out var text) ? text : key, isolateLatinRuns: options.Rtl).Html;
    }

    /// <summary>Writes the current output of every example of a spec into it, once per test run.</summary>
    private static void Update(string path)
    {
        lock (UpdateLock)
        {
            if (!Updated.Add(path))
            {
                return;
            }

            var spec = MarkdownSpec.Read(File.ReadAllText(path));
            File.WriteAllText(path, spec.WithOutputs([.. spec.Examples.Select(e => Render(e.Markdown, spec.Options))]));
        }
    }

    private static IEnumerable<string> SpecFiles() => Directory.GetFiles(Folder, "*.md")
        .Select(Path.GetFileName)
        .OfType<string>()
        .Where(name => name != "README.md")
        .Order(StringComparer.Ordinal);
}

/// <summary>How a spec's examples are rendered, from its line <c>&lt;!-- options: rtl, labels=ar --&gt;</c>.</summary>
/// <param name="Rtl">Right-to-left content: Latin runs are isolated in <c>bdi</c>.</param>
/// <param name="Labels">The language of the UI texts: <c>de</c> or <c>ar</c>.</param>
internal sealed record SpecOptions(bool Rtl = false, string Labels = "de");

/// <summary>One example of a spec: the line of its opening fence, its Markdown and its expected HTML (lines <paramref name="HtmlFrom"/> to before <paramref name="HtmlTo"/>).</summary>
internal sealed record SpecExample(int Line, string Markdown, string Html, int HtmlFrom, int HtmlTo);

/// <summary>A spec page in Markdig's format: prose, and examples between fences of 32 backticks.</summary>
internal sealed class MarkdownSpec
{
    public const string Fence = "````````````````````````````````";
    private const string OptionsStart = "<!-- options:";

    private readonly string[] _lines;
    private readonly bool _endsWithNewline;

    private MarkdownSpec(string[] lines, bool endsWithNewline, IReadOnlyList<SpecExample> examples, SpecOptions options)
    {
        _lines = lines;
        _endsWithNewline = endsWithNewline;
        Examples = examples;
        Options = options;
    }

    public IReadOnlyList<SpecExample> Examples { get; }

    public SpecOptions Options { get; }

    public static MarkdownSpec Read(string text)
    {
        var normalized = text.ReplaceLineEndings("\n");
        var endsWithNewline = normalized.EndsWith('\n');
        var lines = (endsWithNewline ? normalized[..^1] : normalized).Split('\n');
        var examples = new List<SpecExample>();
        var options = new SpecOptions();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(OptionsStart, StringComparison.Ordinal) && lines[i].EndsWith("-->", StringComparison.Ordinal))
            {
                options = ReadOptions(lines[i][OptionsStart.Length..^3]);
                continue;
            }

            if (lines[i] != Fence + " example")
            {
                continue;
            }

            var start = i;
            var separator = Array.IndexOf(lines, ".", start + 1);
            var end = Array.IndexOf(lines, Fence, start + 1);
            if (separator < 0 || end < 0 || separator > end)
            {
                throw new FormatException($"line {start + 1}: an example needs a line with a single '.' and a closing fence of 32 backticks.");
            }

            examples.Add(new SpecExample(start + 1, Join(lines, start + 1, separator), Join(lines, separator + 1, end), separator + 1, end));
            i = end;
        }

        return new MarkdownSpec(lines, endsWithNewline, examples, options);
    }

    /// <summary>The spec's text with each example's expected HTML replaced by <paramref name="outputs"/>, prose unchanged.</summary>
    public string WithOutputs(IReadOnlyList<string> outputs)
    {
        var lines = new List<string>();
        var position = 0;
        for (var i = 0; i < Examples.Count; i++)
        {
            lines.AddRange(_lines[position..Examples[i].HtmlFrom]);
            var output = outputs[i].TrimEnd('\n');
            if (output.Length > 0)
            {
                lines.AddRange(output.Split('\n'));
            }

            position = Examples[i].HtmlTo;
        }

        lines.AddRange(_lines[position..]);
        return string.Join('\n', lines) + (_endsWithNewline ? "\n" : "");
    }

    private static string Join(string[] lines, int from, int to) =>
        string.Concat(lines[from..to].Select(line => line + "\n"));

    private static SpecOptions ReadOptions(string text)
    {
        var options = new SpecOptions();
        foreach (var option in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            options = option switch
            {
                "rtl" => options with { Rtl = true },
                "labels=de" or "labels=ar" => options with { Labels = option["labels=".Length..] },
                _ => throw new FormatException($"unknown spec option '{option}': use rtl, labels=de or labels=ar."),
            };
        }

        return options;
    }
}
