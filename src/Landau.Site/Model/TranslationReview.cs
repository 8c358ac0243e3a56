namespace Landau.Site.Model;

/// <summary>The <c>translation_status</c> of a translation.</summary>
public enum TranslationReview
{
    /// <summary>Checked by a translator (the default).</summary>
    Reviewed,

    /// <summary>Not yet checked by a person, e.g. drafted by a machine: the page says so.</summary>
    Draft,
}
