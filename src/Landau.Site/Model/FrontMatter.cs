using Landau.Site.Diagnostics;
using Landau.Site.Loading;

namespace Landau.Site.Model;

/// <summary>A page's validated front matter: the common fields, the type's details and the escape-hatch params.</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    public required ContentType Type { get; init; }

    /// <summary>Whether the type was written in the file (or taken from the default for the file kind).</summary>
    public bool TypeIsExplicit { get; init; }

    public int Weight { get; init; }

    public bool Draft { get; init; }

    public string? TranslationKey { get; init; }

    /// <summary>On a translation: the <see cref="SourceTextHash"/> of the source page it was made from.</summary>
    public string? SourceHash { get; init; }

    /// <summary>On a translation: whether a person has reviewed it (a machine draft has not).</summary>
    public TranslationReview Review { get; init; } = TranslationReview.Reviewed;

    public required TypeDetails Details { get; init; }

    /// <summary>A layout that replaces the one chosen by type (e.g. the offer directory).</summary>
    public string? Layout { get; init; }

    /// <summary>Ids of contact pages shown as contact cards below the text.</summary>
    public IReadOnlyList<string>? Contacts { get; init; }

    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();

    /// <summary>Where each field was written, for diagnostics raised in later stages.</summary>
    public IReadOnlyDictionary<string, SourceLocation> FieldLocations { get; init; } = new Dictionary<string, SourceLocation>();
}
