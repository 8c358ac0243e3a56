using System.Text;
using System.Xml;
using Landau.Site.Assembly;
using Landau.Site.Model;
using Landau.Site.Output;
using Landau.Site.Views;

namespace Landau.Site.Feeds;

/// <summary>
/// An Atom feed of the news (Aktuelles) per language at <c>/&lt;lang&gt;/feed.xml</c>, newest first,
/// with the elements RFC 4287 requires. Only languages that have news of their own get a feed.
/// </summary>
public static class AtomFeed
{
    public const string FileName = "feed.xml";

    public static IReadOnlyList<OutputFile> Build(ISite site)
    {
        var files = new List<OutputFile>();
        foreach (var language in site.Config.Languages)
        {
            var news = NewsOf(site, language.Code);
            if (news.Count == 0)
            {
                continue;
            }

            files.Add(new OutputFile(PathOf(language.Code), Encoding.UTF8.GetBytes(Feed(site, language.Code, news))));
        }

        return files;
    }

    /// <summary>A language's feed, below the output folder.</summary>
    public static string PathOf(string language) => $"{language}/{FileName}";

    /// <summary>The news pages of a language that really are in that language, newest first.</summary>
    public static IReadOnlyList<Page> NewsOf(ISite site, string language) =>
        site.OfType(ContentType.News, language)
            .Where(p => !p.IsFallback)
            .OrderByDescending(p => ((NewsDetails)p.FrontMatter.Details).Date)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

    private static string Feed(ISite site, string language, IReadOnlyList<Page> news)
    {
        var config = site.Config;
        var lang = config.FindLanguage(language)!.Lang;
        var self = config.AbsoluteUrl(SitePaths.UrlOfFile(config.BasePath, PathOf(language)));
        var home = config.AbsoluteUrl($"{config.BasePath}{language}/");
        static string Time(Page page) => DateText.Iso(((NewsDetails)page.FrontMatter.Details).Date!.Value) + "T00:00:00Z";

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(text), settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            writer.WriteStartElement("feed", atom);
            writer.WriteAttributeString("xml", "lang", null, lang);
            writer.WriteElementString("id", atom, self);
            writer.WriteElementString("title", atom, config.TitleFor(language));
            writer.WriteElementString("updated", atom, Time(news[0]));
            writer.WriteStartElement("author", atom);
            writer.WriteElementString("name", atom, "Stadt Landau in der Pfalz");
            writer.WriteEndElement();
            Link(writer, atom, "self", self, "application/atom+xml");
            Link(writer, atom, "alternate", home, "text/html");
            foreach (var page in news)
            {
                var url = config.AbsoluteUrl(page.Url);
                writer.WriteStartElement("entry", atom);
                writer.WriteElementString("id", atom, url);
                writer.WriteElementString("title", atom, page.Title);
                writer.WriteElementString("updated", atom, Time(page));
                writer.WriteElementString("published", atom, Time(page));
                Link(writer, atom, "alternate", url, "text/html");
                if (page.FrontMatter.Description is { } summary)
                {
                    writer.WriteElementString("summary", atom, summary);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        // XmlWriter over a StringWriter declares UTF-16; the file is UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static void Link(XmlWriter writer, string atom, string rel, string href, string type)
    {
        writer.WriteStartElement("link", atom);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }
}
