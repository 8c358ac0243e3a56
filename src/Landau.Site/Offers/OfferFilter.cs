namespace Landau.Site.Offers;

/// <summary>What an offer filter selects by.</summary>
public enum OfferFilterKind
{
    Section,
    TargetGroup,
    Language,
    FreeOfCharge,
    Childcare,
    StepFreeAccess,
}

/// <summary>
/// One pre-generated filter of the offer directory: its kind, value and the address below the
/// directory (<c>bereich/sprache/</c>, <c>fuer/frauen/</c>, <c>sprache/ar/</c>, <c>kostenlos/</c> …), so the
/// directory works as plain links without JavaScript.
/// </summary>
public sealed record OfferFilter(OfferFilterKind Kind, string Value)
{
    /// <summary>The path below the directory's URL; German words, like all of the site's URLs.</summary>
    public string Path => Kind switch
    {
        OfferFilterKind.Section => $"bereich/{Value}/",
        OfferFilterKind.TargetGroup => $"fuer/{Value}/",
        OfferFilterKind.Language => $"sprache/{Value}/",
        OfferFilterKind.FreeOfCharge => "kostenlos/",
        OfferFilterKind.Childcare => "mit-kinderbetreuung/",
        _ => "stufenlos/",
    };

    /// <summary>The query-string parameter the script uses for the same filter (shareable URLs).</summary>
    public string Parameter => Kind switch
    {
        OfferFilterKind.Section => "bereich",
        OfferFilterKind.TargetGroup => "fuer",
        OfferFilterKind.Language => "sprache",
        OfferFilterKind.FreeOfCharge => "kostenlos",
        OfferFilterKind.Childcare => "kinderbetreuung",
        _ => "stufenlos",
    };
}
