namespace Landau.Site.Model;

/// <summary>
/// The placeholder texts <c>landau-site new</c> writes into a new page: titles, required text
/// fields and the body. One list, so the build can find them where an editor left them: a page
/// that still says "Anbieter eintragen" must not be published (a draft may keep them).
/// </summary>
public static class NewPageTexts
{
    /// <summary>The word every placeholder contains, so editors can search for what is left to fill in.</summary>
    public const string Mark = "eintragen";

    /// <summary>Placeholder titles: obviously to be replaced, and different per type so new pages do not share a title.</summary>
    private static readonly IReadOnlyDictionary<ContentType, string> Titles = new Dictionary<ContentType, string>
    {
        [ContentType.TextPage] = "Neue Seite (Titel eintragen)",
        [ContentType.Section] = "Neuer Bereich (Titel eintragen)",
        [ContentType.Principle] = "Neuer Grundsatz (Titel eintragen)",
        [ContentType.Guide] = "Neuer Wegweiser-Bereich (Titel eintragen)",
        [ContentType.Offer] = "Neues Angebot (Titel eintragen)",
        [ContentType.Contact] = "Neuer Kontakt (Titel eintragen)",
        [ContentType.News] = "Neue Meldung (Titel eintragen)",
    };

    /// <summary>What to write in the body, per type: one paragraph, no heading (the title is the page's h1).</summary>
    private static readonly IReadOnlyDictionary<ContentType, string> Bodies = new Dictionary<ContentType, string>
    {
        [ContentType.TextPage] = "Schreiben Sie hier den Text der Seite. Schreiben Sie kurze Sätze und erklären Sie schwierige Wörter. Eine Zwischenüberschrift ist eine eigene Zeile mit ## davor.",
        [ContentType.Section] = "Schreiben Sie hier in zwei oder drei Sätzen, worum es in diesem Bereich geht. Die Seiten in diesem Ordner zeigt die Website unter dem Text von selbst an.",
        [ContentType.Principle] = "Erklären Sie hier in einfachen Worten, was der Grundsatz bedeutet und was er für das Zusammenleben in Landau heißt.",
        [ContentType.Guide] = "Schreiben Sie hier, worum es in diesem Bereich des Wegweisers geht und wo man Hilfe findet. Angebote, die diesen Bereich unter sections nennen, zeigt die Seite von selbst an.",
        [ContentType.Offer] = "Beschreiben Sie hier das Angebot: was es ist, für wen es ist und wie man mitmacht. Anbieter, Zeiten, Kosten und Anschrift aus dem Kopf der Datei zeigt die Seite von selbst an.",
        [ContentType.Contact] = "Schreiben Sie hier, wobei diese Stelle hilft. Anschrift, Telefon und Sprechzeiten aus dem Kopf der Datei zeigt die Seite von selbst an.",
        [ContentType.News] = "Schreiben Sie hier die Meldung: was passiert ist oder was geplant ist, wann und wo, und an wen man sich wenden kann.",
    };

    /// <summary>Placeholders of required text fields; another required text field gets <see cref="OtherText"/>.</summary>
    private static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["statement"] = "Satz von der Postkarte eintragen",
        ["provider"] = "Anbieter eintragen",
        ["organisation"] = "Stelle oder Organisation eintragen",
    };

    private const string OtherText = "Wert " + Mark;

    /// <summary>The placeholder title of a new page of <paramref name="type"/>.</summary>
    public static string Title(ContentType type) => Titles[type];

    /// <summary>The placeholder body of a new page of <paramref name="type"/>.</summary>
    public static string Body(ContentType type) => Bodies[type];

    /// <summary>The placeholder of a required text field.</summary>
    public static string Text(string field) => Texts.GetValueOrDefault(field) ?? OtherText;

    /// <summary>Whether a front-matter value is one of the placeholders, as <c>new</c> wrote it.</summary>
    public static bool IsPlaceholder(string? value) =>
        value is not null && (value == OtherText || Titles.Values.Contains(value) || Texts.Values.Contains(value));

    /// <summary>Where in <paramref name="body"/> a placeholder body starts, or -1.</summary>
    public static int FindInBody(string body)
    {
        foreach (var text in Bodies.Values)
        {
            if (body.IndexOf(text, StringComparison.Ordinal) is var at and >= 0)
            {
                return at;
            }
        }

        return -1;
    }
}
