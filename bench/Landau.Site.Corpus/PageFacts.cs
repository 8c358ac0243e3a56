namespace Landau.Site.Corpus;

/// <summary>
/// The non-text front matter of an offer or contact (the same in every language; translations
/// leave it out and inherit it). Addresses, phone numbers and e-mail addresses are obvious
/// placeholders (<c>example.org</c>, postal code 00000), never real ones.
/// </summary>
public sealed record PageFacts
{
    public IReadOnlyList<string> TargetGroups { get; init; } = [];

    public IReadOnlyList<string> SpokenLanguages { get; init; } = [];

    public string? Street { get; init; }

    public string? Phone { get; init; }

    public string? Fax { get; init; }

    public string? Email { get; init; }

    public string? Url { get; init; }

    public string? PersonName { get; init; }

    public bool HasSchedule { get; init; }

    public bool HasCost { get; init; }

    public bool? FreeOfCharge { get; init; }

    public bool? Childcare { get; init; }

    public bool? WheelchairAccessible { get; init; }

    /// <summary>An offer's contact, or the contacts shown below a page.</summary>
    public IReadOnlyList<string> Contacts { get; init; } = [];

    public DateOnly? Reviewed { get; init; }

    public DateOnly? ReviewBy { get; init; }

    public const string PostalCode = "00000";

    public const string City = "Landau in der Pfalz";
}
