namespace Landau.Site.Corpus;

/// <summary>
/// Links and blocks for the Hugo corpus: every page link from the language root
/// (<c>/wegweiser/sprache/_index.md</c>), which the site's link render hook resolves with
/// <c>GetPage</c> in the reader's language, as the Landau build does; notes as block quotes with
/// the label the Landau build would add (Hugo 0.111 has no container blocks).
/// </summary>
public sealed class HugoDialect(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> interfaceTexts) : IMarkupDialect
{
    public string PageLink(string fromKey, string toKey) => "/" + toKey;

    public string Callout(string kind, string language, string text)
    {
        var label = interfaceTexts[language].TryGetValue($"callout.{kind}", out var value) ? value : kind;
        var lines = $"**{label}:** {text}".Split('\n');
        return string.Join('\n', lines.Select(l => "> " + l));
    }
}
