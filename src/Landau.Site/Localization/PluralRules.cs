using System.Globalization;

namespace Landau.Site.Localization;

/// <summary>
/// CLDR plural rules per language, from ICU4N (the .NET port of ICU, carrying CLDR's data): which
/// categories a language uses, and which one a number falls into (Arabic 0 zero, 1 one, 2 two,
/// 3–10 few, 11–99 many, 100 other; Ukrainian 1 one, 2 few, 5 many, 21 one …). Not typed in by hand.
/// </summary>
public static class PluralRules
{
    /// <summary>The categories <paramref name="language"/> (a BCP 47 tag) distinguishes.</summary>
    public static IReadOnlySet<string> CategoriesOf(string language) => For(language).Keywords.ToHashSet(StringComparer.Ordinal);

    /// <summary>The category of <paramref name="number"/> in <paramref name="language"/>.</summary>
    public static string Select(string language, decimal number) => For(language).Select((double)number);

    // Asked a few times per build (a layout's tn): ICU4N keeps the parsed rules of each locale itself.
    private static ICU4N.Text.PluralRules For(string language) => ICU4N.Text.PluralRules.GetInstance(new CultureInfo(language));
}
