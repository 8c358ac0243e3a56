using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Landau.Site.Markdown;
using Landau.Site.Assembly;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Landau.Site.Search;

/// <summary>One searchable page: where it is, what it is called, which section it belongs to, a short excerpt.</summary>
public sealed record SearchDocument(string Url, string Title, string Section, string Excerpt, string Lang);

/// <summary>
/// The search index of one language, built with the site and searched in the browser: no server,
/// no third-party code. A word list maps each normalized word to the pages containing it; a query
/// word matches every indexed word that contains it (so "sprachkurs" finds "sprachkurse", and parts
/// of German compounds are found). <see cref="Query"/> is the same algorithm as <c>search.js</c>.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>Query words shorter than this only match whole words or word starts (not inside words).</summary>
    public const int MinInfixLength = 4;

    private SearchIndex(IReadOnlyList<SearchDocument> documents, IReadOnlyDictionary<string, int[]> words, IReadOnlyDictionary<string, int[]> titleWords)
    {
        Documents = documents;
        Words = words;
        TitleWords = titleWords;
    }

    public IReadOnlyList<SearchDocument> Documents { get; }

    public IReadOnlyDictionary<string, int[]> Words { get; }

    public IReadOnlyDictionary<string, int[]> TitleWords { get; }

    /// <summary>The index of every page in a language's tree (translations and fallback pages).</summary>
    /// <param name="site">The site.</param>
    /// <param name="language">The language tree.</param>
    /// <param name="cache">The words of pages found in an earlier build of the session, if any.</param>
    public static SearchIndex Build(ISite site, string language, SearchTextCache? cache = null)
    {
        var pages = site.PagesIn(language).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var documents = new List<SearchDocument>();
        var words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var titleWords = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var id = documents.Count;
            var text = (cache ?? new SearchTextCache()).Of(page, PlainText.Of);
            var section = site.AncestorsOf(page.Key).Skip(1).Select(k => site.Resolve(k, language)?.Title).FirstOrDefault() ?? "";
            var excerpt = page.FrontMatter.Description ?? (text.Body.Length > 160 ? text.Body[..160].TrimEnd() + " …" : text.Body);
            documents.Add(new SearchDocument(page.Url, page.Title, section, excerpt, page.ContentLanguage.Lang));
            foreach (var word in text.Words)
            {
                Add(words, word, id);
            }

            foreach (var word in text.TitleWords)
            {
                Add(titleWords, word, id);
            }
        }

        return new SearchIndex(
            documents,
            Sorted(words),
            Sorted(titleWords));
    }

    /// <summary>
    /// The pages matching every word of <paramref name="query"/>, best first: pages whose title has
    /// the words before the others, then by how many distinct indexed words matched, then in site order.
    /// </summary>
    public IReadOnlyList<SearchDocument> Query(string query)
    {
        var terms = SearchText.Words(query).Distinct().ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        Dictionary<int, (int Title, int Hits)>? scores = null;
        foreach (var term in terms)
        {
            var found = new Dictionary<int, (int Title, int Hits)>();
            foreach (var (word, ids) in Words)
            {
                if (!Matches(word, term))
                {
                    continue;
                }

                var inTitle = TitleWords.TryGetValue(word, out var titleIds) ? titleIds : [];
                foreach (var id in ids)
                {
                    var current = found.GetValueOrDefault(id);
                    found[id] = (current.Title + (inTitle.Contains(id) ? 1 : 0), current.Hits + 1);
                }
            }

            scores = scores is null
                ? found
                : scores.Where(s => found.ContainsKey(s.Key)).ToDictionary(s => s.Key, s => (s.Value.Title + found[s.Key].Title, s.Value.Hits + found[s.Key].Hits));
        }

        return scores!
            .OrderByDescending(s => s.Value.Title > 0)
            .ThenByDescending(s => s.Value.Hits)
            .ThenBy(s => s.Key)
            .Select(s => Documents[s.Key])
            .ToList();
    }

    private static bool Matches(string word, string term) =>
        term.Length >= MinInfixLength ? word.Contains(term, StringComparison.Ordinal) : word.StartsWith(term, StringComparison.Ordinal);

    /// <summary>Reads a published index, to query it exactly as the browser receives it.</summary>
    public static SearchIndex FromJson(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var documents = root["d"]!.AsArray().Select(d => d!.AsArray()).Select(d => new SearchDocument(
            (string)d[0]!, (string)d[1]!, (string)d[2]!, (string)d[3]!, (string)d[4]!)).ToList();
        static Dictionary<string, int[]> Map(JsonObject map) =>
            map.ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(i => (int)i!).ToArray(), StringComparer.Ordinal);
        return new SearchIndex(documents, Map(root["w"]!.AsObject()), Map(root["t"]!.AsObject()));
    }

    /// <summary>The index as the compact JSON the browser loads.</summary>
    public string ToJson()
    {
        var documents = new JsonArray(Documents.Select(d => (JsonNode?)new JsonArray(d.Url, d.Title, d.Section, d.Excerpt, d.Lang)).ToArray());
        var words = new JsonObject();
        foreach (var (word, ids) in Words)
        {
            words[word] = new JsonArray(ids.Select(i => (JsonNode?)i).ToArray());
        }

        var titles = new JsonObject();
        foreach (var (word, ids) in TitleWords)
        {
            titles[word] = new JsonArray(ids.Select(i => (JsonNode?)i).ToArray());
        }

        return new JsonObject { ["d"] = documents, ["w"] = words, ["t"] = titles }
            .ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    // Pages are added in id order, so each word's list stays sorted: a page is added once per word.
    private static void Add(Dictionary<string, List<int>> index, string word, int id)
    {
        if (!index.TryGetValue(word, out var ids))
        {
            index[word] = ids = [];
        }

        if (ids.Count == 0 || ids[^1] != id)
        {
            ids.Add(id);
        }
    }

    /// <summary>The word lists in ordinal order of the words (the JSON is written in this order).</summary>
    private static Dictionary<string, int[]> Sorted(Dictionary<string, List<int>> index)
    {
        var result = new Dictionary<string, int[]>(index.Count, StringComparer.Ordinal);
        foreach (var word in index.Keys.Order(StringComparer.Ordinal))
        {
            result[word] = [.. index[word]];
        }

        return result;
    }
}
