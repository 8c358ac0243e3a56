namespace Landau.Site.Configuration;

/// <summary>The writing direction of a language, as written in the <c>dir</c> attribute.</summary>
public enum TextDirection
{
    Ltr,
    Rtl,
}
