using System.Globalization;
using Landau.Site.Configuration;

namespace Landau.Site.Offers;

/// <summary>A language spoken in an offer, in its own name and direction.</summary>
/// <param name="Code">The language's tag as the offer names it.</param>
public sealed record SpokenLanguageView(string Code, string Name, string Dir)
{
    /// <summary>The language <paramref name="code"/>: named as the site names it when it is one of the site's languages, else by its culture.</summary>
    public static SpokenLanguageView Of(string code, SiteConfig config)
    {
        var configured = config.FindLanguage(code);
        string name;
        try
        {
            var native = CultureInfo.GetCultureInfo(code).NativeName;
            name = configured?.Name ?? (native.Length > 0 ? char.ToUpper(native[0], CultureInfo.GetCultureInfo(code)) + native[1..] : code);
        }
        catch (CultureNotFoundException)
        {
            name = configured?.Name ?? code;
        }

        var rtl = configured is not null ? configured.Direction == TextDirection.Rtl : IsRightToLeft(code);
        return new SpokenLanguageView(code, name, rtl ? "rtl" : "ltr");
    }

    private static bool IsRightToLeft(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).TextInfo.IsRightToLeft;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
