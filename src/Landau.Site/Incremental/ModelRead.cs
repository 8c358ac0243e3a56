namespace Landau.Site.Incremental;

/// <summary>What a job of the memo asked of the site: one question to the assembled site (<c>Assembly.ISite</c>), a layout or the UI texts of a language.</summary>
public enum ReadKind
{
    /// <summary><c>ISite.Resolve(key, language)</c> (and <c>Find</c>, which is built on it): the page without its body.</summary>
    Resolve,

    /// <summary>A page's Markdown body (only the page itself and the printable guide show bodies).</summary>
    Body,

    /// <summary><c>ISite.TranslationsOf(key)</c>.</summary>
    Translations,

    /// <summary><c>ISite.ChildrenOf(key)</c>: the ordered keys of a section's children.</summary>
    Children,

    /// <summary><c>ISite.ContactKey(id)</c>.</summary>
    Contact,

    /// <summary><c>ISite.OfType(type, language)</c>.</summary>
    PagesOfType,

    /// <summary><c>ISite.PagesIn(language)</c>: every page of a language tree, bodies included.</summary>
    LanguagePages,

    /// <summary>The whole list of pages (<c>ISite.Pages</c>, <c>ISite.Keys</c>).</summary>
    AllPages,

    /// <summary>A layout of <c>layouts/</c> by name.</summary>
    Layout,

    /// <summary>The UI texts of a language (<c>i18n/&lt;language&gt;.yml</c>).</summary>
    UiTexts,
}

/// <summary>One read: its kind and arguments. Asked again of a later build's site, it says whether the answer changed.</summary>
public readonly record struct ModelRead(ReadKind Kind, string Name, string? Language = null);
