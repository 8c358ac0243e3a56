namespace Landau.Site.Model;

/// <summary>
/// One front-matter field of a content type. <paramref name="Translatable"/> fields are text a
/// translator translates; the others a translation may leave out and inherit from the source.
/// </summary>
public sealed record FieldSpec(string Name, FieldKind Kind, bool Required, bool Translatable, string Description)
{
    /// <summary>The only values the field may have, when it has a fixed list (<c>translation_status</c>); null for free values.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>The shape a text value must have (a phone number, an e-mail or a web address); null for free text.</summary>
    public ValueShape? Shape { get; init; }

    /// <summary>Only translations carry the field; on a page of the source language it is a warning.</summary>
    public bool TranslationsOnly { get; init; }
}
