using Landau.Site.Diagnostics;

namespace Landau.Site.Localization;

/// <summary>
/// One interface text: a plain text, or plural forms by CLDR category (<c>zero one two few many
/// other</c>). Texts may hold named parameters such as <c>{count}</c> or <c>{date}</c>.
/// </summary>
public sealed record UiText(string? Text, IReadOnlyDictionary<string, string>? PluralForms, SourceLocation Location)
{
    public static readonly IReadOnlyList<string> Categories = ["zero", "one", "two", "few", "many", "other"];

    public bool IsPlural => PluralForms is not null;
}
