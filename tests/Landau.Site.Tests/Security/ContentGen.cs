using System.Globalization;
using System.Text;
using CsCheck;
using Landau.Site.Loading;
using Landau.Site.Model;

namespace Landau.Site.Tests.Security;

/// <summary>
/// CsCheck generators for content files, from the grammar of this site's pages (content/de/, the
/// schema in <see cref="ContentSchema"/>): YAML front matter with every type's fields, right and wrong,
/// and Markdown as editors and translators write it, plus what they get wrong and what an attacker tries.
/// Simple choices come first in every <c>OneOf</c> and lists start empty, so CsCheck's shrinking
/// (smaller size first) ends at small pages.
/// </summary>
internal static class ContentGen
{
    // ---------- Text ----------

    private static readonly Gen<string> GermanWord = Gen.OneOf(
        "Text", "Landau", "Büro", "Kurs", "und", "Sie", "für", "Anmeldung", "Straße", "Sprechzeiten", "Integrationskonzept",
        "2.0", "06341 13-5025", "Bürger·büro", "Grüße", "z. B.", "§ 45", "2016/2102", "weil", "wird", "gewählt");

    private static readonly Gen<string> ArabicWord = Gen.OneOf("مرحبا", "لانداو", "الاندماج", "مكتب", "فارسی", "۱۲۳", "(Landau in der Pfalz)");

    private static readonly Gen<string> OtherWord = Gen.OneOf("Інтеграція", "Türkçe", "😀", "日本語", "e\u0301", "ﷺ", "İı", "ß", "ǅ");

    /// <summary>Characters an editor cannot see: bidi marks and overrides, zero-width characters, odd spaces and line separators.</summary>
    private static readonly Gen<string> InvisibleChar = Gen.OneOf(
        "\u200F", "\u200E", "\u202E", "\u202C", "\u2067", "\u2069", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u00A0", "\u2028", "\u2029", "\u0085", "\u061C");

    private static readonly Gen<string> ControlChar = Gen.OneOf("\t", "\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\r", "\u000B", "\u000C", "\uFFFE", "\uFFFF", "\uD800", "\uDC00");

    private static readonly Gen<string> Symbol = Gen.OneOf(
        ":", ": ", " #", "#", "&", "*", "!", "|", ">", "<", "%", "@", "`", "'", "\"", "{", "}", "[", "]", ",", "?", "- ", "\\", "=", "/",
        "<script>", "&amp;", "&#0;", "{{ page.title }}", "{% raw %}", "~~~", "---", "...");

    /// <summary>One word of text: mostly German, some Arabic and other scripts, some symbols; with <paramref name="hostile"/> also control characters.</summary>
    public static Gen<string> Word(bool hostile) => hostile
        ? Gen.Frequency<string>((10, GermanWord), (3, ArabicWord), (1, OtherWord), (1, InvisibleChar), (2, Symbol), (1, ControlChar))
        : Gen.Frequency<string>((10, GermanWord), (3, ArabicWord), (1, OtherWord), (1, InvisibleChar), (1, Symbol));

    /// <summary>A few words joined by spaces (sometimes by nothing).</summary>
    public static Gen<string> Phrase(bool hostile, int maxWords = 5) =>
        from words in Word(hostile).Array[1, maxWords]
        from glue in Gen.Frequency((8, " "), (1, ""))
        select string.Join(glue, words);

    // ---------- YAML ----------

    /// <summary>A YAML value as a tree, rendered at any indentation.</summary>
    internal abstract record YamlNode
    {
        /// <summary>A scalar written on one line after <c>key: </c>, exactly as it appears in the file.</summary>
        public sealed record Scalar(string Written) : YamlNode;

        /// <summary>A block scalar: <c>|</c> or <c>&gt;</c> and its lines.</summary>
        public sealed record Block(string Indicator, string[] Lines) : YamlNode;

        public sealed record Seq(YamlNode[] Items, bool Flow) : YamlNode;

        public sealed record Map((string Key, YamlNode Value)[] Entries, bool Flow) : YamlNode;
    }

    /// <summary>A YAML double-quoted scalar whose value is exactly <paramref name="text"/>.</summary>
    public static string DoubleQuoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when c < ' ' || c == '\u007F' || char.IsSurrogate(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
                    => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    public static string SingleQuoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static readonly Gen<string> OddScalar = Gen.OneOf(
        "", "~", "null", "yes", "no", "on", "0x1F", "0o17", ".inf", "-.nan", "1e400", "2021-09-28", "12:30", "!!str x", "!!binary aGFsbG8=",
        "!!int drei", "!unbekannt x", "&anker wert", "*anker", "\"offen", "'offen", "\"\\u00\"", "\"\\x\"", "\"\\U0010FFFF\"", "\"\\uD800\"", "|", ">", "@x",
        "`x`", "%x", "? x", "- x", "[", "{", "]", "}", "#kommentar", "a #b", "a: b", "a:b", "<<: {a: b}", "=", "\"a\" b", "'a' b", "[a] b", "{a: b} c");

    /// <summary>A scalar: double-quoted (always valid), plain (a colon breaks it), single-quoted, odd YAML, a block scalar.</summary>
    public static Gen<YamlNode> Scalar(bool hostile) => Gen.Frequency<YamlNode>(
        (4, Phrase(hostile).Select(t => (YamlNode)new YamlNode.Scalar(DoubleQuoted(t)))),
        (3, Phrase(hostile: false).Select(t => (YamlNode)new YamlNode.Scalar(t))),
        (1, Phrase(hostile).Select(t => (YamlNode)new YamlNode.Scalar(SingleQuoted(t)))),
        (2, OddScalar.Select(t => (YamlNode)new YamlNode.Scalar(t))),
        (1, from indicator in Gen.OneOf("|", ">", "|-", ">+", "|2", ">-")
            from lines in Phrase(hostile).Array[1, 4]
            select (YamlNode)new YamlNode.Block(indicator, lines)));

    private static readonly Gen<string> Key = Gen.OneOf(
        "a", "name", "farbe", "titel", "ключ", "مفتاح", "key with space", "\"quoted: key\"", "1", "true", "? complex", "[a]", "-", "<<", "a:b", "''");

    /// <summary>Nesting that no page has but a file can: flow lists and maps many levels deep, closed or not, and deep block maps.</summary>
    private static readonly Gen<YamlNode> DeepValue = Gen.OneOf<YamlNode>(
        Gen.Int[1, 300].Select(n => (YamlNode)new YamlNode.Scalar(new string('[', n) + "x" + new string(']', n))),
        Gen.Int[1, 300].Select(n => (YamlNode)new YamlNode.Scalar(new string('[', n))),
        Gen.Int[1, 200].Select(n => (YamlNode)new YamlNode.Scalar(string.Concat(Enumerable.Repeat("{a: ", n)) + "x" + new string('}', n))),
        Gen.Int[1, 60].Select(n =>
        {
            YamlNode node = new YamlNode.Scalar("x");
            for (var i = 0; i < n; i++)
            {
                node = new YamlNode.Map([("a", node)], Flow: false);
            }

            return node;
        }),
        Gen.Int[1, 60].Select(n =>
        {
            YamlNode node = new YamlNode.Scalar("x");
            for (var i = 0; i < n; i++)
            {
                node = new YamlNode.Seq([node], Flow: false);
            }

            return node;
        }));

    private static readonly Dictionary<(int, bool), Gen<YamlNode>> Values = [];

    /// <summary>Any YAML value up to <paramref name="depth"/> levels of lists and maps (block or flow), sometimes very deep.</summary>
    public static Gen<YamlNode> Value(int depth, bool hostile)
    {
        lock (Values)
        {
            if (Values.TryGetValue((depth, hostile), out var cached))
            {
                return cached;
            }
        }

        var gen = depth <= 0
            ? Scalar(hostile)
            : Gen.Frequency<YamlNode>(
                (6, Scalar(hostile)),
                (2, from flow in Gen.Bool
                    from items in Value(depth - 1, hostile).Array[0, 4]
                    select (YamlNode)new YamlNode.Seq(items, flow)),
                (2, from flow in Gen.Bool
                    from entries in Gen.Select(Key, Value(depth - 1, hostile)).Array[0, 4]
                    select (YamlNode)new YamlNode.Map(entries, flow)),
                (1, DeepValue));
        lock (Values)
        {
            Values[(depth, hostile)] = gen;
        }

        return gen;
    }

    /// <summary>Renders <c>key: value</c> at <paramref name="indent"/> spaces, with a newline at the end of each line.</summary>
    public static string Entry(string key, YamlNode value, int indent = 0)
    {
        var builder = new StringBuilder();
        WriteEntry(builder, indent, key, value);
        return builder.ToString();
    }

    private static void WriteEntry(StringBuilder builder, int indent, string key, YamlNode value)
    {
        var pad = new string(' ', indent);
        switch (value)
        {
            case YamlNode.Scalar s:
                builder.Append(pad).Append(key).Append(':').Append(s.Written.Length > 0 ? " " + s.Written : "").Append('\n');
                break;
            case YamlNode.Block b:
                builder.Append(pad).Append(key).Append(": ").Append(b.Indicator).Append('\n');
                foreach (var line in b.Lines)
                {
                    builder.Append(pad).Append("  ").Append(line).Append('\n');
                }

                break;
            case YamlNode.Seq { Flow: true } or YamlNode.Map { Flow: true }:
                builder.Append(pad).Append(key).Append(": ").Append(Flow(value)).Append('\n');
                break;
            case YamlNode.Seq seq:
                builder.Append(pad).Append(key).Append(":\n");
                foreach (var item in seq.Items)
                {
                    WriteItem(builder, indent + 2, item);
                }

                break;
            case YamlNode.Map map:
                builder.Append(pad).Append(key).Append(":\n");
                foreach (var (k, v) in map.Entries)
                {
                    WriteEntry(builder, indent + 2, k, v);
                }

                break;
        }
    }

    private static void WriteItem(StringBuilder builder, int indent, YamlNode item)
    {
        var pad = new string(' ', indent);
        switch (item)
        {
            case YamlNode.Scalar s:
                builder.Append(pad).Append('-').Append(s.Written.Length > 0 ? " " + s.Written : "").Append('\n');
                break;
            case YamlNode.Block b:
                builder.Append(pad).Append("- ").Append(b.Indicator).Append('\n');
                foreach (var line in b.Lines)
                {
                    builder.Append(pad).Append("  ").Append(line).Append('\n');
                }

                break;
            case YamlNode.Seq { Flow: true } or YamlNode.Map { Flow: true }:
                builder.Append(pad).Append("- ").Append(Flow(item)).Append('\n');
                break;
            case YamlNode.Seq seq:
                builder.Append(pad).Append("-\n");
                foreach (var inner in seq.Items)
                {
                    WriteItem(builder, indent + 2, inner);
                }

                break;
            case YamlNode.Map map:
                builder.Append(pad).Append("-\n");
                foreach (var (k, v) in map.Entries)
                {
                    WriteEntry(builder, indent + 2, k, v);
                }

                break;
        }
    }

    private static string Flow(YamlNode node) => node switch
    {
        YamlNode.Scalar s => s.Written.Length > 0 ? s.Written : "\"\"",
        YamlNode.Block b => DoubleQuoted(string.Join('\n', b.Lines)),
        YamlNode.Seq seq => "[" + string.Join(", ", seq.Items.Select(Flow)) + "]",
        YamlNode.Map map => "{" + string.Join(", ", map.Entries.Select(e => e.Key + ": " + Flow(e.Value))) + "}",
        _ => "",
    };

    private static YamlNode Plain(string written) => new YamlNode.Scalar(written);

    private static YamlNode FlowList(params string[] items) => new YamlNode.Seq(items.Select(Plain).ToArray(), Flow: true);

    private static YamlNode BlockList(params string[] items) => new YamlNode.Seq(items.Select(Plain).ToArray(), Flow: false);

    // ---------- Front matter ----------

    /// <summary>A right value for <paramref name="field"/> of a page of <paramref name="type"/>, as the site's pages write it.</summary>
    private static Gen<YamlNode> Right(FieldSpec field, ContentType type, bool hostile) => field.Name switch
    {
        "type" => Gen.Const(Plain(ContentSchema.NameOf(type))),
        "translation_key" => Gen.OneOf(Plain("themen/erste-schritte.md"), Plain("/themen/_index.md"), Plain("_index.md")),
        "layout" => Gen.OneOf(Plain("page"), Plain("offer-directory"), Plain("section")),
        "translation_status" or "facts_from" => Gen.OneOf(field.AllowedValues!.Select(Plain).ToArray()),
        "source_hash" => Gen.OneOf(Plain("0123456789abcdef"), Plain("\"sha256:00ff\"")),
        "url" => Gen.OneOf(Plain("https://example.org"), Plain("https://www.landau.de/Verwaltung/Ämter"), Plain("\"http://example.org/a?b=c#d\"")),
        "email" => Gen.OneOf(Plain("buero@example.org"), Plain("\"ä.ö@example.org\"")),
        "phone" or "fax" => Gen.OneOf(Plain("06341 13-5025"), Plain("\"+49 6341 13-0\"")),
        "contact" => Gen.OneOf(Plain("buero"), Plain("beauftragte-migration-integration")),
        "contacts" => Gen.OneOf(FlowList("buero"), BlockList("buero", "buero")),
        "sections" => Gen.OneOf(FlowList("wohnen"), FlowList("sprache", "bildung"), BlockList("wohnen")),
        "languages" => Gen.OneOf(FlowList("de"), FlowList("de", "ar", "ru"), BlockList("uk", "tr", "fa")),
        "target_groups" => Gen.OneOf(FlowList("alle"), FlowList("frauen", "familien", "gefluechtete")),
        _ => field.Kind switch
        {
            FieldKind.Integer => Gen.Int[-5, 100].Select(i => Plain(i.ToString(CultureInfo.InvariantCulture))),
            FieldKind.Boolean => Gen.OneOf(Plain("true"), Plain("false")),
            FieldKind.Date => Gen.OneOf(Plain("2026-11-27"), Plain("2021-09-28"), Plain("2027-05-31")),
            FieldKind.TextList => Phrase(hostile, 2).Array[0, 3].Select(items => (YamlNode)new YamlNode.Seq(items.Select(i => Plain(DoubleQuoted(i))).ToArray(), Flow: true)),
            FieldKind.Address => from street in Phrase(hostile, 3)
                                 from postalCode in Gen.OneOf("76829", "00000", "\"07629\"")
                                 select (YamlNode)new YamlNode.Map([("street", Plain(DoubleQuoted(street))), ("postal_code", Plain(postalCode)), ("city", Plain("Landau in der Pfalz"))], Flow: false),
            FieldKind.Map => Value(3, hostile),
            _ => Gen.Frequency<YamlNode>((6, Phrase(hostile).Select(t => Plain(DoubleQuoted(t)))), (1, Scalar(hostile))),
        },
    };

    /// <summary>A wrong value for <paramref name="field"/>: the wrong shape, an impossible value, something unsafe.</summary>
    private static Gen<YamlNode> Wrong(FieldSpec field, bool hostile)
    {
        var special = field.Name switch
        {
            "type" => Gen.OneOf(Plain("unbekannt"), Plain("Offer"), Plain("\"page \""), Plain("[page]")),
            "translation_key" => Gen.OneOf(Plain("../x.md"), Plain("../../../etc/passwd.md"), Plain("/etc/passwd"), Plain("themen"), Plain("\"C:\\\\x.md\""), Plain("\"themen//x.md\"")),
            "layout" => Gen.OneOf(Plain("nope"), Plain("../../../etc/passwd"), Plain("partials/switcher"), Plain("baseof")),
            "translation_status" or "facts_from" => Gen.OneOf(Plain("fertig"), Plain("Draft"), Plain("\"\"")),
            "url" or "email" => Gen.OneOf(Plain("javascript:alert(1)"), Plain("\"JaVaScRiPt:alert(1)\""), Plain("//evil.example/x"), Plain("data:text/html,x"), Plain("\"java\\tscript:x\""), Plain("ftp://example.org")),
            "phone" or "fax" => Gen.OneOf(Plain("\"javascript:alert(1)\""), Plain("\"0 ; rel=x\"")),
            "contact" => Gen.OneOf(Plain("niemand"), Plain("../kontakte/buero"), Plain("buero.md")),
            "contacts" => Gen.OneOf(FlowList("niemand"), Plain("buero")),
            "sections" => Gen.OneOf(FlowList("unbekannt"), Plain("wohnen"), FlowList()),
            "languages" => Gen.OneOf(FlowList("\"x y\""), FlowList("deutsch"), FlowList("de", "de"), FlowList("\"\"")),
            _ => null,
        };
        var byKind = field.Kind switch
        {
            FieldKind.Integer => Gen.OneOf(Plain("drei"), Plain("3.5"), Plain("99999999999999999999"), Plain("-0"), Plain("0x10"), Plain("1_000"), FlowList("1")),
            FieldKind.Boolean => Gen.OneOf(Plain("vielleicht"), Plain("yes"), Plain("ja"), Plain("1"), Plain("True"), Plain("\"true\"")),
            FieldKind.Date => Gen.OneOf(Plain("28.09.2021"), Plain("2027-13-45"), Plain("2021-02-29"), Plain("0001-01-01"), Plain("9999-12-31"), Plain("2021-09-28T10:00:00Z"), Plain("heute"), FlowList("2021-09-28")),
            FieldKind.TextList => Gen.OneOf(Plain("wohnen"), Plain("{a: b}"), Plain("[[nested]]"), FlowList("\"x y\"", "\"\"")),
            FieldKind.Address => Gen.OneOf(Plain("5"), FlowList("street"), new YamlNode.Map([("street", new YamlNode.Map([("a", Plain("b"))], Flow: false)), ("land", Plain("DE"))], Flow: false)),
            FieldKind.Map => Gen.OneOf(Plain("5"), FlowList("a")),
            _ => Gen.OneOf(FlowList("a", "b"), Plain("{a: b}"), Plain(""), Plain("~"), Plain("\"   \"")),
        };
        return special is null
            ? Gen.Frequency<YamlNode>((4, byKind), (1, Value(2, hostile)))
            : Gen.Frequency<YamlNode>((3, special), (2, byKind), (1, Value(2, hostile)));
    }

    /// <summary>Lines that do not belong in front matter, or belong twice.</summary>
    private static readonly Gen<string> StrayLine = Gen.OneOf(
        "titel: Tippfehler\n", "foo: bar\n", "title: Zweiter Titel\n", "\n", "# Kommentar\n", "- liste\n", "  eingerückt: ja\n", "\ttitle: Tab\n",
        "title\n", ": leer\n", "? frage\n", "%YAML 1.2\n", "---x\n", "title: &a x\n", "x: *a\n", "<<: {title: x}\n", "\"title\": Zitat\n",
        "Title: Groß\n", "title : Leerzeichen\n", "…: ☃\n", "\u200Btitle: unsichtbar\n", "draft: true\n", "\uFEFFtitle: BOM\n");

    /// <summary>
    /// The front matter of a page of <paramref name="type"/> (without the <c>---</c> lines): each field of
    /// the schema left out, right or wrong (required ones mostly present), sometimes with stray lines.
    /// </summary>
    public static Gen<string> FrontMatter(ContentType type, bool hostile)
    {
        var fields = ContentSchema.Fields(type);
        var chosen = Gen.Const(System.Collections.Immutable.ImmutableList<string>.Empty);
        foreach (var field in fields)
        {
            var leftOut = field.Required ? 1 : field.Name == "type" ? 2 : 6;
            var one = Gen.Frequency<string?>(
                (leftOut, Gen.Const((string?)null)),
                (field.Required ? 12 : 3, Right(field, type, hostile).Select(v => (string?)Entry(field.Name, v))),
                (field.Required ? 2 : 1, Wrong(field, hostile).Select(v => (string?)Entry(field.Name, v))));
            chosen = from list in chosen
                     from entry in one
                     select entry is null ? list : list.Add(entry);
        }

        return from entries in chosen
               from strays in Gen.Select(Gen.Int[0, 40], StrayLine).Array[0, 2]
               from reversed in Gen.Frequency((9, false), (1, true))
               select Assemble(reversed ? entries.Reverse() : entries, strays);

        static string Assemble(IEnumerable<string> entries, (int Position, string Line)[] strays)
        {
            var lines = entries.ToList();
            foreach (var (position, line) in strays)
            {
                lines.Insert(Math.Min(position, lines.Count), line);
            }

            return string.Concat(lines);
        }
    }

    // ---------- Markdown: inlines ----------

    /// <summary>Link targets: pages of the test sites (relative, from the language root, with fragments), missing pages, external links, and schemes that must be refused.</summary>
    public static Gen<string> Url(bool hostile)
    {
        var accepted = Gen.OneOf(
            "buero.md", "../kontakte/buero.md", "../kontakte/buero.md#sprechzeiten", "/angebote/kurs.md", "erste-schritte.md", "_index.md", "/themen/_index.md",
            "#anmelden", "#", "https://example.org", "https://example.org/a?b=c&d=e#f", "http://example.org", "mailto:buero@example.org", "tel:+49634113",
            "fehlt.md", "../../../../x.md", "/wegweiser/sprache/_index.md", "ERSTE-SCHRITTE.MD", "erste-schritte.md?x=1",
            "//evil.example/x", "/\\evil.example", "\\\\evil.example", "https://example.org/\"onmouseover=\"x", "https://example.org/<script>",
            "https://例え.jp", "mailto:a@example.org?subject=<script>", "tel:+49\"x", "bild.png", "x y.md", "%2e%2e/x.md", "https://");
        var refused = Gen.OneOf(
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "&#106;avascript:alert(1)", "jav&#x09;ascript:x", "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "x:y", " javascript:x", "\u0001javascript:x", "javascript&colon;alert(1)");
        return hostile ? Gen.Frequency<string>((3, accepted), (1, refused)) : Gen.Frequency<string>((12, accepted), (1, refused));
    }

    private static readonly Gen<string> LinkTitle = Gen.OneOf(
        "", " \"Titel\"", " 'Titel'", " (Titel)", " \"a\\\" onmouseover=\\\"alert(1)\"", " \"<script>\"", " \"unclosed");

    private static Gen<string> LinkText(bool hostile) => Gen.Frequency<string>(
        (8, Phrase(hostile, 4)),
        (1, Gen.OneOf("", " ", "hier", "mehr", "Hier klicken", "*fett*", "`code`", "![Bild](bild.png)", "[innen](x.md)", "\\]", new string('x', 120))));

    private static Gen<string> Link(bool hostile) =>
        from text in LinkText(hostile)
        from url in Url(hostile)
        from title in LinkTitle
        from form in Gen.Int[0, 6]
        select form switch
        {
            0 or 1 or 2 => $"[{text}]({url}{title})",
            3 => $"[{text}](<{url}>)",
            4 => $"[{text}][{url}]",
            5 => $"[{text}]({url}",
            _ => $"[{text}]",
        };

    private static Gen<string> Image(bool hostile) =>
        from alt in Gen.Frequency<string>((4, Phrase(hostile, 3)), (1, Gen.OneOf("", "\"\"", "\" onerror=\"alert(1)")))
        from url in Gen.Frequency<string>((3, Gen.OneOf("bild.png", "/bilder/karte.svg", "https://example.org/x.png")), (1, Url(hostile)))
        select $"![{alt}]({url})";

    private static readonly Gen<string> Autolink = Gen.OneOf(
        "<https://example.org>", "<mailto:buero@example.org>", "<buero@example.org>", "<javascript:alert(1)>", "<JAVASCRIPT:x>", "<tel:+49>", "<//evil.example>", "https://example.org/nackt");

    /// <summary>The inline HTML this site allows (<c>&lt;span lang dir title&gt;</c>, site.yml <c>raw_html</c>), balanced or not, and near misses.</summary>
    private static Gen<string> Span(bool hostile)
    {
        var open = Gen.Frequency<string>(
            (6, Gen.OneOf("<span lang=\"de\">", "<span lang=\"de\" dir=\"ltr\">", "<span lang=\"ar\" dir=\"rtl\">", "<span title=\"Bürgerbüro\">", "<span lang='de'>", "<span lang=de>")),
            (hostile ? 3 : 1, Gen.OneOf(
                "<span>", "<SPAN LANG=\"DE\">", "<span lang=\"x y\">", "<span dir=\"up\">", "<span onclick=\"alert(1)\">", "<span lang=\"de\" onmouseover=alert(1)>",
                "<span title=\"a&quot; onclick=&quot;x\">", "<span lang=\"de\"/>", "<span\nlang=\"de\">", "<span lang=\"de\" style=\"x\">", "<span title=\"<b>\">",
                "<span lang=\"de\" title='\"'>", "<b>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">", "<script>", "<!-- x -->", "<span lang=\"de\"")));
        return from o in open
               from text in Phrase(hostile, 3)
               from close in Gen.Frequency((8, "</span>"), (1, ""), (1, "</span></span>"), (1, "</SPAN>"), (1, "</b>"))
               select o + text + close;
    }

    private static readonly Gen<string> FootnoteLabel = Gen.OneOf("1", "2", "a", "x y", "^", "", "ü", "1]", new string('9', 30));

    private static readonly Gen<string> CodeSpan = Gen.OneOf("`x`", "``a ` b``", "`<script>`", "`", "```", "`[a](javascript:x)`", "`&amp;`");

    private static readonly Gen<string> Brackets = Gen.OneOf("[", "]", "(", ")", "[a](", "](", "![", "[^", "[]", "[]()", "<", ">", "\\", "\\[", "&", "[[a]]", "(x.md)");

    private static readonly Gen<string> Entity = Gen.OneOf("&amp;", "&lt;script&gt;", "&#0;", "&#xFFFFFF;", "&#x202E;", "&nbsp;", "&unknown;", "&#106;avascript:", "&#X3C;");

    private static Gen<string> Emphasis(bool hostile) =>
        from word in Phrase(hostile, 2)
        from form in Gen.Int[0, 8]
        from run in Gen.Int[1, 40]
        select form switch
        {
            0 => $"*{word}*",
            1 => $"**{word}**",
            2 => $"***{word}***",
            3 => $"_{word}_",
            4 => $"__{word}__",
            5 => $"**{word}",
            6 => $"~~{word}~~",
            7 => new string('*', run) + word,
            _ => string.Concat(Enumerable.Repeat("*a _b ", run)),
        };

    /// <summary>One inline element: words, emphasis, links, images, autolinks, spans, footnote references, code, brackets, entities, breaks.</summary>
    public static Gen<string> Inline(bool hostile) => Gen.Frequency<string>(
        (12, Word(hostile)),
        (2, Emphasis(hostile)),
        (3, Link(hostile)),
        (1, Image(hostile)),
        (1, Autolink),
        (2, Span(hostile)),
        (1, FootnoteLabel.Select(l => $"[^{l}]")),
        (1, CodeSpan),
        (1, Brackets),
        (1, Entity),
        (1, Gen.OneOf("  \n", "\\\n", "\n")));

    /// <summary>A line (or a few lines) of inline text.</summary>
    public static Gen<string> InlineText(bool hostile, int max = 10) => Inline(hostile).Array[1, max].Select(parts => string.Join(' ', parts));

    // ---------- Markdown: blocks ----------

    /// <summary>Heading texts from a small pool, so pages get duplicate headings (and duplicate ids).</summary>
    private static readonly Gen<string> HeadingText = Gen.OneOf(
        "Gleich", "Anmelden", "Sprechzeiten", "Was bringen Sie mit?", "الخطوات الأولى", "Wohnen & Arbeit", "Gleich 1", "gleich", "", "#", "1.", "Gleich {#id}", "<b>x</b>", "Gleich ##");

    private static Gen<string> Heading(bool hostile) =>
        from level in Gen.Frequency((1, 1), (8, 2), (4, 3), (1, 4), (1, 5), (1, 6))
        from text in Gen.Frequency<string>((3, HeadingText), (1, InlineText(hostile, 4)))
        from form in Gen.Frequency((8, 0), (1, 1), (1, 2))
        select form switch
        {
            0 => new string('#', level) + " " + text,
            1 => new string('#', level) + " " + text + " " + new string('#', level),
            _ => text + "\n" + (level == 1 ? "===" : "---"),
        };

    private static Gen<string> Table(bool hostile) =>
        from columns in Gen.Frequency<int>((8, Gen.Int[1, 6]), (1, Gen.Int[7, 60]))
        from header in Gen.Frequency<string>((4, HeadingText), (1, InlineText(hostile, 2))).Array[columns]
        from alignment in Gen.OneOf("---", ":--", "--:", ":-:", "-", " --- ").Array[columns]
        from rows in Gen.Select(Gen.Int[-2, 2], InlineText(hostile, 2).Array[1, 8]).Array[0, 4]
        from pipes in Gen.Frequency((6, 0), (1, 1), (1, 2))
        from noDelimiter in Gen.Frequency((12, false), (1, true))
        select TableText(header, alignment, rows, pipes, noDelimiter);

    private static string TableText(string[] header, string[] alignment, (int Ragged, string[] Cells)[] rows, int pipes, bool noDelimiter)
    {
        string Row(IEnumerable<string> cells) => pipes switch
        {
            0 => "| " + string.Join(" | ", cells) + " |",
            1 => string.Join(" | ", cells),
            _ => "|" + string.Join("|", cells),
        };

        var lines = new List<string> { Row(header) };
        if (!noDelimiter)
        {
            lines.Add(Row(alignment));
        }

        foreach (var (ragged, cells) in rows)
        {
            var count = Math.Max(1, header.Length + ragged);
            lines.Add(Row(Enumerable.Range(0, count).Select(i => cells[i % cells.Length].Replace("\n", " ", StringComparison.Ordinal))));
        }

        return string.Join('\n', lines);
    }

    /// <summary>Prefixes every line of <paramref name="block"/>: <paramref name="first"/> on the first, <paramref name="rest"/> on the others.</summary>
    private static string Prefix(string block, string first, string rest)
    {
        var lines = block.Split('\n');
        return string.Join('\n', lines.Select((line, i) => (i == 0 ? first : line.Length == 0 ? rest.TrimEnd() : rest) + line));
    }

    private static readonly Gen<string> CodeFence =
        from fence in Gen.OneOf("```", "~~~", "````", "    ")
        from info in Gen.OneOf("", "yaml", "html", "js onclick=x")
        from lines in Gen.OneOf("code", "---", "<script>alert(1)</script>", "[a](javascript:x)", ":::", "## Keine Überschrift").Array[0, 3]
        from closed in Gen.Frequency((6, true), (1, false))
        select fence == "    "
            ? string.Join('\n', lines.DefaultIfEmpty("code").Select(l => "    " + l))
            : fence + info + "\n" + string.Join('\n', lines) + (closed ? "\n" + fence : "");

    private static readonly Gen<string> HtmlBlock = Gen.OneOf(
        "<div>\nBlock\n</div>", "<script>alert(1)</script>", "<!-- Kommentar -->", "<details><summary>x</summary>y</details>", "<iframe src=\"https://example.org\"></iframe>",
        "<style>body{}</style>", "<svg><script>alert(1)</script></svg>", "<span lang=\"de\">Block-Span</span>", "<?php x ?>", "<![CDATA[x]]>", "</div>");

    private static Gen<string> LeafBlock(bool hostile) => Gen.Frequency<string>(
        (10, InlineText(hostile)),
        (5, Heading(hostile)),
        (2, Table(hostile)),
        (2, CodeFence),
        (1, Gen.OneOf("---", "***", "___", "- - -")),
        (2, from label in FootnoteLabel from text in InlineText(hostile, 5) select $"[^{label}]: {text}"),
        (1, from label in Gen.OneOf("ref", "Ref", "1", "x y") from url in Url(hostile) select $"[{label}]: {url} \"Titel\""),
        (hostile ? 2 : 1, HtmlBlock));

    private static readonly Dictionary<(int, bool), Gen<string>> Blocks = [];

    /// <summary>One block, with containers (lists, quotes, callouts) nested up to <paramref name="depth"/> levels.</summary>
    public static Gen<string> Block(int depth, bool hostile)
    {
        lock (Blocks)
        {
            if (Blocks.TryGetValue((depth, hostile), out var cached))
            {
                return cached;
            }
        }

        Gen<string> gen;
        if (depth <= 0)
        {
            gen = LeafBlock(hostile);
        }
        else
        {
            var inner = Block(depth - 1, hostile).Array[1, 3].Select(blocks => string.Join("\n\n", blocks));
            var list =
                from marker in Gen.OneOf("- ", "* ", "+ ", "1. ", "1) ", "2. ", "-\t")
                from items in inner.Array[1, 4]
                from loose in Gen.Bool
                select string.Join(loose ? "\n\n" : "\n", items.Select(item => Prefix(item, marker, new string(' ', marker.Length))));
            var quote = inner.Select(text => Prefix(text, "> ", "> "));
            var callout =
                from kind in Gen.Frequency((8, "note"), (3, "warning"), (3, "tip"), (1, "unbekannt"), (1, ""), (1, " note"), (1, "note extra"), (1, "{.x}"))
                from colons in Gen.Frequency((8, ":::"), (1, "::::"), (1, "::"))
                from text in inner
                from closed in Gen.Frequency((8, true), (1, false))
                select colons + kind + "\n" + text + (closed ? "\n" + colons : "");
            gen = Gen.Frequency<string>((10, LeafBlock(hostile)), (2, list), (1, quote), (2, callout));
        }

        lock (Blocks)
        {
            Blocks[(depth, hostile)] = gen;
        }

        return gen;
    }

    /// <summary>A page body: blocks separated by blank lines (sometimes by single line breaks, which glue them together).</summary>
    public static Gen<string> Body(bool hostile, int maxBlocks = 10) =>
        from blocks in Block(3, hostile).Array[0, maxBlocks]
        from tight in Gen.Frequency((6, false), (1, true))
        select string.Join(tight ? "\n" : "\n\n", blocks);

    // ---------- Markdown the golden site accepts (for builds) ----------

    /// <summary>Targets the golden site accepts: its pages, fragments, external and protocol-relative links, URLs with quotes and angle brackets.</summary>
    private static readonly Gen<string> AcceptedUrl = Gen.OneOf(
        "../kontakte/buero.md", "/kontakte/buero.md#sprechzeiten", "/angebote/kurs.md", "/themen/erste-schritte.md", "_index.md", "/themen/_index.md", "/_index.md",
        "https://example.org", "https://example.org/a?b=c&d=e#f", "mailto:buero@example.org", "tel:+49634113", "//evil.example/x", "/\\evil.example",
        "https://example.org/\"onmouseover=\"alert(1)", "https://example.org/<script>", "https://example.org/'onmouseover='x", "https://例え.jp",
        "mailto:a@example.org?subject=<script>", "tel:+49\"x", "https://example.org/%22%3E%3Cscript%3E", "https://example.org/&quot;&gt;&lt;script&gt;");

    private static readonly Gen<string> AcceptedSymbol = Gen.OneOf(
        ":", "&", "!", "|", ">", "%", "@", "'", "\"", "{", "}", ",", "?", "=", "/", "&amp;", "&lt;script&gt;", "{{ page.title }}", "{% raw %}", "\\<script\\>", "javascript:alert(1)", "onmouseover=x");

    private static readonly Gen<string> AcceptedWord = Gen.Frequency<string>((10, GermanWord), (3, ArabicWord), (1, OtherWord), (1, InvisibleChar), (2, AcceptedSymbol));

    private static readonly Gen<string> AcceptedPhrase = AcceptedWord.Array[1, 4].Select(words => string.Join(' ', words));

    private static readonly Gen<string> AcceptedLinkText = Gen.Frequency<string>(
        (6, GermanWord.Array[1, 3].Select(words => string.Join(' ', words))),
        (1, Gen.OneOf("*Büro*", "`code`", "Büro ![Karte](bild.png)", "Büro \\]", "&lt;b&gt;Büro", "Büro \"onmouseover=\"x", "<span lang=\"de\">Büro</span>")));

    private static readonly Gen<string> AcceptedInline = Gen.Frequency<string>(
        (12, AcceptedWord),
        (2, from word in AcceptedPhrase from form in Gen.OneOf("*{0}*", "**{0}**", "***{0}***", "_{0}_", "~~{0}~~", "**{0}") select string.Format(CultureInfo.InvariantCulture, form, word)),
        (4, from text in AcceptedLinkText
            from url in AcceptedUrl
            from title in Gen.OneOf("", " \"Titel\"", " 'a\" onmouseover=\"x'", " \"<script>\"", " (\"x\" onclick=y)")
            from angle in Gen.Frequency((6, false), (1, true))
            select angle ? $"[{text}](<{url}>{title})" : $"[{text}]({url}{title})"),
        (1, from alt in Gen.OneOf("Karte", "\"\"", "a\" onerror=\"alert(1)", "&lt;script&gt;", "Büro & Amt") from url in Gen.OneOf("bild.png", "https://example.org/x.png\" onerror=\"x", "//evil.example/x.png") select $"![{alt}]({url})"),
        (1, Gen.OneOf("<https://example.org>", "<mailto:buero@example.org>", "<buero@example.org>", "<https://example.org/\"onmouseover=x>", "https://example.org/nackt")),
        (2, from open in Gen.OneOf("<span lang=\"de\">", "<span lang=\"de\" dir=\"ltr\">", "<span lang=\"ar\" dir=\"rtl\">", "<span title=\"Bürgerbüro\">", "<span lang='de'>",
                "<span lang=de>", "<span title=\"a &quot; onclick=&quot;x\">", "<span title=\"&lt;script&gt;\">", "<span title='\" onmouseover=\"x'>", "<span dir=\"auto\" lang=\"de-DE\">")
            from text in AcceptedPhrase
            from close in Gen.Frequency((8, "</span>"), (1, ""))
            select open + text + close),
        (1, Gen.OneOf("`<script>alert(1)</script>`", "`[a](javascript:x)`", "``a ` b``", "`onclick=\"x\"`")),
        (1, Gen.OneOf("&amp;", "&lt;script&gt;", "&#60;script&#62;", "&#x202E;", "&nbsp;", "&quot;", "\\<b\\>", "[", "]", "(", ")", "\\[x\\](javascript:x)")),
        (1, Gen.OneOf("[^1]", "[^a]")));

    private static readonly Gen<string> AcceptedText = AcceptedInline.Array[1, 10].Select(parts => string.Join(' ', parts));

    private static readonly Gen<string> AcceptedHeadingText = Gen.Frequency<string>(
        (3, Gen.OneOf("Gleich", "Anmelden", "Sprechzeiten", "الخطوات الأولى", "Wohnen & Arbeit", "Gleich 1", "gleich", "Gleich {#id}", "Gleich ##", "\"onmouseover=\"x")),
        (1, AcceptedText));

    private static readonly Gen<string> AcceptedLeaf = Gen.Frequency<string>(
        (10, AcceptedText),
        (4, from text in AcceptedHeadingText
            from sub in Gen.Frequency<string?>((3, Gen.Const((string?)null)), (1, AcceptedHeadingText.Select(t => (string?)t)))
            select "## " + text + (sub is null ? "" : "\n\n### " + sub)),
        (2, from columns in Gen.Frequency<int>((8, Gen.Int[1, 5]), (1, Gen.Int[6, 30]))
            from header in AcceptedHeadingText.Array[columns]
            from alignment in Gen.OneOf("---", ":--", "--:", ":-:").Array[columns]
            from rows in Gen.Select(Gen.Int[-1, 1], AcceptedText.Array[1, 4]).Array[0, 3]
            select TableText(header, alignment, rows, pipes: 0, noDelimiter: false)),
        (1, from lines in Gen.OneOf("<script>alert(1)</script>", "[a](javascript:x)", "<img src=x onerror=alert(1)>", "{{ page.title }}").Array[1, 3]
            from fence in Gen.OneOf("```", "~~~", "```html")
            select fence + "\n" + string.Join('\n', lines) + "\n" + fence[..3]),
        (1, Gen.OneOf("---", "***")),
        (1, from label in Gen.OneOf("1", "a") from text in AcceptedText select $"[^{label}]: {text}"));

    private static readonly Dictionary<int, Gen<string>> AcceptedBlocks = [];

    private static Gen<string> AcceptedBlock(int depth)
    {
        lock (AcceptedBlocks)
        {
            if (AcceptedBlocks.TryGetValue(depth, out var cached))
            {
                return cached;
            }
        }

        Gen<string> gen = AcceptedLeaf;
        if (depth > 0)
        {
            var inner = AcceptedBlock(depth - 1).Array[1, 2].Select(blocks => string.Join("\n\n", blocks));
            gen = Gen.Frequency<string>(
                (10, AcceptedLeaf),
                (2, from marker in Gen.OneOf("- ", "* ", "1. ")
                    from items in inner.Array[1, 3]
                    select string.Join('\n', items.Select(item => Prefix(item, marker, new string(' ', marker.Length))))),
                (1, inner.Select(text => Prefix(text, "> ", "> "))),
                (2, from kind in Gen.OneOf("note", "warning", "tip")
                    from text in inner
                    select $":::{kind}\n{text}\n:::"));
        }

        lock (AcceptedBlocks)
        {
            AcceptedBlocks[depth] = gen;
        }

        return gen;
    }

    /// <summary>A body the golden site accepts in most cases: valid heading levels, page links that exist, allowed spans, hostile text where it must stay text.</summary>
    public static readonly Gen<string> AcceptedBody =
        from blocks in AcceptedBlock(2).Array[0, 6]
        select string.Join("\n\n", blocks) + "\n\n[^1]: Fußnote.\n\n[^a]: Noch eine.";

    // ---------- Pages ----------

    /// <summary>Where a page lives below its language folder; the type it usually has there.</summary>
    public static readonly Gen<(string ContentPath, ContentType Type)> Place = Gen.OneOf(
        ("seite.md", ContentType.TextPage), ("themen/seite.md", ContentType.TextPage), ("themen/_index.md", ContentType.Section), ("themen/wohnen/_index.md", ContentType.Guide),
        ("angebote/kurs.md", ContentType.Offer), ("kontakte/buero.md", ContentType.Contact), ("aktuelles/2021/meldung.md", ContentType.News),
        ("haltung/respekt.md", ContentType.Principle), ("_index.md", ContentType.Section));

    public static readonly Gen<string> Language = Gen.OneOf("de", "en", "ar", "de-ls");

    /// <summary>A whole file: <c>---</c>, front matter, <c>---</c>, body; sometimes with a BOM, CRLF, <c>...</c>, unclosed or missing front matter.</summary>
    public static Gen<string> PageText(ContentType type, bool hostile) =>
        from frontMatter in FrontMatter(type, hostile)
        from body in Body(hostile)
        from envelope in Gen.Frequency((30, 0), (1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (1, 7), (1, 8))
        select envelope switch
        {
            0 => $"---\n{frontMatter}---\n{body}\n",
            1 => $"\uFEFF---\n{frontMatter}---\n{body}\n",
            2 => $"---\r\n{frontMatter.Replace("\n", "\r\n", StringComparison.Ordinal)}---\r\n{body.Replace("\n", "\r\n", StringComparison.Ordinal)}",
            3 => $"---\n{frontMatter}...\n{body}",
            4 => $"---\n{frontMatter}{body}",
            5 => $"{frontMatter}---\n{body}",
            6 => $"--- \t\n{frontMatter}---  \n{body}",
            7 => $"---\n{frontMatter}---",
            _ => $"---\n---\n{body}",
        };

    /// <summary>Any page: a language, a path below it, and the file's text (the type mostly fits the path).</summary>
    public static readonly Gen<(string Language, string ContentPath, string Text)> AnyPage =
        from language in Language
        from place in Place
        from otherType in Gen.Frequency((4, false), (1, true))
        from type in otherType ? Gen.Enum<ContentType>() : Gen.Const(place.Type)
        from hostile in Gen.Frequency((2, false), (1, true))
        from text in PageText(type, hostile)
        select (language, place.ContentPath, text);

    // ---------- Pages for a build of the golden site ----------

    /// <summary>Title words for build checks: what must come out as text, never as markup.</summary>
    private static readonly Gen<string> HostileTitleWord = Gen.OneOf(
        "Erste", "Schritte", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)", "'", "&amp;", "&lt;b&gt;", "&", "<", ">",
        "{{ 6 * 7 }}", "{{ site | object.eval }}", "مرحبا", "\u200F", "\u202E", "\u200B", "</title>", "</h1><script>x</script>", "javascript:alert(1)", "<!--", "]]>", "\\", "`",
        "<span lang=\"de\">x</span>", "Landau (Pfalz)", "Ländliche Straße");

    /// <summary>A title with markup in it; trimmed as the loader trims it, never empty.</summary>
    public static readonly Gen<string> HostileTitle = HostileTitleWord.Array[1, 5]
        .Select(words => string.Join(' ', words))
        .Where(title => title.Trim().Length > 0);

    /// <summary>A page the golden site accepts in most cases (valid front matter with hostile text, a body mostly of accepted Markdown).</summary>
    public sealed record SitePage(string Path, string Text, string Title, string? Provider)
    {
        /// <summary>The page's output file in <c>BuildResult.Files</c>.</summary>
        public string OutputPath => Path["content/".Length..^".md".Length] + "/index.html";

        public override string ToString() => $"{Path}\n{FuzzPrint.Literal(Text)}";
    }

    private static readonly (string Path, bool Offer)[] SitePlaces =
    [
        ("content/de/themen/fuzz-a.md", false),
        ("content/de/themen/fuzz-b.md", false),
        ("content/de/angebote/fuzz-angebot.md", true),
        ("content/en/themen/fuzz-a.md", false),
        ("content/ar/themen/erste-schritte.md", false),
    ];

    private static Gen<SitePage> SitePageAt(string path, bool offer) =>
        from title in HostileTitle
        from provider in HostileTitle
        from weight in Gen.Int[0, 9]
        from description in Phrase(hostile: false, 6)
        from body in Gen.Frequency<string>((6, AcceptedBody), (1, Body(hostile: false, maxBlocks: 4)))
        select new SitePage(
            path,
            "---\n" + Entry("title", Plain(DoubleQuoted(title))) + Entry("description", Plain(DoubleQuoted(description))) + $"weight: {weight}\n"
                + (offer ? "type: offer\n" + Entry("provider", Plain(DoubleQuoted(provider))) + "sections: [wohnen]\nlanguages: [de, ar]\n" : "")
                + "---\n" + body + "\n",
            title.Trim(),
            offer ? provider.Trim() : null);

    /// <summary>One to three generated pages at distinct places of the golden site.</summary>
    public static readonly Gen<SitePage[]> SitePages =
        from places in Gen.Shuffle(SitePlaces, 1, 3)
        from pages in SitePlacesGen(places)
        select pages;

    private static Gen<SitePage[]> SitePlacesGen((string Path, bool Offer)[] places)
    {
        var all = Gen.Const(System.Collections.Immutable.ImmutableList<SitePage>.Empty);
        foreach (var (path, offer) in places)
        {
            all = from list in all from page in SitePageAt(path, offer) select list.Add(page);
        }

        return all.Select(list => list.ToArray());
    }
}

/// <summary>Prints generated text so a failure can be pasted into a <c>[Fact]</c>: a C# string literal with every invisible character escaped.</summary>
internal static class FuzzPrint
{
    public static string Literal(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c > '~' && (char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned)
                    => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
