namespace Landau.Site.Model;

/// <summary>
/// One front-matter field of a content type. <paramref name="Translatable"/> fields are text a
/// translator translates; the others a translation may leave out and inherit from the source.
/// </summary>
public sealed record FieldSpec(string Name, FieldKind Kind, bool Required, bool Translatable, string Description);
