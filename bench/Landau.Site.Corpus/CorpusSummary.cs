namespace Landau.Site.Corpus;

/// <summary>What a generator run wrote.</summary>
/// <param name="Format">The corpus format.</param>
/// <param name="GermanPages">Pages of the source language (every page exists in every language).</param>
/// <param name="TotalPages">German pages times languages: the pages the site has in all languages.</param>
/// <param name="ContentFiles">Content files written per language (for the Landau format: translations only, the build shows German text elsewhere).</param>
public sealed record CorpusSummary(CorpusFormat Format, int GermanPages, int TotalPages, IReadOnlyDictionary<string, int> ContentFiles)
{
    public override string ToString() =>
        $"{Format.ToString().ToLowerInvariant()}: {TotalPages} pages ({GermanPages} per language × {ContentFiles.Count} languages), content files: "
        + string.Join(", ", ContentFiles.Select(f => $"{f.Key} {f.Value}"));
}
