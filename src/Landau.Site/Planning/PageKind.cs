namespace Landau.Site.Planning;

/// <summary>What a planned page is, and so how it is rendered.</summary>
public enum PageKind
{
    /// <summary>A content page (or its fallback copy in another language's tree).</summary>
    Content,

    /// <summary>The offer directory at one filter's own address below the directory page.</summary>
    OfferFilter,

    /// <summary>The site's root: every language in its own name.</summary>
    LanguageChooser,

    /// <summary>The translators' dashboard.</summary>
    TranslationDashboard,

    /// <summary>A language's page for addresses that do not exist (and the site-wide one).</summary>
    NotFound,

    /// <summary>A language's QR code page.</summary>
    QrCode,

    /// <summary>A language's search page.</summary>
    Search,

    /// <summary>A language's Wegweiser on one page, for printing.</summary>
    PrintableGuide,

    /// <summary>A language's postcard of the principles.</summary>
    Postcard,
}
