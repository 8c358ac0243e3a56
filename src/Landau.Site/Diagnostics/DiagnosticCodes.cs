namespace Landau.Site.Diagnostics;

/// <summary>
/// The stable codes of every diagnostic the generator reports. Codes never change meaning;
/// docs and editors' guides refer to them. LS1xxx: site.yml; LS2xxx: content files;
/// LS3xxx: links and the site as a whole; LS4xxx: layouts and UI strings; LS5xxx: output.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>A bug in the generator, not in the content.</summary>
    public const string InternalError = "LS9000";

    public const string ConfigMissing = "LS1001";
    public const string ConfigInvalid = "LS1002";
    public const string ConfigUnknownKey = "LS1003";

    public const string YamlSyntax = "LS2001";
    public const string FrontMatterNotClosed = "LS2002";
    public const string FrontMatterMissing = "LS2003";
    public const string RequiredFieldMissing = "LS2004";
    public const string UnknownField = "LS2005";
    public const string InvalidFieldValue = "LS2006";
    public const string UnknownContentType = "LS2007";
    public const string PageOutsideLanguage = "LS2008";
    public const string UnknownLanguageFolder = "LS2009";
    public const string InvalidPathName = "LS2010";
    public const string RawHtml = "LS2011";
    public const string HeadingLevel = "LS2012";
    public const string UnknownContainer = "LS2013";
    public const string UnreadableFile = "LS2014";
    public const string NotUtf8 = "LS2015";
    public const string TooLarge = "LS2016";
    public const string YamlAlias = "LS2017";
    public const string MarkdownTooComplex = "LS2018";
    public const string NotRegularFile = "LS2019";
    public const string ControlCharacter = "LS2020";
    public const string NotAPage = "LS2021";
    public const string SymbolicLink = "LS2022";
    public const string NestedTooDeep = "LS2023";
    public const string ContentFolderMissing = "LS2024";
    public const string PlaceholderLeft = "LS2025";

    public const string TranslationWithoutSource = "LS3001";
    public const string DuplicateTranslationKey = "LS3002";
    public const string BrokenPageLink = "LS3003";
    public const string UnsafeLink = "LS3004";
    public const string TypeDiffersFromSource = "LS3005";
    public const string UnknownReference = "LS3006";
    public const string PageStructure = "LS3007";
    public const string DuplicateId = "LS3008";
    public const string BrokenOutputLink = "LS3009";
    public const string MissingAltText = "LS3010";
    public const string EmptyLinkText = "LS3011";
    public const string TableWithoutHeaders = "LS3012";
    public const string MissingLanguage = "LS3013";
    public const string NewWindowLink = "LS3014";
    public const string InlineCode = "LS3015";
    public const string VagueLinkText = "LS3016";
    public const string LongLinkText = "LS3017";
    public const string UnsafeMarkup = "LS3018";
    public const string ReviewDue = "LS3019";

    /// <summary>Leichte Sprache: a sentence of more than 15 words (warning).</summary>
    public const string LeichteSpracheLongSentence = "LS3020";

    /// <summary>Leichte Sprache: a word split with both a hyphen and a Mediopunkt (warning).</summary>
    public const string LeichteSpracheMixedSplit = "LS3021";

    /// <summary>Leichte Sprache: a compound left whole that the page splits elsewhere (warning).</summary>
    public const string LeichteSpracheUnevenSplit = "LS3022";

    /// <summary>Leichte Sprache: a reference number such as 2016/2102 or a § sign (warning).</summary>
    public const string LeichteSpracheReferenceNumber = "LS3023";

    /// <summary>Leichte Sprache: a subordinate clause (weil, dass, obwohl, …) (warning).</summary>
    public const string LeichteSpracheSubordinateClause = "LS3024";

    /// <summary>Leichte Sprache: a likely passive, werden with a past participle (warning).</summary>
    public const string LeichteSprachePassive = "LS3025";

    /// <summary>Leichte Sprache: a genitive (des, eines, Ihres + noun) (warning).</summary>
    public const string LeichteSpracheGenitive = "LS3026";
    public const string RemoteImage = "LS3027";
    public const string OutputCollision = "LS3028";
    public const string FolderWithoutPage = "LS3029";
    public const string AddressLink = "LS3030";

    public const string UiStringMissing = "LS4001";
    public const string UiStringsFileMissing = "LS4002";
    public const string TemplateSyntax = "LS4003";
    public const string TemplateRuntime = "LS4004";
    public const string LayoutMissing = "LS4005";
    public const string UiStringUnused = "LS4006";
    public const string PluralFormMissing = "LS4007";
    public const string SignLanguageVideoMissing = "LS4008";
    public const string AssetInvalid = "LS4009";

    public const string OutputFailed = "LS5001";

    /// <summary>The output folder is the source folder, lies in a source path, or contains the sources (a usage error).</summary>
    public const string OutputInsideSource = "LS5002";

    /// <summary>The output folder has files and no marker of an earlier build; refused without <c>--force</c> (a usage error).</summary>
    public const string OutputNotFromGenerator = "LS5003";
}
