namespace Landau.Site.Views;

/// <summary>A language of the site, in its own name, with its home page. The language chooser's entries extend it.</summary>
/// <param name="IsCurrent">Whether it is the reader's language.</param>
public record LanguageView(string Code, string Lang, string Name, string Dir, string Url, bool IsCurrent);
