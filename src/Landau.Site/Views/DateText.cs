using System.Globalization;

namespace Landau.Site.Views;

/// <summary>Dates as the site writes them: for machines (<c>datetime</c>, data files, feeds) and for readers.</summary>
public static class DateText
{
    /// <summary>The date as <c>yyyy-MM-dd</c>, whatever the culture; null for no date.</summary>
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date in the reader's long format without the weekday ("28. September 2021", "September 28, 2021").</summary>
    public static string? Long(DateOnly? date, CultureInfo culture)
    {
        if (date is not { } value)
        {
            return null;
        }

        var text = value.ToString("D", culture);
        var weekday = culture.DateTimeFormat.GetDayName(value.DayOfWeek);
        var stripped = text.Replace(weekday, "", StringComparison.Ordinal).Trim().Trim(',', '،', ' ');
        return stripped.Length > 0 ? stripped : text;
    }
}
