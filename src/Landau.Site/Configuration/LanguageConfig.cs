using System.Globalization;

namespace Landau.Site.Configuration;

/// <summary>One language of the site: its BCP 47 tag (also the URL prefix and content folder), its own name and its direction.</summary>
public sealed record LanguageConfig(string Code, string Name, TextDirection Direction)
{
    /// <summary>The value of the HTML <c>dir</c> attribute.</summary>
    public string Dir => Direction == TextDirection.Rtl ? "rtl" : "ltr";

    /// <summary>
    /// The culture used for dates and numbers, always on the Gregorian calendar: appointments and
    /// review dates in Landau are Gregorian, even where the language's default calendar is not (fa, ar-SA).
    /// </summary>
    public CultureInfo Culture { get; } = CreateCulture(Code);

    private static CultureInfo CreateCulture(string code)
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
