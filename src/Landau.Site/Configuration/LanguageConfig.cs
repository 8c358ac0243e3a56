using System.Globalization;

namespace Landau.Site.Configuration;

/// <summary>
/// One language of the site: its code (the URL prefix and content folder, a BCP 47 tag or a
/// variant such as <c>de-ls</c> for Leichte Sprache), its own name and its direction.
/// </summary>
public sealed record LanguageConfig(string Code, string Name, TextDirection Direction)
{
    /// <summary>The BCP 47 tag for <c>lang</c> attributes: the code, or for a variant its language (Leichte Sprache is <c>de</c>).</summary>
    public string Lang { get; init; } = Code;

    /// <summary>A variant of another language (Leichte Sprache): not a separate locale, so not an <c>hreflang</c> alternate.</summary>
    public bool IsVariant => Lang != Code;

    /// <summary>The language whose page a reader gets where this language has none; null: the default language.</summary>
    public string? Fallback { get; init; }

    /// <summary>The language this one is translated from (a pivot such as English); null: the default language.</summary>
    public string? TranslatedFrom { get; init; }

    /// <summary>Whether pages of this language are written in Leichte Sprache and checked by its rules (<c>leichte_sprache: true</c>).</summary>
    public bool IsLeichteSprache { get; init; }

    /// <summary>The value of the HTML <c>dir</c> attribute.</summary>
    public string Dir => Direction == TextDirection.Rtl ? "rtl" : "ltr";

    /// <summary>
    /// The culture used for dates and numbers (<see cref="CultureOf"/>): site.yml's <c>culture</c>, else
    /// the one of <see cref="Lang"/>, as the loader sets it; a language made without it has the one of its code.
    /// </summary>
    public CultureInfo Culture { get; init; } = CultureOf(Code);

    /// <summary>
    /// The culture <paramref name="code"/> names, always on the Gregorian calendar: appointments and
    /// review dates in Landau are Gregorian, even where the language's default calendar is not (fa, ar-SA).
    /// Read-only, so a language's one culture is shared across threads.
    /// </summary>
    public static CultureInfo CultureOf(string code)
    {
        CultureInfo culture;
        try
        {
            culture = (CultureInfo)CultureInfo.GetCultureInfo(code).Clone();
        }
        catch (CultureNotFoundException)
        {
            culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        }

        if (culture.Calendar is not GregorianCalendar)
        {
            var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
            if (gregorian is not null)
            {
                culture.DateTimeFormat.Calendar = gregorian;
            }
            else
            {
                culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            }
        }

        return CultureInfo.ReadOnly(culture);
    }
}
