namespace Landau.Site.Views;

/// <summary>Phone numbers as links a phone dials wherever the reader is.</summary>
public static class PhoneLink
{
    /// <summary>A <c>tel:</c> URL in international form: German numbers written 06341 13-5025 become tel:+49634135025.</summary>
    public static string? Href(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = "+" + digits[2..];
        }
        else if (digits.StartsWith('0'))
        {
            digits = "+49" + digits[1..];
        }

        return "tel:" + digits;
    }
}
