using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Loading;
using Landau.Site.Markdown;
using Landau.Site.Model;

namespace Landau.Site.Assembly;

/// <summary>
/// The Assemble stage: puts the parsed pages together into one <see cref="SiteModel"/>. Links
/// translations by key, inherits untranslated fields from the source page, builds the section tree
/// and checks what only the whole site can tell (page links, references, sections without a page).
/// </summary>
public static class SiteAssembler
{
    /// <param name="today">The date offers' <c>review_by</c> is compared with (today, unless a test says otherwise).</param>
    public static SiteModel Assemble(SiteConfig config, LoadedContent content, DiagnosticBag diagnostics, DateOnly? today = null)
    {
        var parsed = content.Pages;
        var source = config.DefaultLanguage.Code;
        var sourcePages = new Dictionary<string, ParsedPage>(StringComparer.Ordinal);
        foreach (var page in parsed.Where(p => p.Language == source))
        {
            if (!sourcePages.TryAdd(page.TranslationKey, page))
            {
                Duplicate(page, sourcePages[page.TranslationKey], diagnostics);
            }
        }

        var byKey = new Dictionary<string, Dictionary<string, Page>>(StringComparer.Ordinal);
        var orphans = new List<ParsedPage>();
        foreach (var language in config.Languages)
        {
            foreach (var item in parsed.Where(p => p.Language == language.Code))
            {
                if (!sourcePages.TryGetValue(item.TranslationKey, out var sourcePage))
                {
                    if (content.FailedSourceKeys.Contains(item.TranslationKey))
                    {
                        continue; // the German page has an error of its own, reported already
                    }

                    orphans.Add(item);
                    diagnostics.Warning(DiagnosticCodes.TranslationWithoutSource, new SourceLocation(item.SourcePath, 1, 1),
                        $"This translation has no German page content/{source}/{item.TranslationKey}; it is not published. Was the German page moved or renamed?");
                    continue;
                }

                var translations = byKey.TryGetValue(item.TranslationKey, out var existing)
                    ? existing
                    : byKey[item.TranslationKey] = new Dictionary<string, Page>(StringComparer.Ordinal);
                if (translations.TryGetValue(language.Code, out var other))
                {
                    if (item.Language != source)
                    {
                        Duplicate(item, other.Source, diagnostics);
                    }

                    continue;
                }

                var frontMatter = item.FrontMatter;
                if (item.Language != source)
                {
                    frontMatter = InheritFromSource(item, sourcePage, diagnostics);
                }

                translations[language.Code] = new Page
                {
                    Source = item,
                    Language = language,
                    ContentLanguage = language,
                    FrontMatter = frontMatter,
                    State = item.Language == source ? TranslationState.Source : TranslationState.UpToDate,
                    Url = SitePaths.Url(config.BasePath, language.Code, item.ContentPath),
                    ContentUrl = SitePaths.Url(config.BasePath, language.Code, item.ContentPath),
                    OutputPath = SitePaths.OutputPath(language.Code, item.ContentPath),
                };
            }
        }

        ComputeStates(config, byKey);
        var resolved = AddFallbacks(config, byKey);

        var children = BuildTree(sourcePages, diagnostics);
        var contactKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var contact in sourcePages.Values.Where(p => p.FrontMatter.Type == ContentType.Contact).OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(contact.TranslationKey);
            if (!contactKeys.TryAdd(id, contact.TranslationKey))
            {
                diagnostics.Error(DiagnosticCodes.OutputCollision, new SourceLocation(contact.SourcePath, 1, 1),
                    $"This contact page and content/{source}/{contactKeys[id]} have the same id '{id}' (the file name), so 'contact: {id}' cannot tell them apart. Rename one of the files.");
            }
        }

        var order = config.Languages.Select((l, i) => (l.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var pages = resolved.Values.SelectMany(t => t.Values)
            .OrderBy(p => order[p.Language.Code])
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

        ReportSharedAddresses(pages, diagnostics);
        var site = new SiteModel(config, pages, resolved, children, contactKeys) { Orphans = orphans };
        CheckReferences(site, content.FailedSourceKeys, diagnostics);
        CheckReviewDates(site, today ?? DateOnly.FromDateTime(DateTime.Now), diagnostics);
        return site;
    }

    /// <summary>
    /// A translation is up to date when its <c>source_hash</c> is the hash of its source page's current
    /// text. The source is the default language's page, or a pivot language's page (an English page
    /// for a language translated from English): then an outdated pivot page makes it outdated too.
    /// </summary>
    private static void ComputeStates(SiteConfig config, Dictionary<string, Dictionary<string, Page>> byKey)
    {
        // Pivot languages first, so that their state is known when the languages translated from them are judged.
        var ordered = config.Languages.OrderBy(l => l.TranslatedFrom is null ? 0 : 1).ToList();
        foreach (var translations in byKey.Values)
        {
            foreach (var language in ordered)
            {
                if (!translations.TryGetValue(language.Code, out var page) || page.State == TranslationState.Source)
                {
                    continue;
                }

                var sourceLanguage = config.SourceOf(language);
                var outdated = !translations.TryGetValue(sourceLanguage.Code, out var source)
                    || page.FrontMatter.SourceHash != source.Source.ContentHash
                    || source.State == TranslationState.Outdated;
                translations[language.Code] = page with { State = outdated ? TranslationState.Outdated : TranslationState.UpToDate };
            }
        }
    }

    /// <summary>
    /// Every page of the source language exists in every language's tree: where a translation is
    /// missing, a fallback page shows the text of the language's fallback (German, or for Leichte
    /// Sprache standard German) at the translation's address.
    /// </summary>
    private static Dictionary<string, IReadOnlyDictionary<string, Page>> AddFallbacks(SiteConfig config, Dictionary<string, Dictionary<string, Page>> byKey)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, Page>>(StringComparer.Ordinal);
        foreach (var (key, translations) in byKey)
        {
            var all = new Dictionary<string, Page>(translations, StringComparer.Ordinal);
            foreach (var language in config.Languages.Where(l => !translations.ContainsKey(l.Code)))
            {
                var content = FallbackContent(config, language, translations);
                if (content is null)
                {
                    continue;
                }

                all[language.Code] = content with
                {
                    Language = language,
                    State = TranslationState.Missing,
                    Url = SitePaths.Url(config.BasePath, language.Code, content.Source.ContentPath),
                    OutputPath = SitePaths.OutputPath(language.Code, content.Source.ContentPath),
                };
            }

            result[key] = all;
        }

        return result;
    }

    private static Page? FallbackContent(SiteConfig config, LanguageConfig language, Dictionary<string, Page> translations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { language.Code };
        for (var next = config.FallbackOf(language); seen.Add(next.Code); next = config.FallbackOf(next))
        {
            if (translations.TryGetValue(next.Code, out var page))
            {
                return page;
            }
        }

        return translations.GetValueOrDefault(config.DefaultLanguage.Code);
    }

    /// <summary>
    /// Two files that would be published at one address (<c>themen.md</c> beside <c>themen/_index.md</c>,
    /// or a translation whose translation_key moves it onto another page's address): an error naming
    /// both, once per pair of files, however many languages' trees repeat it.
    /// </summary>
    private static void ReportSharedAddresses(List<Page> pages, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, Page>(StringComparer.Ordinal);
        var reported = new HashSet<(string, string)>();
        foreach (var page in pages)
        {
            if (!first.TryAdd(page.OutputPath, page))
            {
                // Pages come language by language, the source language first: its pair is reported, the
                // same pair of keys in the other languages' trees is not.
                var other = first[page.OutputPath];
                var (a, b) = string.CompareOrdinal(page.Source.SourcePath, other.Source.SourcePath) < 0
                    ? (page.Source.SourcePath, other.Source.SourcePath)
                    : (other.Source.SourcePath, page.Source.SourcePath);
                var keys = string.CompareOrdinal(page.Key, other.Key) < 0 ? (page.Key, other.Key) : (other.Key, page.Key);
                if (a != b && reported.Add(keys))
                {
                    diagnostics.Error(DiagnosticCodes.OutputCollision, new SourceLocation(b, 1, 1),
                        $"This page and {a} would both be published at {page.Url}. Rename one of them, or move the page into the section's folder as a page of its own.");
                }
            }
        }
    }

    private static void Duplicate(ParsedPage page, ParsedPage first, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.DuplicateTranslationKey, new SourceLocation(page.SourcePath, 1, 1),
            $"Two pages in '{page.Language}' have the translation key '{page.TranslationKey}': this one and {first.SourcePath}. Remove one or change its translation_key.");

    /// <summary>A translation has the source page's type and takes the non-text fields it leaves out from it.</summary>
    private static FrontMatter InheritFromSource(ParsedPage translation, ParsedPage source, DiagnosticBag diagnostics)
    {
        var own = translation.FrontMatter;
        var sourceType = source.FrontMatter.Type;
        if (own.Type != sourceType)
        {
            var location = own.FieldLocations.GetValueOrDefault("type") ?? new SourceLocation(translation.SourcePath, 1, 1);
            diagnostics.Error(DiagnosticCodes.TypeDiffersFromSource, location,
                $"The German page is of type '{ContentSchema.NameOf(sourceType)}', this translation of type '{ContentSchema.NameOf(own.Type)}'. Write 'type: {ContentSchema.NameOf(sourceType)}' in the front matter.");
            return own;
        }

        return own with
        {
            Details = own.Details.WithFallback(source.FrontMatter.Details),
            Weight = own.FieldLocations.ContainsKey("weight") ? own.Weight : source.FrontMatter.Weight,
            Layout = own.Layout ?? source.FrontMatter.Layout,
            Contacts = own.Contacts ?? source.FrontMatter.Contacts,
        };
    }

    private static Dictionary<string, IReadOnlyList<string>> BuildTree(Dictionary<string, ParsedPage> sourcePages, DiagnosticBag diagnostics)
    {
        var children = new Dictionary<string, List<ParsedPage>>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in sourcePages.Values.OrderBy(p => p.TranslationKey, StringComparer.Ordinal))
        {
            var parent = SitePaths.ParentKey(page.TranslationKey);
            if (parent is null)
            {
                continue;
            }

            if (!sourcePages.ContainsKey(parent))
            {
                if (reported.Add(parent))
                {
                    diagnostics.Error(DiagnosticCodes.FolderWithoutPage, new SourceLocation(page.SourcePath, 1, 1),
                        $"The folder of this page has no page of its own: create content/{page.Language}/{parent} with a title, so breadcrumbs and navigation can lead to it.");
                }

                continue;
            }

            (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(page);
        }

        return children.ToDictionary(
            e => e.Key,
            e => (IReadOnlyList<string>)e.Value
                .OrderBy(p => p.FrontMatter.Weight)
                // News: newest first.
                .ThenByDescending(p => (p.FrontMatter.Details as NewsDetails)?.Date ?? DateOnly.MinValue)
                .ThenBy(p => p.FrontMatter.Title, StringComparer.Ordinal)
                .ThenBy(p => p.TranslationKey, StringComparer.Ordinal)
                .Select(p => p.TranslationKey)
                .ToList(),
            StringComparer.Ordinal);
    }

    private static void CheckReferences(SiteModel site, IReadOnlySet<string> failedKeys, DiagnosticBag diagnostics)
    {
        CheckSiteReferences(site, failedKeys, diagnostics);
        foreach (var page in site.Pages.Where(p => !p.IsFallback))
        {
            foreach (var link in page.Source.PageLinks)
            {
                if (link.IsAddress)
                {
                    diagnostics.Error(DiagnosticCodes.AddressLink, link.Location, AddressLinkMessage(site, page.Key, link));
                }
                else if (!site.HasKey(link.TargetKey) && !failedKeys.Contains(link.TargetKey))
                {
                    diagnostics.Error(DiagnosticCodes.BrokenPageLink, link.Location,
                        $"The link '{link.Written}' leads to content/{site.Config.DefaultLanguage.Code}/{link.TargetKey}, which does not exist." +
                        (Suggestion.Closest(link.TargetKey, site.Keys) is { } meant ? $" Did you mean {RelativeLink(page.Key, meant)}?" : ""));
                }
            }

            var locations = page.FrontMatter.FieldLocations;
            SourceLocation At(string field) => locations.GetValueOrDefault(field) ?? new SourceLocation(page.Source.SourcePath, 1, 1);
            foreach (var id in locations.ContainsKey("contacts") ? page.FrontMatter.Contacts ?? [] : [])
            {
                if (site.ContactKey(id) is null)
                {
                    diagnostics.Error(DiagnosticCodes.UnknownReference, At("contacts"), UnknownContact(site, id));
                }
            }

            switch (page.FrontMatter.Details)
            {
                case OfferDetails offer:
                    if (offer.Contact is { } contact && locations.ContainsKey("contact") && site.ContactKey(contact) is null)
                    {
                        diagnostics.Error(DiagnosticCodes.UnknownReference, At("contact"), UnknownContact(site, contact));
                    }

                    foreach (var section in locations.ContainsKey("sections") ? offer.Sections ?? [] : [])
                    {
                        // A guide_root in site.yml naming no folder is reported there: no second error per offer.
                        var guideRootReported = site.Config.ValueLocations.ContainsKey("guide_root") && !site.HasKey($"{site.Config.GuideRoot}/_index.md");
                        if (!site.HasKey(site.Config.GuideSectionKey(section)) && !guideRootReported)
                        {
                            var sections = GuideSections(site);
                            diagnostics.Error(DiagnosticCodes.UnknownReference, At("sections"),
                                $"There is no Wegweiser section '{section}' (a folder content/{site.Config.DefaultLanguage.Code}/{site.Config.GuideRoot}/{section}/ with an _index.md)." +
                                (Suggestion.Closest(section, sections) is { } meant ? $" Did you mean '{meant}'?" : $" Sections: {string.Join(", ", sections)}."));
                        }
                    }

                    foreach (var code in locations.ContainsKey("languages") ? offer.Languages ?? [] : [])
                    {
                        if (!LanguageTag.IsValid(code))
                        {
                            diagnostics.Error(DiagnosticCodes.InvalidFieldValue, At("languages"),
                                $"'{code}' is not a language code; write codes such as de, en, ar, uk.");
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// A link written as a page's web address (<c>/de/wegweiser/sprache/</c>): refused, because it is
    /// right in one language and at one base address only, with the file it means as the link to write.
    /// </summary>
    private static string AddressLinkMessage(SiteModel site, string fromKey, PageLink link)
    {
        var path = link.TargetKey;
        var language = path.Split('/')[0];
        if (site.Config.FindLanguage(language) is not null)
        {
            path = path.Length > language.Length ? path[(language.Length + 1)..] : "";
        }

        string[] candidates = path.Length == 0 ? [SitePaths.HomeKey] : [path.TrimEnd('/') + ".md", path.TrimEnd('/') + "/_index.md"];
        var fragment = link.Fragment is null ? "" : "#" + link.Fragment;
        return candidates.FirstOrDefault(site.HasKey) is { } key
            ? $"The link '{link.Written}' is a web address of the site. Link to the page's file instead: {RelativeLink(fromKey, key)}{fragment} (then it leads to the page in every language, and the build checks it)."
            : $"The link '{link.Written}' looks like a web address of the site, but no page has it. Link to the page's file (.md), e.g. [Sprache](/wegweiser/sprache/_index.md).";
    }

    /// <summary>The message for a contact id no contact page has, with the id meant where one is close.</summary>
    private static string UnknownContact(SiteModel site, string id) =>
        $"There is no contact page with the id '{id}'." + (Suggestion.Closest(id, site.ContactIds) is { } meant
            ? $" Did you mean '{meant}'?"
            : " Contact ids are the file names of pages of type contact, without .md.");

    /// <summary>The ids of the Wegweiser's sections: the folders below the guide root.</summary>
    private static IReadOnlyList<string> GuideSections(SiteModel site) =>
        [.. site.ChildrenOf($"{site.Config.GuideRoot}/_index.md")
            .Where(k => k.EndsWith("/_index.md", StringComparison.Ordinal))
            .Select(k => k[(site.Config.GuideRoot.Length + 1)..^"/_index.md".Length])];

    /// <summary>How a page at <paramref name="fromKey"/> links to the page <paramref name="toKey"/>: the file's path relative to its own folder.</summary>
    private static string RelativeLink(string fromKey, string toKey)
    {
        var from = fromKey.Contains('/', StringComparison.Ordinal) ? fromKey[..fromKey.LastIndexOf('/')] : "";
        return Path.GetRelativePath("/" + from, "/" + toKey).Replace('\\', '/');
    }

    /// <summary>
    /// What site.yml refers to exists: the footer's contact page, the Wegweiser folder, the codes
    /// that are not to fail --strict. A misspelt id used to remove the footer contact from every page
    /// without a word.
    /// </summary>
    private static void CheckSiteReferences(SiteModel site, IReadOnlySet<string> failedKeys, DiagnosticBag diagnostics)
    {
        var config = site.Config;
        SourceLocation At(string key) => config.ValueLocations.GetValueOrDefault(key) ?? new SourceLocation(SiteConfigLoader.FileName);
        // A contact page with errors of its own is reported already: no second message for it.
        if (config.FooterContact is { } contact && site.ContactKey(contact) is null && !failedKeys.Any(k => Path.GetFileNameWithoutExtension(k) == contact))
        {
            diagnostics.Error(DiagnosticCodes.UnknownReference, At("footer_contact"),
                $"footer_contact '{contact}' is not a contact page. Contact ids are the file names of pages of type contact, without .md; there are: {string.Join(", ", site.ContactIds)}.");
        }

        var guideKey = $"{config.GuideRoot}/_index.md";
        if (config.ValueLocations.ContainsKey("guide_root") && !site.HasKey(guideKey) && !failedKeys.Contains(guideKey))
        {
            diagnostics.Error(DiagnosticCodes.UnknownReference, At("guide_root"),
                $"guide_root '{config.GuideRoot}' is not a section: there is no content/{config.DefaultLanguage.Code}/{guideKey}.");
        }

        var codes = typeof(DiagnosticCodes).GetFields().Select(f => f.GetRawConstantValue() as string).ToHashSet(StringComparer.Ordinal);
        foreach (var code in config.WarningsNotAsErrors.Where(c => !codes.Contains(c)).Order(StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.UnknownReference, At("warnings_not_as_errors"),
                $"warnings_not_as_errors names '{code}', which is not a code of this tool (codes look like LS3019).");
        }
    }

    /// <summary>An offer whose <c>review_by</c> date has passed needs re-checking: facts about offers go stale.</summary>
    private static void CheckReviewDates(SiteModel site, DateOnly today, DiagnosticBag diagnostics)
    {
        foreach (var page in site.Pages.Where(p => p.State == TranslationState.Source))
        {
            if (page.FrontMatter.Details is OfferDetails { ReviewBy: { } due } && due < today)
            {
                var location = page.FrontMatter.FieldLocations.GetValueOrDefault("review_by") ?? new SourceLocation(page.Source.SourcePath, 1, 1);
                diagnostics.Warning(DiagnosticCodes.ReviewDue, location,
                    $"This offer was to be checked again by {due:yyyy-MM-dd}. Check its facts with the provider, then set 'reviewed' to today and 'review_by' to the next date.");
            }
        }
    }
}
