using System.Collections.Concurrent;
using Landau.Site.Assembly;
using Landau.Site.Incremental;
using Landau.Site.Localization;
using Landau.Site.Model;
using Landau.Site.Rendering;

namespace Landau.Site.Building;

/// <summary>
/// What one build's site, layouts and UI texts answer to each read a job of the memo can make, as a
/// short text that changes whenever the answer would: a later build compares it to decide whether
/// a remembered result still holds. Made per build, so it may keep what it worked out: the same read
/// is asked for many remembered results.
/// </summary>
internal sealed class SiteAnswers(SiteModel site, LayoutSet layouts, IReadOnlyDictionary<string, UiStrings> strings)
{
    private readonly ConcurrentDictionary<ModelRead, string?> _answers = new();
    private readonly ConcurrentDictionary<Page, string> _fingerprints = new(ReferenceEqualityComparer.Instance);

    /// <summary>What the build answers to <paramref name="read"/>.</summary>
    public string? Answer(ModelRead read) => _answers.GetOrAdd(read, AnswerNow);

    private string? AnswerNow(ModelRead read) => read.Kind switch
    {
        ReadKind.Resolve => site.Resolve(read.Name, read.Language!) is { } page ? FingerprintOf(page) : "-",
        ReadKind.Body => site.Resolve(read.Name, read.Language!)?.Source.FileHash ?? "-",
        ReadKind.Translations => string.Join(' ', site.TranslationsOf(read.Name).Select(FingerprintOf)),
        ReadKind.Children => string.Join(' ', site.ChildrenOf(read.Name)),
        ReadKind.Contact => site.ContactKey(read.Name) ?? "-",
        ReadKind.PagesOfType => string.Join(' ', site.OfType(Enum.Parse<ContentType>(read.Name), read.Language!).Select(FingerprintOf)),
        ReadKind.LanguagePages => string.Join(' ', site.PagesIn(read.Language!).Select(p => FingerprintOf(p) + p.Source.FileHash)),
        ReadKind.AllPages => Fingerprint.Of(
            string.Join(' ', site.Pages.Select(FingerprintOf)) + "|" + string.Join(' ', site.Keys.Select(k => $"{k}:{string.Join(',', site.ChildrenOf(k))}")) +
            "|" + string.Join(' ', site.Orphans.Select(o => o.SourcePath + o.FileHash))),
        ReadKind.Layout => layouts.Fingerprint(read.Name),
        ReadKind.UiTexts => strings.TryGetValue(read.Name, out var texts) ? texts.Fingerprint : "-",
        _ => throw new ArgumentOutOfRangeException(nameof(read), read.Kind, "a read without an answer"),
    };

    /// <summary>
    /// A page's fingerprint: changes whenever anything a layout could show of the page, short of its
    /// body, changes: its front matter, the source page's front matter it inherits fields from, its
    /// language, state and addresses. (Its body is a read of its own, <see cref="ReadKind.Body"/>.)
    /// </summary>
    private string FingerprintOf(Page page) => _fingerprints.GetOrAdd(page, p =>
    {
        var source = site.Resolve(p.Key, site.Config.DefaultLanguage.Code)?.Source.FrontMatterHash ?? "";
        var text = $"{p.Source.FrontMatterHash}|{p.Source.SourcePath}|{source}|{p.Language.Code}|{p.ContentLanguage.Code}|{p.State}|{p.Url}|{p.ContentUrl}|{p.OutputPath}";
        return Fingerprint.Of(text);
    });
}
