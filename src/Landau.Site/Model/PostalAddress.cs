namespace Landau.Site.Model;

/// <summary>A postal address; each part may be absent where the source does not give it.</summary>
public sealed record PostalAddress(string? Street, string? PostalCode, string? City)
{
    public bool IsEmpty => Street is null && PostalCode is null && City is null;
}
