using System.Globalization;
using System.Text;
using Landau.Site.Markdown;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Landau.Site.Corpus;

/// <summary>
/// Writes the text of a planned page in a language. A page's shape (headings, lists, tables,
/// footnotes, callouts, which pages it links to) is drawn once per page, so every translation has
/// the same structure as the German page; the words are drawn per language. Links to pages that
/// are translated carry the target's title; links to pages a reader gets in German carry a phrase
/// of the reader's language, so no German title appears unmarked in other-language text.
/// </summary>
public sealed class PageComposer(SitePlan plan)
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static readonly string[] PersonNames = ["Erika Mustermann", "Max Mustermann", "Alex Beispiel", "Kim Muster", "Sam Beispielmann"];

    private static readonly string[] ExternalPaths = ["angebote", "beratung", "sprachkurse", "formulare", "termine", "downloads", "faq", "wegweiser"];

    private static readonly Dictionary<string, string> OnThisPage = new(StringComparer.Ordinal)
    {
        ["de"] = "Auf dieser Seite", ["de-ls"] = "Das steht auf dieser Seite", ["en"] = "On this page", ["ar"] = "في هذه الصفحة",
        ["uk"] = "На цій сторінці", ["tr"] = "Bu sayfada", ["fa"] = "در این صفحه",
    };

    private enum BlockKind
    {
        Paragraph,
        Heading,
        Bullets,
        Numbered,
        Table,
        Callout,
        Quote,
        Contents,
    }

    private sealed class Block(BlockKind kind, int count, int level = 0)
    {
        public BlockKind Kind { get; } = kind;

        /// <summary>Sentences, list items or table rows.</summary>
        public int Count { get; } = count;

        public int Level { get; } = level;

        public List<int> Links { get; } = [];

        public bool External { get; set; }

        public int Footnote { get; set; }

        public bool GermanName { get; set; }

        public bool Emphasis { get; set; }

        public string CalloutKind { get; set; } = "note";

        public bool CanLink => Kind is BlockKind.Paragraph or BlockKind.Bullets or BlockKind.Callout;
    }

    private sealed record Shape(IReadOnlyList<Block> Blocks, IReadOnlyList<string> Links, int Footnotes);

    /// <summary>The non-text facts of an offer, contact or page with contacts; the same in every language.</summary>
    public PageFacts FactsOf(PlannedPage page)
    {
        var random = CorpusRandom.For(plan.Seed, "facts", page.Key);
        var contactIds = plan.Contacts.Select(c => c.Slug).ToList();
        switch (page.Kind)
        {
            case PageKind.Offer:
            {
                var hasCost = random.Chance(0.5);
                var others = SitePlan.SpokenLanguages.Where(l => l != "de").ToList();
                return new PageFacts
                {
                    TargetGroups = random.PickDistinct(SitePlan.TargetGroups, random.Between(1, 3)),
                    SpokenLanguages = ["de", .. random.PickDistinct(others, random.Between(0, 3))],
                    Street = random.Chance(0.6) ? $"Musterweg {random.Between(1, 99)}" : null,
                    Phone = random.Chance(0.5) ? $"0000 111-{random.Between(100, 999)}" : null,
                    Email = random.Chance(0.4) ? $"{page.Slug}@example.org" : null,
                    Url = random.Chance(0.7) ? $"https://www.example.org/angebote/{page.Slug}" : null,
                    HasSchedule = random.Chance(0.7),
                    HasCost = hasCost,
                    FreeOfCharge = !hasCost ? (random.Chance(0.8) ? true : null) : (random.Chance(0.3) ? false : null),
                    Childcare = random.Chance(0.5) ? random.Chance(0.4) : null,
                    WheelchairAccessible = random.Chance(0.6) ? random.Chance(0.7) : null,
                    Contacts = random.Chance(0.7) ? [random.Pick(contactIds)] : [],
                    Reviewed = new DateOnly(2026, 1, 5).AddDays(random.Between(0, 300)),
                    ReviewBy = new DateOnly(2028, 6, 1).AddDays(random.Between(0, 1000)),
                };
            }

            case PageKind.Contact:
                return new PageFacts
                {
                    PersonName = random.Chance(0.7) ? random.Pick(PersonNames) : null,
                    Street = random.Chance(0.8) ? $"Musterweg {random.Between(1, 99)}" : null,
                    Phone = random.Chance(0.8) ? $"0000 111-{random.Between(100, 999)}" : null,
                    Fax = random.Chance(0.3) ? $"0000 111-{random.Between(100, 999)}" : null,
                    Email = random.Chance(0.7) ? $"{page.Slug}@example.org" : null,
                    Url = random.Chance(0.6) ? $"https://www.example.org/kontakte/{page.Slug}" : null,
                };
            case PageKind.Project:
                return new PageFacts { Contacts = random.Chance(0.6) ? [random.Pick(contactIds)] : [] };
            case PageKind.GuideArticle:
                return new PageFacts { Contacts = random.Chance(0.2) ? [random.Pick(contactIds)] : [] };
            default:
                return new PageFacts();
        }
    }

    /// <summary>The page's text in <paramref name="language"/>, with links written for <paramref name="dialect"/>.</summary>
    public ComposedPage Compose(PlannedPage page, string language, IMarkupDialect dialect)
    {
        var shape = ShapeOf(page);
        var text = LanguageText.For(language);
        var random = CorpusRandom.For(plan.Seed, "words", page.Key, language);
        var facts = FactsOf(page);

        var description = text.IsEasyLanguage ? text.Sentence(random) + " " + text.Sentence(random) : text.Sentence(random, 8, 16);
        var fields = new List<(string, string)>();
        switch (page.Kind)
        {
            case PageKind.Offer:
                fields.Add(("provider", text.Organisation(random)));
                if (facts.HasSchedule)
                {
                    fields.Add(("schedule", random.Pick(text.Schedules)));
                }

                if (facts.HasCost)
                {
                    fields.Add(("cost", random.Pick(text.Costs)));
                }

                break;
            case PageKind.Principle:
                fields.Add(("statement", text.Sentence(random, 8, 14)));
                break;
            case PageKind.Contact:
                fields.Add(("organisation", text.Organisation(random)));
                fields.Add(("role", text.Title(random)));
                fields.Add(("opening_hours", random.Pick(text.OpeningHours)));
                break;
        }

        var body = new BodyWriter(this, page, shape, text, random, dialect).Write();
        return new ComposedPage(plan.Title(page.Key, language), description, fields, body);
    }

    private Shape ShapeOf(PlannedPage page)
    {
        var random = CorpusRandom.For(plan.Seed, "shape", page.Key);
        var blocks = new List<Block>();
        Block P(int min, int max) => new(BlockKind.Paragraph, random.Between(min, max));

        switch (page.Kind)
        {
            case PageKind.Home:
                blocks.AddRange([P(3, 4), new Block(BlockKind.Quote, 2), new Block(BlockKind.Heading, 3, 2), new Block(BlockKind.Bullets, 6),
                    new Block(BlockKind.Heading, 3, 2), P(2, 3)]);
                break;
            case PageKind.GuideRoot or PageKind.PrinciplesIndex or PageKind.OfferDirectory or PageKind.ContactsIndex
                or PageKind.NewsIndex or PageKind.NewsYear or PageKind.ProjectsIndex:
                blocks.Add(P(2, 4));
                if (random.Chance(0.5))
                {
                    blocks.Add(P(2, 3));
                }

                blocks.Add(new Block(BlockKind.Callout, 2));
                break;
            case PageKind.GuideSection:
                blocks.AddRange([P(3, 5), P(3, 5), new Block(BlockKind.Heading, 3, 2), new Block(BlockKind.Bullets, random.Between(3, 6)), P(2, 4),
                    new Block(BlockKind.Callout, 2)]);
                break;
            case PageKind.GuideTopic:
                blocks.AddRange([P(2, 4), new Block(BlockKind.Bullets, random.Between(3, 5)), P(2, 3)]);
                break;
            default:
                AddSections(page, random, blocks, P);
                break;
        }

        // Footnotes and external links, as the real Wegweiser and "Zahlen und Fakten" pages have them.
        var paragraphs = blocks.Where(b => b.Kind == BlockKind.Paragraph).ToList();
        var footnotes = page.Kind switch
        {
            PageKind.RootPage => 2,
            PageKind.GuideArticle => random.Chance(0.5) ? random.Between(1, 2) : 0,
            PageKind.Project or PageKind.News => random.Chance(0.3) ? 1 : 0,
            _ => 0,
        };
        for (var f = 1; f <= footnotes; f++)
        {
            random.Pick(paragraphs.Where(p => p.Footnote == 0).ToList()).Footnote = f;
        }

        if (page.Kind is not (PageKind.Home or PageKind.GuideTopic))
        {
            random.Pick(paragraphs).External = true;
        }

        foreach (var paragraph in paragraphs)
        {
            paragraph.GermanName = random.Chance(0.25);
            paragraph.Emphasis = random.Chance(0.5);
        }

        var links = LinksOf(page, random);
        var linkable = blocks.Where(b => b.CanLink).ToList();
        var start = random.Between(0, linkable.Count - 1);
        for (var i = 0; i < links.Count; i++)
        {
            linkable[(start + i) % linkable.Count].Links.Add(i);
        }

        return new Shape(blocks, links, footnotes);
    }

    private static void AddSections(PlannedPage page, CorpusRandom random, List<Block> blocks, Func<int, int, Block> p)
    {
        var sections = page.Kind switch
        {
            PageKind.GuideArticle => random.Between(3, 6),
            PageKind.Project => random.Between(2, 4),
            PageKind.RootPage => random.Between(4, 6),
            PageKind.Offer => 3,
            PageKind.Contact => 2,
            PageKind.News => random.Between(0, 2),
            _ => random.Between(0, 1),
        };
        blocks.Add(p(3, 5));
        if (sections >= 3 && page.Kind is PageKind.GuideArticle or PageKind.RootPage or PageKind.Project && random.Chance(0.5))
        {
            blocks.Add(new Block(BlockKind.Contents, sections));
        }

        if (sections == 0)
        {
            for (var i = random.Between(2, 4); i > 0; i--)
            {
                blocks.Add(p(3, 5));
            }

            blocks.Add(new Block(BlockKind.Bullets, random.Between(3, 5)));
            return;
        }

        for (var s = 0; s < sections; s++)
        {
            blocks.Add(new Block(BlockKind.Heading, random.Between(2, 5), 2));
            blocks.Add(p(3, 6));
            var choice = page.Kind == PageKind.RootPage && s == 0 ? 2 : random.Between(0, 5);
            switch (choice)
            {
                case 0:
                    blocks.Add(new Block(BlockKind.Bullets, random.Between(3, 6)));
                    break;
                case 1:
                    blocks.Add(new Block(BlockKind.Heading, random.Between(2, 4), 3));
                    blocks.Add(new Block(BlockKind.Numbered, random.Between(3, 5)));
                    break;
                case 2:
                    blocks.Add(new Block(BlockKind.Table, random.Between(3, 6)));
                    break;
                case 3:
                    blocks.Add(p(2, 5));
                    blocks.Add(new Block(BlockKind.Quote, random.Between(1, 3)));
                    break;
                case 4:
                    blocks.Add(new Block(BlockKind.Heading, random.Between(2, 4), 3));
                    blocks.Add(p(3, 5));
                    blocks.Add(new Block(BlockKind.Bullets, random.Between(3, 5)));
                    break;
                default:
                    blocks.Add(new Block(BlockKind.Callout, random.Between(1, 3)) { CalloutKind = random.Chance(0.3) ? "warning" : "note" });
                    break;
            }

            blocks.Add(p(2, 5));
        }

        if (random.Chance(0.4))
        {
            blocks.Add(new Block(BlockKind.Callout, 2));
        }
    }

    /// <summary>The pages a page links to: its parent, siblings, a Wegweiser page, an offer, a contact.</summary>
    private List<string> LinksOf(PlannedPage page, CorpusRandom random)
    {
        if (page.Kind == PageKind.Home)
        {
            return ["wegweiser/_index.md", "haltung/_index.md", "angebote/_index.md", "zahlen-und-fakten.md", "integrationskonzept.md", $"kontakte/{SitePlan.FooterContact}.md"];
        }

        var links = new List<string>();
        void Add(string? key)
        {
            if (key is not null && key != page.Key && !links.Contains(key))
            {
                links.Add(key);
            }
        }

        Add(page.ParentKey);
        if (page.ParentKey is { } parent)
        {
            var siblings = plan.ChildrenOf(parent);
            for (var i = random.Between(1, 2); i > 0 && siblings.Count > 1; i--)
            {
                Add(random.Pick(siblings).Key);
            }
        }

        Add(random.Pick(plan.Articles).Key);
        if (plan.Offers.Count > 0 && random.Chance(0.7))
        {
            var section = page.GuideSections.FirstOrDefault();
            var near = plan.Offers.Where(o => section is not null && o.GuideSections.Contains(section)).ToList();
            Add(random.Pick(near.Count > 0 && random.Chance(0.5) ? near : plan.Offers).Key);
        }

        if (random.Chance(0.5))
        {
            Add(random.Pick(plan.Contacts).Key);
        }

        return links;
    }

    /// <summary>Writes one body; the words come from the language's random stream in block order.</summary>
    private sealed class BodyWriter(PageComposer composer, PlannedPage page, Shape shape, LanguageText text, CorpusRandom random, IMarkupDialect dialect)
    {
        private readonly StringBuilder _out = new();
        private readonly List<(string Text, string Id, int Level)> _headings = [];

        public string Write()
        {
            // Headings first: the contents list links to their ids, which the Markdown pipeline of the build computes.
            var headingBlocks = shape.Blocks.Where(b => b.Kind == BlockKind.Heading).ToList();
            var texts = headingBlocks.Select(b => text.Capitalize(text.Phrase(random, b.Count, b.Count).Replace("'", "", StringComparison.Ordinal))).ToList();
            var ids = HeadingIds(headingBlocks.Zip(texts, (b, t) => (b.Level, t)).ToList());
            for (var i = 0; i < texts.Count; i++)
            {
                _headings.Add((texts[i], ids[i], headingBlocks[i].Level));
            }

            var heading = 0;
            foreach (var block in shape.Blocks)
            {
                switch (block.Kind)
                {
                    case BlockKind.Heading:
                        _out.Append('#', block.Level).Append(' ').Append(_headings[heading++].Text).Append("\n\n");
                        break;
                    case BlockKind.Paragraph:
                        _out.Append(Paragraph(block)).Append("\n\n");
                        break;
                    case BlockKind.Bullets:
                        Bullets(block);
                        break;
                    case BlockKind.Numbered:
                        for (var i = 1; i <= block.Count; i++)
                        {
                            _out.Append(i).Append(". ").Append(text.Capitalize(text.Phrase(random, 4, 10))).Append(".\n");
                        }

                        _out.Append('\n');
                        break;
                    case BlockKind.Table:
                        Table(block);
                        break;
                    case BlockKind.Callout:
                        _out.Append(dialect.Callout(block.CalloutKind, text.Code, Paragraph(block))).Append("\n\n");
                        break;
                    case BlockKind.Quote:
                        _out.Append("> ").Append(string.Join(' ', Enumerable.Range(0, block.Count).Select(_ => text.Sentence(random))))
                            .Append("\n>\n> — ").Append(text.Capitalize(text.Phrase(random, 2, 4))).Append("\n\n");
                        break;
                    case BlockKind.Contents:
                        _out.Append("**").Append(OnThisPage.GetValueOrDefault(text.Code, "Contents")).Append(":**\n\n");
                        foreach (var (title, id, _) in _headings.Where(h => h.Level == 2))
                        {
                            _out.Append("- [").Append(title).Append("](#").Append(id).Append(")\n");
                        }

                        _out.Append('\n');
                        break;
                }
            }

            for (var f = 1; f <= shape.Footnotes; f++)
            {
                _out.Append("[^").Append(f).Append("]: ").Append(text.Sentence(random, 5, 12));
                if (f == 1)
                {
                    _out.Append(' ').Append(ExternalLink());
                }

                _out.Append('\n');
            }

            return _out.ToString().TrimEnd('\n') + "\n";
        }

        private string Paragraph(Block block)
        {
            var sentences = Enumerable.Range(0, block.Count).Select(_ => text.Sentence(random)).ToList();
            void Insert(string markdown)
            {
                if (text.IsEasyLanguage)
                {
                    // Leichte Sprache: a link gets a short sentence of its own, so no sentence passes 15 words.
                    sentences.Add(text.Capitalize(text.Phrase(random, 1, 2)) + " " + markdown + ".");
                    return;
                }

                var i = random.Between(0, sentences.Count - 1);
                sentences[i] = sentences[i][..^1] + " " + markdown + sentences[i][^1];
            }

            foreach (var link in block.Links)
            {
                Insert(PageLink(link));
            }

            if (block.External)
            {
                Insert(ExternalLink());
            }

            if (block.GermanName)
            {
                Insert(GermanName());
            }

            if (block.Emphasis)
            {
                Insert("**" + text.Phrase(random, 1, 3) + "**");
            }

            if (block.Footnote > 0)
            {
                var i = random.Between(0, sentences.Count - 1);
                sentences[i] += $"[^{block.Footnote}]";
            }

            // Leichte Sprache: one sentence to a line.
            return string.Join(text.IsEasyLanguage ? "\\\n" : " ", sentences);
        }

        private void Bullets(Block block)
        {
            var items = Enumerable.Range(0, block.Count).Select(_ => text.Capitalize(text.Phrase(random, 3, 9))).ToList();
            foreach (var link in block.Links)
            {
                var i = random.Between(0, items.Count - 1);
                items[i] += " – " + PageLink(link);
            }

            foreach (var item in items)
            {
                _out.Append("- ").Append(item).Append('\n');
            }

            _out.Append('\n');
        }

        private void Table(Block block)
        {
            _out.Append("| ").Append(string.Join(" | ", Enumerable.Range(0, 3).Select(_ => text.Capitalize(text.Phrase(random, 1, 2))))).Append(" |\n");
            _out.Append(random.Chance(0.5) ? "| --- | --- | --- |\n" : "| :--- | :---: | ---: |\n");
            for (var r = 0; r < block.Count; r++)
            {
                var from = random.Between(8, 11);
                _out.Append("| ").Append(text.Capitalize(text.Phrase(random, 1, 3)))
                    .Append(" | ").Append(from.ToString(CultureInfo.InvariantCulture)).Append(":00–").Append(random.Between(from + 1, 18).ToString(CultureInfo.InvariantCulture)).Append(":00")
                    .Append(" | ").Append(text.Phrase(random, 2, 4)).Append(" |\n");
            }

            _out.Append('\n');
        }

        private string PageLink(int index)
        {
            var target = shape.Links[index];
            var linkText = composer.LinkText(target, text, random);
            return $"[{linkText}]({dialect.PageLink(page.Key, target)})";
        }

        private string ExternalLink() =>
            $"[{text.Capitalize(text.Phrase(random, 2, 4))}](https://www.example.org/{random.Pick(ExternalPaths)}/{random.Between(1, 999).ToString(CultureInfo.InvariantCulture)})";

        /// <summary>A German name in the text: plain in German, marked with its language elsewhere, and in Arabic and Persian often in brackets as well.</summary>
        private string GermanName()
        {
            var name = random.Pick(LanguageText.GermanNames);
            if (text.Code is "de" or "de-ls")
            {
                return name;
            }

            var marked = $"<span lang=\"de\">{name}</span>";
            return text.IsRightToLeft && random.Chance(0.5) ? $"({name})" : marked;
        }

        private static List<string> HeadingIds(IReadOnlyList<(int Level, string Text)> headings)
        {
            var markdown = string.Join("\n\n", headings.Select(h => new string('#', h.Level) + " " + h.Text));
            var document = Markdig.Markdown.Parse(markdown, Pipeline);
            return document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id ?? "").ToList();
        }
    }

    /// <summary>
    /// The text of a link in <paramref name="text"/>'s language: the target's title where the
    /// target is translated into that language, otherwise a phrase of the language (never the
    /// German title, which the build would report as unmarked other-language text).
    /// </summary>
    private string LinkText(string target, LanguageText text, CorpusRandom random) =>
        plan.IsTranslated(target, text.Code)
            ? plan.Title(target, text.Code)
            : text.Capitalize(text.Phrase(random, 2, 4));
}
