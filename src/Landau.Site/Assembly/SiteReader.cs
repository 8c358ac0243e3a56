using Landau.Site.Configuration;
using Landau.Site.Incremental;
using Landau.Site.Loading;
using Landau.Site.Model;

namespace Landau.Site.Assembly;

/// <summary>
/// The site as one job of the incremental build sees it: each question is answered by the model and
/// noted in the job's <see cref="ReadLog"/>. Everything a job does with the site goes through its
/// reader, so what the job's result depends on is exactly what its log holds.
/// </summary>
/// <param name="model">The assembled site.</param>
/// <param name="log">The job's log.</param>
public sealed class SiteReader(SiteModel model, ReadLog log) : ISite
{
    /// <summary>The job's log, for the reads that are not of the site (layouts, UI texts).</summary>
    public ReadLog Log => log;

    // site.yml is not a read: a change there makes the memo forget everything (its reset fingerprint).
    public SiteConfig Config => model.Config;

    public IReadOnlyList<ParsedPage> Orphans => Noted(ReadKind.AllPages, "", null, model.Orphans);

    public IEnumerable<string> Keys => Noted(ReadKind.AllPages, "", null, model.Keys);

    public IReadOnlyList<Page> Pages => Noted(ReadKind.AllPages, "", null, model.Pages);

    public IReadOnlyList<Page> PagesIn(string language) => Noted(ReadKind.LanguagePages, "", language, model.PagesIn(language));

    public Page? Find(string key, string language) => Noted(ReadKind.Resolve, key, language, model.Find(key, language));

    public Page? Resolve(string key, string language) => Noted(ReadKind.Resolve, key, language, model.Resolve(key, language));

    public IReadOnlyList<Page> TranslationsOf(string key) => Noted(ReadKind.Translations, key, null, model.TranslationsOf(key));

    public IReadOnlyList<string> ChildrenOf(string key) => Noted(ReadKind.Children, key, null, model.ChildrenOf(key));

    public IReadOnlyList<string> AncestorsOf(string key) => model.AncestorsOf(key);

    public string? ContactKey(string id) => Noted(ReadKind.Contact, id, null, model.ContactKey(id));

    public IReadOnlyList<Page> OfType(ContentType type, string language) =>
        Noted(ReadKind.PagesOfType, type.ToString(), language, model.OfType(type, language));

    private T Noted<T>(ReadKind kind, string name, string? language, T answer)
    {
        log.Add(kind, name, language);
        return answer;
    }
}
