namespace Landau.Site.Model;

/// <summary>
/// The fields a content type adds to the common front matter. A translation may leave out the
/// fields that are not text; <see cref="WithFallback"/> takes them from the source page.
/// </summary>
public abstract record TypeDetails
{
    /// <summary>Fills the fields this translation left out from the source page's details.</summary>
    public abstract TypeDetails WithFallback(TypeDetails source);
}

/// <summary>The details of content types that add no fields.</summary>
public sealed record NoDetails : TypeDetails
{
    public static readonly NoDetails Instance = new();

    public override TypeDetails WithFallback(TypeDetails source) => this;
}

/// <summary>A Haltung principle: the sentence exactly as printed on the postcard.</summary>
public sealed record PrincipleDetails(string? Statement) : TypeDetails
{
    public override TypeDetails WithFallback(TypeDetails source) =>
        source is PrincipleDetails s ? this with { Statement = Statement ?? s.Statement } : this;
}

/// <summary>A news item's date.</summary>
public sealed record NewsDetails(DateOnly? Date) : TypeDetails
{
    public override TypeDetails WithFallback(TypeDetails source) =>
        source is NewsDetails s ? this with { Date = Date ?? s.Date } : this;
}

/// <summary>A person or office.</summary>
public sealed record ContactDetails(
    string? Organisation,
    string? Name,
    string? Role,
    PostalAddress? Address,
    string? Phone,
    string? Fax,
    string? Email,
    string? Url,
    string? OpeningHours) : TypeDetails
{
    public override TypeDetails WithFallback(TypeDetails source) =>
        source is ContactDetails s
            ? new ContactDetails(
                Organisation ?? s.Organisation, Name ?? s.Name, Role ?? s.Role, Address ?? s.Address,
                Phone ?? s.Phone, Fax ?? s.Fax, Email ?? s.Email, Url ?? s.Url, OpeningHours ?? s.OpeningHours)
            : this;
}

/// <summary>An Angebot (offer) for newcomers.</summary>
public sealed record OfferDetails(
    string? Provider,
    IReadOnlyList<string>? Sections,
    IReadOnlyList<string>? TargetGroups,
    IReadOnlyList<string>? Languages,
    PostalAddress? Address,
    string? Phone,
    string? Email,
    string? Url,
    string? Schedule,
    string? Cost,
    bool? FreeOfCharge,
    bool? Childcare,
    bool? WheelchairAccessible,
    string? Contact,
    DateOnly? Reviewed,
    DateOnly? ReviewBy,
    string? FactsFrom = null) : TypeDetails
{
    public override TypeDetails WithFallback(TypeDetails source) =>
        source is OfferDetails s
            ? new OfferDetails(
                Provider ?? s.Provider, Sections ?? s.Sections, TargetGroups ?? s.TargetGroups, Languages ?? s.Languages,
                Address ?? s.Address, Phone ?? s.Phone, Email ?? s.Email, Url ?? s.Url, Schedule ?? s.Schedule,
                Cost ?? s.Cost, FreeOfCharge ?? s.FreeOfCharge, Childcare ?? s.Childcare,
                WheelchairAccessible ?? s.WheelchairAccessible, Contact ?? s.Contact, Reviewed ?? s.Reviewed, ReviewBy ?? s.ReviewBy,
                FactsFrom ?? s.FactsFrom)
            : this;
}
