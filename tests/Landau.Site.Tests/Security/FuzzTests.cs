using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CsCheck;
using Landau.Site.Building;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Loading;
using Landau.Site.Markdown;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Security;

/// <summary>
/// Property-based fuzzing with CsCheck: pages generated from the grammar of this site's content
/// (<see cref="ContentGen"/>) must load, build and render without an exception, with diagnostics that
/// point into the file, with content that stays text, and at a cost that grows linearly with their size.
/// <para>
/// Iteration counts, not time, bound each property (in CI: 1,000 pages parsed, 60 builds, 100 bodies
/// measured, a few seconds). CI tries the same fixed cases every run, so its result changes only with the
/// code; <c>LANDAU_FUZZ_ITERATIONS</c> raises the counts and samples new pages (<c>bench/fuzz.sh</c>).
/// A failure prints CsCheck's seed and case, then the shortest failing text reduced to a
/// few lines (<see cref="TextReducer"/>); <c>LANDAU_FUZZ_SEED</c> (or CsCheck's own <c>CsCheck_Seed</c>)
/// replays a seed first. Bugs found are kept at the end as regression cases with their smallest input.
/// </para>
/// </summary>
public sealed partial class FuzzTests(ITestOutputHelper output)
{
    private const string TestConfig = """
        title: Test
        base_url: https://example.org/
        default_language: de
        languages:
          - {code: de, name: Deutsch, dir: ltr}
          - {code: en, name: English, dir: ltr}
          - {code: ar, name: العربية, dir: rtl}
          - {code: de-ls, name: Leichte Sprache, dir: ltr, lang: de, fallback: de, leichte_sprache: true}
        """;

    private static readonly ContentLoader PlainLoader = LoaderFor(TestConfig);

    /// <summary>As the real site: <c>raw_html: [span]</c>, so <c>&lt;span lang&gt;</c> goes through the allow-list instead of being refused outright.</summary>
    private static readonly ContentLoader SpanLoader = LoaderFor(TestConfig + "\nraw_html: [span]\n");

    private static readonly DateOnly Today = new(2026, 6, 1);

    // ---------- Iterations and seeds ----------

    /// <summary>
    /// <c>LANDAU_FUZZ_ITERATIONS</c> is the number of pages the parse property tries; the costlier properties
    /// try a fixed share of it, never fewer than in CI.
    /// </summary>
    private static long Iterations(long inCi, int share = 1) =>
        long.TryParse(Environment.GetEnvironmentVariable("LANDAU_FUZZ_ITERATIONS"), out var wanted) && wanted > 0
            ? Math.Max(inCi, wanted / share)
            : inCi;

    /// <summary>The fixed cases of CI: neither a seed to replay nor a number of iterations asked for.</summary>
    private static bool Deterministic =>
        Seed is null && Environment.GetEnvironmentVariable("LANDAU_FUZZ_ITERATIONS") is null or "";

    private const ulong CiSeed = 20261203;

    /// <summary>A seed printed by a failure (<c>Set seed: "…"</c>), to replay that case first.</summary>
    private static string? Seed => Environment.GetEnvironmentVariable("LANDAU_FUZZ_SEED") is { Length: > 0 } seed ? seed : null;

    /// <summary>
    /// Failure signatures to pass over (<c>LANDAU_FUZZ_IGNORE</c>, separated by <c>;</c>), so a long run
    /// (<c>bench/fuzz.sh</c>) can look past bugs it already found; CI sets none.
    /// </summary>
    private static readonly HashSet<string> Ignored =
        (Environment.GetEnvironmentVariable("LANDAU_FUZZ_IGNORE") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    // ---------- a. Parsing ----------

    [Fact]
    public void Parsing_a_generated_page_never_throws_and_every_diagnostic_points_into_the_file()
    {
        SampleAndReduce(
            Gen.Select(ContentGen.AnyPage, Gen.Bool),
            t => LoadProblem(t.Item1.Text, t.Item1.Language, t.Item1.ContentPath, t.Item2),
            t => t.Item1.Text,
            (t, text) => (t.Item1 with { Text = text }, t.Item2),
            t => $"{t.Item1.Language} {t.Item1.ContentPath} raw_html={(t.Item2 ? "[span]" : "[]")}\n{FuzzPrint.Literal(t.Item1.Text)}",
            Iterations(1000));
    }

    /// <summary>A failure of a property: what kind (the same for every input that fails this way) and the details.</summary>
    internal sealed record Problem(string Signature, string Detail);

    /// <summary>
    /// Loads <paramref name="text"/> as the build does (UTF-8 bytes, strict decoding, <see cref="ContentLoader.Parse(SourceFile, string, string, DiagnosticBag)"/>)
    /// and checks the diagnostics: no LS9000, each on this file, on a line of it, at a column of that line. Null when all is well.
    /// </summary>
    internal static Problem? LoadProblem(string text, string language, string contentPath, bool allowSpan = true)
    {
        var path = $"content/{language}/{contentPath}";
        try
        {
            var diagnostics = Load(text, language, contentPath, allowSpan);
            return LocationProblem(diagnostics, path, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
        }
        catch (Exception ex)
        {
            return new Problem($"{ex.GetType().Name} in {Origin(ex)}", ex.ToString());
        }
    }

    internal static IReadOnlyList<Diagnostic> Load(string text, string language, string contentPath, bool allowSpan = true)
    {
        var path = $"content/{language}/{contentPath}";
        var bag = new DiagnosticBag();
        if (SourceText.Decode(Encoding.UTF8.GetBytes(text), path, bag) is { } decoded)
        {
            (allowSpan ? SpanLoader : PlainLoader).Parse(new SourceFile(path, decoded), language, contentPath, bag);
        }

        return bag.ToSortedList();
    }

    private static string Origin(Exception ex) =>
        new System.Diagnostics.StackTrace(ex).GetFrames()
            .Select(f => f.GetMethod())
            .Where(m => m?.DeclaringType?.Namespace is { } ns && !ns.StartsWith("System", StringComparison.Ordinal))
            .Select(m => $"{m!.DeclaringType!.FullName}.{m.Name}")
            .FirstOrDefault() ?? "?";

    private static Problem? LocationProblem(IReadOnlyList<Diagnostic> diagnostics, string path, string text)
    {
        // Lines as an editor counts them: LF, CRLF or a lone CR end a line.
        var lines = LineBreak().Split(text);
        foreach (var d in diagnostics)
        {
            if (d.Code == DiagnosticCodes.InternalError)
            {
                return new Problem("LS9000", $"internal error: {d}");
            }

            if (d.Location is null)
            {
                return new Problem($"{d.Code} without a location", d.ToString());
            }

            if (d.Location.Path != path)
            {
                return new Problem($"{d.Code} located in another file", $"location outside the file ({path}): {d}");
            }

            if (d.Location.Line < 1 || d.Location.Line > lines.Length)
            {
                return new Problem($"{d.Code} at a line outside the file", $"line {d.Location.Line} is not a line of the file (1..{lines.Length}): {d}");
            }

            // Every content diagnostic is about a place in the text, except a file refused as a whole for its size.
            var length = lines[d.Location.Line - 1].Length;
            if (d.Code != DiagnosticCodes.TooLarge && (d.Location.Column < 1 || d.Location.Column > length + 1))
            {
                return new Problem($"{d.Code} at a column outside its line", $"column {d.Location.Column} is not a column of line {d.Location.Line} (1..{length + 1}): {d}");
            }
        }

        return null;
    }

    /// <summary>
    /// Runs a property with CsCheck and, when it fails, reduces the shortest failing text to a small one
    /// that fails the same way (<see cref="TextReducer"/>): the failure shows CsCheck's seed and case, and the reduced case.
    /// </summary>
    private void SampleAndReduce<T>(Gen<T> gen, Func<T, Problem?> check, Func<T, string> textOf, Func<T, string, T> withText, Func<T, string> print, long iter, int threads = -1)
    {
        var gate = new object();
        var shortest = default(T);
        var found = false;
        if (Deterministic)
        {
            // CI: the same cases on every run (a fixed stream of seeds), so a red build is a change in
            // the code, never the luck of the draw; bench/fuzz.sh samples new cases.
            for (uint i = 0; i < iter; i++)
            {
                var t = gen.Generate(new PCG(i, CiSeed), null!, out _);
                if (check(t) is { } problem && !Ignored.Contains(problem.Signature) && (!found || textOf(t).Length < textOf(shortest!).Length))
                {
                    (shortest, found) = (t, true);
                }
            }

            if (found)
            {
                var signature = check(shortest!)?.Signature;
                var reduced = withText(shortest!, TextReducer.Reduce(textOf(shortest!), text => check(withText(shortest!, text))?.Signature));
                Assert.Fail($"FUZZ-SIGNATURE: {signature}\n{print(shortest!)}\n---- {check(shortest!)?.Detail}\n\n==== Reduced ({signature}):\n{print(reduced)}\n---- {check(reduced)?.Detail}");
            }

            return;
        }

        try
        {
            gen.Sample(
                t =>
                {
                    if (check(t) is not { } problem || Ignored.Contains(problem.Signature))
                    {
                        return;
                    }

                    lock (gate)
                    {
                        if (!found || textOf(t).Length < textOf(shortest!).Length)
                        {
                            (shortest, found) = (t, true);
                        }
                    }

                    throw new InvalidOperationException($"{problem.Signature}: {problem.Detail}");
                },
                writeLine: output.WriteLine,
                seed: Seed,
                iter: iter,
                threads: threads,
                print: print);
        }
        catch (CsCheckException ex) when (found)
        {
            var failing = shortest!;
            var signature = check(failing)?.Signature;
            var reduced = withText(failing, TextReducer.Reduce(textOf(failing), text => check(withText(failing, text))?.Signature));
            Assert.Fail($"FUZZ-SIGNATURE: {signature}\n{ex.Message}\n---- {ex.InnerException?.Message}\n\n==== Reduced ({signature}):\n{print(reduced)}\n---- {check(reduced)?.Detail}");
        }
    }

    [GeneratedRegex("\r\n|\n|\r")]
    private static partial Regex LineBreak();

    // ---------- b. Building ----------

    [Fact]
    public void Building_the_golden_site_with_generated_pages_never_throws_and_their_text_stays_text()
    {
        using var site = TestSite.FromFixture();
        site.Write("site.yml", site.Read("site.yml") + "raw_html: [span]\n");
        var fixture = Build(site);
        Assert.True(fixture.Succeeded, string.Join('\n', fixture.Diagnostics));
        var layoutScripts = HtmlFiles(fixture).SelectMany(html => new HtmlParser().ParseDocument(html).QuerySelectorAll("script").Select(s => s.OuterHtml)).ToHashSet();

        var (generated, rendered) = (0, 0);
        var stoppedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        Problem? BuildWith(ContentGen.SitePage[] pages)
        {
            try
            {
                foreach (var page in pages)
                {
                    site.Write(page.Path, page.Text);
                }

                var result = Build(site);
                foreach (var code in result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code).Distinct())
                {
                    stoppedBy[code] = stoppedBy.GetValueOrDefault(code) + 1;
                }

                generated += pages.Length;
                var problem = BuildProblem(result, pages, layoutScripts, out var checkedPages);
                rendered += checkedPages;
                return problem;
            }
            catch (Exception ex)
            {
                return new Problem($"{ex.GetType().Name} in {Origin(ex)}", ex.ToString());
            }
            finally
            {
                foreach (var page in pages)
                {
                    site.Delete(page.Path);
                }
            }
        }

        // Not reduced: each try is a build, and a reduced front matter would no longer match the expected title.
        SampleAndReduce(
            ContentGen.SitePages,
            BuildWith,
            pages => "",
            (pages, _) => pages,
            pages => string.Join("\n\n", pages.Select(p => p.ToString())),
            Iterations(60, share: 20),
            threads: 1);
        output.WriteLine($"{rendered} of {generated} generated pages were rendered and checked; the others stopped the build with an error first. Builds with errors, by code: {string.Join(", ", stoppedBy.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"))}.");
    }

    private static BuildResult Build(TestSite site) =>
        SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, WriteOutput = false, Today = Today });

    private static IEnumerable<string> HtmlFiles(BuildResult result) =>
        result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => Encoding.UTF8.GetString(f.Content));

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "poster", "data", "srcset", "xlink:href", "cite", "background"];

    /// <summary>
    /// What is wrong with a build of generated pages, or null: an internal error, a parser's exception
    /// reported as LS2014, and on each page the build rendered (<paramref name="checkedPages"/>): a script,
    /// element, event handler or URL scheme the layouts do not have, or front matter text not escaped.
    /// </summary>
    private static Problem? BuildProblem(BuildResult result, IReadOnlyList<ContentGen.SitePage> pages, IReadOnlySet<string> layoutScripts, out int checkedPages)
    {
        checkedPages = 0;
        foreach (var d in result.Diagnostics)
        {
            if (d.Code == DiagnosticCodes.InternalError)
            {
                return new Problem("LS9000", $"internal error: {d}");
            }

            // The loader turns an exception of a parser into LS2014 "could not be read (…)": a bug wearing a diagnostic.
            if (d.Code == DiagnosticCodes.UnreadableFile && d.Message.Contains("could not be read (", StringComparison.Ordinal))
            {
                return new Problem("a parser threw (LS2014)", d.ToString());
            }
        }

        var files = result.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (!files.TryGetValue(page.OutputPath, out var bytes))
            {
                continue; // not rendered: the build stopped at an error before Render
            }

            checkedPages++;
            var html = Encoding.UTF8.GetString(bytes);
            var document = new HtmlParser().ParseDocument(html);
            if (document.QuerySelectorAll("script").FirstOrDefault(script => !layoutScripts.Contains(script.OuterHtml)) is { } extra)
            {
                return new Problem("a <script> from content", $"{page.OutputPath}: a <script> the layouts do not have: {extra.OuterHtml}");
            }

            if (document.QuerySelectorAll("iframe, object, embed, frame, base, form, style, link[rel=import], meta[http-equiv]").FirstOrDefault() is { } element)
            {
                return new Problem($"a <{element.LocalName}> from content", $"{page.OutputPath}: {element.OuterHtml}");
            }

            foreach (var e in document.All)
            {
                foreach (var attribute in e.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        return new Problem("an event handler attribute from content", $"{page.OutputPath}: <{e.LocalName}>: {e.OuterHtml}");
                    }

                    var url = new string(attribute.Value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
                    if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && (url.StartsWith("javascript:", StringComparison.Ordinal) || url.StartsWith("vbscript:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal)))
                    {
                        return new Problem($"a {url[..url.IndexOf(':')]}: URL from content", $"{page.OutputPath}: {attribute.Name}=\"{attribute.Value}\" on <{e.LocalName}>");
                    }
                }
            }

            // Front matter text: escaped in the raw HTML (no markup of its own), and exactly the text once decoded.
            var escaping = EscapingProblem(html, "<title>", " – ", page.Title, page.OutputPath)
                ?? EscapingProblem(html, "<h1>", "</h1>", page.Title, page.OutputPath)
                ?? (page.Provider is { } provider ? EscapingProblem(html, "</h1>\n<p>", "</p>", provider, page.OutputPath) : null);
            if (escaping is not null)
            {
                return escaping;
            }
        }

        return null;
    }

    private static Problem? EscapingProblem(string html, string before, string after, string expected, string page)
    {
        var start = html.IndexOf(before, StringComparison.Ordinal);
        var end = start < 0 ? -1 : html.IndexOf(after, start + before.Length, StringComparison.Ordinal);
        if (end < 0)
        {
            return new Problem($"no {before}…{after} in a page", $"{page}: no {before} … {after}");
        }

        var raw = html[(start + before.Length)..end];
        if (raw.Contains('<') || raw.Contains('"'))
        {
            return new Problem($"front matter text not escaped after {before}", $"{page}: {FuzzPrint.Literal(raw)}");
        }

        return WebUtility.HtmlDecode(raw) == expected
            ? null
            : new Problem($"front matter text changed after {before}", $"{page}: expected {FuzzPrint.Literal(expected)}, found {FuzzPrint.Literal(raw)}");
    }

    // ---------- c. Cost ----------

    private const string CostFrontMatter = "---\ntitle: Seite\n---\n";

    /// <summary>"Roughly linear": 8 times the text may allocate at most this factor times 8 times as much (above a fixed slack).</summary>
    private const double LinearFactor = 2.0;

    private const long SlackBytes = 16 * 1024;

    [Fact]
    public void Parsing_cost_grows_linearly_when_a_generated_body_is_repeated()
    {
        SampleAndReduce(
            Gen.Select(Gen.OneOf("de", "en", "ar", "de-ls"), ContentGen.Body(hostile: false, maxBlocks: 6)),
            t => CostProblem(t.Item1, t.Item2),
            t => t.Item2,
            (t, body) => (t.Item1, body),
            t => $"{t.Item1}, body repeated 2 and 16 times:\n{FuzzPrint.Literal(t.Item2)}",
            Iterations(100, share: 5));
    }

    private static Problem? CostProblem(string language, string body)
    {
        if (body.Trim().Length == 0)
        {
            return null;
        }

        try
        {
            // A page refused before Markdig reads it (a limit, a control character) costs one linear scan and a
            // few messages; comparing it with a parsed page says nothing about the parser.
            if (Refused(CostFrontMatter + Repeat(body, 16), language))
            {
                return null;
            }

            // 2 and 16 copies, not 1 and 8: a body that ends inside an open fence or callout changes shape with every copy, the same way in both.
            var (two, sixteen) = Cost(2, 16, k => CostFrontMatter + Repeat(body, k), language);
            // A page refused before parsing costs less than the empty page: below zero counts as nothing.
            return sixteen <= LinearFactor * 8 * Math.Max(two, 0) + SlackBytes
                ? null
                : new Problem("allocations grow faster than the text", $"16 copies allocate {sixteen:N0} bytes, 2 copies {two:N0} bytes (ratio {(double)sixteen / Math.Max(two, 1):F1}, linear is about 8)");
        }
        catch (Exception ex)
        {
            return new Problem($"{ex.GetType().Name} in {Origin(ex)}", ex.ToString());
        }
    }

    private static string Repeat(string block, int times) => string.Join("\n\n", Enumerable.Repeat(block, times));

    /// <summary>
    /// Bytes allocated on this thread by loading the page of size <paramref name="small"/> and of size
    /// <paramref name="large"/>, each less the page with no body (the fixed cost), after a warm-up parse of each.
    /// </summary>
    private static (long Small, long Large) Cost(int small, int large, Func<int, string> page, string language = "de")
    {
        var baseline = Allocated(page(0), language);
        return (Allocated(page(small), language) - baseline, Allocated(page(large), language) - baseline);
    }

    private static bool Refused(string text, string language)
    {
        var bag = new DiagnosticBag();
        var path = $"content/{language}/seite.md";
        if (SourceText.Decode(Encoding.UTF8.GetBytes(text), path, bag) is { } decoded)
        {
            SpanLoader.Parse(new SourceFile(path, decoded), language, "seite.md", bag);
        }

        return bag.ToSortedList().Any(d => d.Code is DiagnosticCodes.NotUtf8 or DiagnosticCodes.TooLarge or DiagnosticCodes.MarkdownTooComplex or DiagnosticCodes.ControlCharacter);
    }

    private static long Allocated(string text, string language)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        void Load()
        {
            var bag = new DiagnosticBag();
            // A refused file (control characters, not UTF-8) is refused in one linear pass.
            if (SourceText.Decode(bytes, $"content/{language}/seite.md", bag) is not { } decoded)
            {
                return;
            }

            SpanLoader.Parse(new SourceFile($"content/{language}/seite.md", decoded), language, "seite.md", bag);
        }

        Load();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Load();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Inputs known to be costly in Markdown parsers, at a size n; the Theory compares n with 8n.</summary>
    public static TheoryData<string, int> PathologicalFamilies => new()
    {
        { "identical headings", 200 },
        { "unclosed link openers", 200 },
        { "wide pipe table", 100 },
        { "wide pipe table, links and emphasis in cells", 200 },
        { "many footnotes", 200 },
        { "deep blockquote", 16 },
        { "deep list", 16 },
        { "emphasis delimiters", 200 },
        { "nested brackets", 100 },
    };

    internal static string Pathological(string family, int n) => family switch
    {
        "identical headings" => string.Concat(Enumerable.Repeat("## Gleich\n\n", n)),
        "unclosed link openers" => string.Concat(Enumerable.Repeat("[a](", n)) + "\n",
        "wide pipe table" => string.Join('\n',
            "|" + string.Concat(Enumerable.Range(1, n).Select(i => $" Spalte {i} |")),
            "|" + string.Concat(Enumerable.Repeat("---|", n)),
            "|" + string.Concat(Enumerable.Repeat(" x |", n)),
            "|" + string.Concat(Enumerable.Repeat(" y |", n))) + "\n",
        "wide pipe table, links and emphasis in cells" => WideTable(n, "*x* [Büro](buero.md)"),
        "many footnotes" => string.Concat(Enumerable.Range(1, n).Select(i => $"Satz {i}.[^{i}]\n\n"))
            + string.Concat(Enumerable.Range(1, n).Select(i => $"[^{i}]: Fußnote {i}.\n")),
        "deep blockquote" => new string('>', n) + " Text\n",
        "deep list" => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "- Punkt\n")),
        "emphasis delimiters" => string.Concat(Enumerable.Repeat("*a **b ", n)) + "\n",
        "nested brackets" => new string('[', n) + "a" + new string(']', n) + "(buero.md)\n",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };

    private static string WideTable(int columns, string cell) => string.Join('\n',
        "|" + string.Concat(Enumerable.Repeat($" {cell} |", columns)),
        "|" + string.Concat(Enumerable.Repeat("---|", columns)),
        "|" + string.Concat(Enumerable.Repeat($" {cell} |", columns))) + "\n";

    /// <summary>
    /// A known costly shape at n and 8n: loads without an exception, with diagnostics that point into the file
    /// (a limit with its own diagnostic is fine), and allocates roughly linearly.
    /// </summary>
    [Theory]
    [MemberData(nameof(PathologicalFamilies))]
    public void A_pathological_family_loads_cleanly_at_a_linear_cost(string family, int n)
    {
        foreach (var size in new[] { n, 8 * n })
        {
            var text = CostFrontMatter + Pathological(family, size);
            var problem = LoadProblem(text, "de", "seite.md");
            Assert.True(problem is null, $"{family}, n = {size}: {problem?.Detail}");
        }

        var (small, large) = Cost(n, 8 * n, k => CostFrontMatter + (k == 0 ? "" : Pathological(family, k)));
        output.WriteLine($"{family}: n = {n}: {small:N0} bytes; 8n = {8 * n}: {large:N0} bytes; ratio {(double)large / Math.Max(small, 1):F1} (linear is about 8)");

        // For the record only (time is not deterministic): a path can be quadratic in time without allocating.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _ = LoadProblem(CostFrontMatter + Pathological(family, 8 * n), "de", "seite.md");
        output.WriteLine($"{family}: 8n = {8 * n} loads in {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(large <= LinearFactor * 8 * small + SlackBytes,
            $"{family}: n = {n} allocates {small:N0} bytes, 8n = {8 * n} allocates {large:N0} bytes (ratio {(double)large / Math.Max(small, 1):F1}, linear is about 8)");
    }

    // ---------- Bugs the properties found, kept with their smallest input ----------

    /// <summary>
    /// Diagnostics at the wrong place, found by the parse property: a setext heading (text, then a line
    /// <c>-</c> or <c>=</c>) reports its inlines on the underline or below the file's end; a tab counts as up
    /// to four columns; YAML counts U+0085, U+2028 and U+2029 as line breaks where an editor sees none; a
    /// Leichte Sprache finding in a block scalar (<c>title: &gt;</c>) points past the end of the <c>title:</c> line.
    /// </summary>
    [Theory]
    [InlineData("setext heading, inline HTML", "---\ntitle: A\n---\nText <b>x</b>\n-\n", "de", DiagnosticCodes.RawHtml, 4, 6)]
    [InlineData("setext heading, second line", "---\ntitle: A\n---\nZeile\n[weg](javascript:x)\n---\n", "de", DiagnosticCodes.UnsafeLink, 5, 1)]
    [InlineData("setext heading, Leichte Sprache", "---\ntitle: A\n---\nEr wird gewählt\n-\n", "de-ls", DiagnosticCodes.LeichteSprachePassive, 4, 4)]
    [InlineData("tab after a list marker", "---\ntitle: A\n---\n-\t# Titel\n", "de", DiagnosticCodes.HeadingLevel, 4, 3)]
    [InlineData("tabs in nested lists", "---\ntitle: A\n---\n-\t-\t:::gefahr\n:::\n", "de", DiagnosticCodes.UnknownContainer, 4, 5)]
    [InlineData("U+0085 in a quoted value (a control character: refused where it is)", "---\ntitle: 'A\u0085B'\nweight: drei\n---\n", "de", DiagnosticCodes.ControlCharacter, 2, 10)]
    [InlineData("Leichte Sprache in a folded title", "---\ntitle: >\n  Das steht in § 5.\n---\n", "de-ls", DiagnosticCodes.LeichteSpracheReferenceNumber, 3, 16)]
    public void Fuzz_regression_a_diagnostic_points_at_its_text(string bug, string text, string language, string code, int line, int column)
    {
        var diagnostics = Load(text, language, "seite.md");
        var found = diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(found is not null, $"{bug}: no {code} in: {string.Join("; ", diagnostics)}");
        Assert.True(new SourceLocation($"content/{language}/seite.md", line, column) == found.Location, $"{bug}: expected ({line},{column}), found {found}");
    }

    /// <summary>
    /// Exceptions from a parser that the loader does not catch: <see cref="ContentLoader.Parse(SourceFile, string, string, DiagnosticBag)"/>
    /// throws, and a build turns it into LS2014 "could not be read (ArgumentException: …)". Each must be a
    /// diagnostic with a position (or a normal parse).
    /// </summary>
    [Theory]
    [InlineData("a key indented by one space (YamlDotNet: ArgumentException)", "---\n : n\n---\n")]
    [InlineData("a high surrogate escape without its low half (ArgumentOutOfRangeException)", "---\ntitle: \"\\uD800\\u0041\"\n---\n")]
    [InlineData("a low surrogate escape before an incomplete one (ArgumentOutOfRangeException)", "---\ntitle: \"\\uDC00\\uB\"\n---\n")]
    [InlineData("128 nested block quotes (Markdig depth limit: ArgumentException)", "---\ntitle: A\n---\n" + ">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> Text\n")]
    public void Fuzz_regression_a_bad_file_is_a_diagnostic_not_an_exception(string bug, string text)
    {
        var problem = LoadProblem(text, "de", "seite.md");
        Assert.True(problem is null, $"{bug}: {problem?.Detail}");
    }

    /// <summary>Markdig counts a table row's cells as nesting: 3,000 columns with emphasis and a link in each cell hit its depth limit, and the time grows with the square of the columns on the way.</summary>
    [Fact]
    public void Fuzz_regression_a_wide_table_with_emphasis_is_a_diagnostic_not_an_exception()
    {
        var problem = LoadProblem("---\ntitle: A\n---\n" + WideTable(3000, "*x* [Büro](buero.md)"), "de", "seite.md");
        Assert.True(problem is null, problem?.Detail);
    }

    [Fact]
    public void Fuzz_regression_a_list_nested_64_deep_is_a_diagnostic_not_an_exception()
    {
        var text = "---\ntitle: A\n---\n" + string.Concat(Enumerable.Range(0, 64).Select(i => new string(' ', 2 * i) + "- Punkt\n"));
        var problem = LoadProblem(text, "de", "seite.md");
        Assert.True(problem is null, problem?.Detail);
    }

    private static ContentLoader LoaderFor(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(yaml, diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
        return new ContentLoader(config, MarkdownPipelineFactory.Create());
    }
}
