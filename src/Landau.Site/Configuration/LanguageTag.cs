using System.Text.RegularExpressions;

namespace Landau.Site.Configuration;

/// <summary>BCP 47 tags as this site uses them: a primary language subtag and optional subtags (de, de-x-ls, pt-BR).</summary>
public static partial class LanguageTag
{
    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? tag) => tag is not null && Pattern().IsMatch(tag);
}
