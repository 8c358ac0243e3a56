namespace Landau.Site.Markdown;

/// <summary>
/// Link texts that do not say where a link leads (WCAG 2.4.4 link purpose), in the site's
/// languages. Screen-reader users often list a page's links out of context: "hier" tells nothing.
/// </summary>
public static class LinkTextRules
{
    /// <summary>Longer link texts are hard to scan and to read aloud.</summary>
    public const int MaxLength = 100;

    private static readonly HashSet<string> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        // de
        "hier", "hier klicken", "klicken sie hier", "mehr", "mehr erfahren", "mehr lesen", "weiter", "weiterlesen", "link", "dieser link", "siehe hier",
        // en
        "here", "click here", "more", "read more", "learn more", "this link", "link here", "continue",
        // ar
        "هنا", "اضغط هنا", "انقر هنا", "المزيد", "اقرأ المزيد",
        // fa
        "اینجا", "کلیک کنید", "بیشتر", "ادامه",
        // uk
        "тут", "натисніть тут", "детальніше", "більше", "читати далі",
        // tr
        "burada", "buraya tıklayın", "tıklayın", "daha fazla", "devamı",
    };

    public static bool IsVague(string text) => Vague.Contains(text.Trim().Trim('.', ':', '!', '…', '»', '«', '"', '„', '“').Trim());
}
