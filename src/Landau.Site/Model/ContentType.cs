namespace Landau.Site.Model;

/// <summary>The kinds of content the site knows; each has its own front-matter schema and layout.</summary>
public enum ContentType
{
    /// <summary>An ordinary article.</summary>
    TextPage,

    /// <summary>The page of a folder, listing its children.</summary>
    Section,

    /// <summary>One of the eight principles of the Haltung (the postcard of the Integrationskonzept 2.0).</summary>
    Principle,

    /// <summary>A section of the Wegweiser (online guide).</summary>
    Guide,

    /// <summary>An Angebot: an offer for newcomers by the city or a partner.</summary>
    Offer,

    /// <summary>A person or office that pages refer to by id.</summary>
    Contact,

    /// <summary>A dated news item.</summary>
    News,
}
