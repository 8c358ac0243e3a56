namespace Landau.Site.Views;

/// <summary>A page in one language, for the language switcher and hreflang.</summary>
/// <param name="Hreflang">The language's tag for hreflang; null for a variant (Leichte Sprache), which is no alternate of its own.</param>
/// <param name="Url">The page in that language: the translation, or the fallback page at that language's address.</param>
/// <param name="Available">Whether a real translation exists there.</param>
/// <param name="IsCurrent">Whether it is the reader's language.</param>
public sealed record TranslationView(
    string Code, string Lang, string? Hreflang, string Name, string Dir, string? Url, string? AbsoluteUrl, bool Available, bool IsCurrent);
