using Scriban.Runtime;

namespace Landau.Site.Views;

/// <summary>The site as one reader language sees it (<c>site</c> in layouts): its title, languages, footer contact and feed.</summary>
/// <param name="Code">The reader's language code (the folder of its pages).</param>
/// <param name="Lang">The reader's language tag.</param>
/// <param name="LanguageName">The reader's language in its own name.</param>
/// <param name="DefaultLanguage">The code of the site's default language.</param>
/// <param name="RootUrl">The site's base path, where the language chooser is.</param>
/// <param name="FeedUrl">The language's news feed; null when the language has no news of its own.</param>
/// <param name="Params">The site's free <c>params</c> from <c>site.yml</c>: a map, since a site adds what it likes.</param>
public sealed record SiteView(
    string Title, string BaseUrl, string Lang, string Code, string Dir, string LanguageName, string DefaultLanguage, string HomeUrl, string RootUrl,
    IReadOnlyList<LanguageView> Languages, ContactView? FooterContact, string? FeedUrl, ScriptObject Params);
