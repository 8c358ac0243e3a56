namespace Landau.Site.Corpus;

/// <summary>What corpus to generate and where.</summary>
public sealed record CorpusOptions
{
    /// <summary>
    /// The total number of pages across all languages. Every page exists in every language (a
    /// translation, or the German text where it is missing), so the corpus has
    /// <c>round(Pages / languages)</c> German pages times the number of languages.
    /// </summary>
    public required int Pages { get; init; }

    /// <summary>The folder to write into; it must be empty or missing unless <see cref="Force"/>.</summary>
    public required string OutputDirectory { get; init; }

    public CorpusFormat Format { get; init; } = CorpusFormat.Landau;

    /// <summary>The same seed gives the same bytes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The repository whose site.yml, layouts/ and i18n/ the corpus is made from.</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>Delete <see cref="OutputDirectory"/> first if it has files.</summary>
    public bool Force { get; init; }
}
