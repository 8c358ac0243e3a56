namespace Landau.Site.Assembly;

/// <summary>How a page in a language relates to its source page.</summary>
public enum TranslationState
{
    /// <summary>A page of the source language itself.</summary>
    Source,

    /// <summary>A translation made from the current version of its source.</summary>
    UpToDate,

    /// <summary>A translation whose source changed since it was made (or that was never stamped).</summary>
    Outdated,

    /// <summary>No translation: the reader gets the fallback language's page.</summary>
    Missing,
}
