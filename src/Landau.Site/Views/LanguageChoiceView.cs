using Scriban.Runtime;

namespace Landau.Site.Views;

/// <summary>An entry of the language chooser: the language, and the site's title and the prompt in that language.</summary>
/// <param name="Language">The language, whose fields the entry has as its own (layouts do not see it apart).</param>
/// <param name="Prompt">"Choose this language", in the language itself.</param>
public sealed record LanguageChoiceView([property: ScriptMemberIgnore] LanguageView Language, string SiteTitle, string Prompt) : LanguageView(Language);
