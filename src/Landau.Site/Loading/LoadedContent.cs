namespace Landau.Site.Loading;

/// <summary>
/// The result of the Load stage: the pages that loaded, and the keys of source-language files that
/// exist but could not be loaded (already reported), so later stages do not report them a second time
/// as missing.
/// </summary>
public sealed record LoadedContent(IReadOnlyList<ParsedPage> Pages, IReadOnlySet<string> FailedSourceKeys)
{
    public static readonly LoadedContent Empty = new([], new HashSet<string>());
}
