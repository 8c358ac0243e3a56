namespace Landau.Site.Corpus;

/// <summary>What a planned page is on the site; decides its type, front matter and length.</summary>
public enum PageKind
{
    Home,
    GuideRoot,
    GuideSection,
    GuideTopic,
    GuideArticle,
    PrinciplesIndex,
    Principle,
    OfferDirectory,
    Offer,
    ContactsIndex,
    Contact,
    NewsIndex,
    NewsYear,
    News,
    ProjectsIndex,
    Project,
    RootPage,
}
