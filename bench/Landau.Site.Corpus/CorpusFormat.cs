namespace Landau.Site.Corpus;

/// <summary>Which generator the corpus is written for.</summary>
public enum CorpusFormat
{
    /// <summary>This project's format: site.yml, content/, the repository's layouts/ and i18n/.</summary>
    Landau,

    /// <summary>The same pages as a Hugo site: hugo.toml, content/&lt;lang&gt;/, comparable templates.</summary>
    Hugo,
}
