namespace Landau.Site.Corpus;

/// <summary>How a corpus format writes the parts of Markdown that differ between generators.</summary>
public interface IMarkupDialect
{
    /// <summary>The link destination from page <paramref name="fromKey"/> to page <paramref name="toKey"/>.</summary>
    string PageLink(string fromKey, string toKey);

    /// <summary>A note or warning block (<paramref name="kind"/> is <c>note</c> or <c>warning</c>) in <paramref name="language"/>.</summary>
    string Callout(string kind, string language, string text);
}
