namespace Landau.Site.Corpus;

/// <summary>Whether, and how, a page is translated into a language.</summary>
public enum TranslationPlan
{
    /// <summary>No translation: the build shows the fallback language's text.</summary>
    Missing,

    /// <summary>A translation stamped with the current source's hash.</summary>
    UpToDate,

    /// <summary>A translation stamped with an earlier version's hash: the build marks it outdated.</summary>
    Outdated,

    /// <summary>An up-to-date translation with <c>translation_status: draft</c>.</summary>
    Draft,
}
