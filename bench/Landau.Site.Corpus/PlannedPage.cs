namespace Landau.Site.Corpus;

/// <summary>
/// One German page of the corpus and what it links to. <see cref="Key"/> is its path below the
/// language folder (its translation key), e.g. <c>wegweiser/sprache/kurse-2/antrag-0012.md</c>.
/// </summary>
public sealed record PlannedPage(string Key, PageKind Kind, int Weight)
{
    /// <summary>The Wegweiser section folder the page belongs to (guide sections, topics, articles), or the sections an offer names.</summary>
    public IReadOnlyList<string> GuideSections { get; init; } = [];

    /// <summary>The date of a news page.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Index among the pages of its kind, for fixed texts (principles, root pages).</summary>
    public int Ordinal { get; init; }

    public bool IsSection => Key == "_index.md" || Key.EndsWith("/_index.md", StringComparison.Ordinal);

    /// <summary>The key of the folder page above, or null for the home page.</summary>
    public string? ParentKey
    {
        get
        {
            var folder = IsSection ? Path.GetDirectoryName(Path.GetDirectoryName(Key)) : Path.GetDirectoryName(Key);
            if (Key == "_index.md")
            {
                return null;
            }

            return string.IsNullOrEmpty(folder) ? "_index.md" : folder.Replace('\\', '/') + "/_index.md";
        }
    }

    /// <summary>The file or folder name without extension: a contact's id.</summary>
    public string Slug => IsSection ? Path.GetFileName(Path.GetDirectoryName(Key)!) : Path.GetFileNameWithoutExtension(Key);
}
