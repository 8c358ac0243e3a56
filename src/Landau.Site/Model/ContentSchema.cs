using Landau.Site.Diagnostics;
using Landau.Site.Loading;
using Landau.Site.Yaml;

namespace Landau.Site.Model;

/// <summary>
/// The front-matter schema of every content type: which fields exist, which are required, which
/// are translated. One table serves validation, type-specific reading and editor tooling
/// (<c>landau-site new</c> and the JSON Schemas of <c>landau-site schema</c>).
/// </summary>
public static class ContentSchema
{
    /// <summary>Fields every page has.</summary>
    public static readonly IReadOnlyList<FieldSpec> Common =
    [
        new("title", FieldKind.Text, true, true, "Titel der Seite (Überschrift, Browser-Tab, Navigation)"),
        new("description", FieldKind.Text, false, true, "Ein oder zwei Sätze: worum es geht"),
        new("type", FieldKind.Text, false, false, "Art der Seite: page, section, principle, guide, offer, contact, news"),
        new("weight", FieldKind.Integer, false, false, "Reihenfolge: kleinere Zahlen stehen weiter vorn"),
        new("draft", FieldKind.Boolean, false, false, "true: Entwurf, wird nicht veröffentlicht"),
        new("translation_key", FieldKind.Text, false, false, "Nur selten nötig: Pfad der deutschen Seite, die diese Seite übersetzt"),
        new("layout", FieldKind.Text, false, false, "Nur selten nötig: ein anderes Layout aus layouts/ für diese Seite"),
        new("contacts", FieldKind.TextList, false, false, "Kontakte, die unter dem Text als Kontaktkarte erscheinen: Dateinamen von Seiten unter kontakte/ (ohne .md)"),
        new("params", FieldKind.Map, false, false, "Zusätzliche Werte für die Layouts"),
        new("source_hash", FieldKind.Text, false, false, "Nur Übersetzungen: Kennung der Fassung des Originals, aus der übersetzt wurde (landau-site translations stamp setzt sie)")
        {
            TranslationsOnly = true,
        },
        new("translation_status", FieldKind.Text, false, false, "Nur Übersetzungen: draft (noch nicht geprüft) oder reviewed (geprüft)")
        {
            TranslationsOnly = true,
            AllowedValues = ["draft", "reviewed"],
        },
    ];

    /// <summary>The parts of an <see cref="FieldKind.Address"/> field; other keys in it are warned about and ignored.</summary>
    public static readonly IReadOnlyList<FieldSpec> AddressFields =
    [
        new("street", FieldKind.Text, false, false, "Straße und Hausnummer"),
        new("postal_code", FieldKind.Text, false, false, "Postleitzahl"),
        new("city", FieldKind.Text, false, false, "Ort"),
    ];

    /// <summary>The text fields a translator translates: they make up a page's <see cref="SourceTextHash"/>.</summary>
    public static IEnumerable<string> TranslatableFields(ContentType type) =>
        Fields(type).Where(f => f.Translatable).Select(f => f.Name);

    private static readonly IReadOnlyList<FieldSpec> Principle =
    [
        new("statement", FieldKind.Text, true, true, "Der Satz des Grundsatzes, genau wie auf der Postkarte"),
    ];

    private static readonly IReadOnlyList<FieldSpec> News =
    [
        new("date", FieldKind.Date, true, false, "Datum der Meldung (JJJJ-MM-TT)"),
    ];

    private static readonly IReadOnlyList<FieldSpec> Contact =
    [
        new("organisation", FieldKind.Text, true, true, "Stelle oder Organisation"),
        new("name", FieldKind.Text, false, false, "Name der Person"),
        new("role", FieldKind.Text, false, true, "Aufgabe der Person"),
        new("address", FieldKind.Address, false, false, "Anschrift: street, postal_code, city"),
        new("phone", FieldKind.Text, false, false, "Telefonnummer") { Shape = ValueShape.Phone },
        new("fax", FieldKind.Text, false, false, "Faxnummer") { Shape = ValueShape.Phone },
        new("email", FieldKind.Text, false, false, "E-Mail-Adresse") { Shape = ValueShape.Email },
        new("url", FieldKind.Text, false, false, "Internetseite (https://…)") { Shape = ValueShape.WebAddress },
        new("opening_hours", FieldKind.Text, false, true, "Sprechzeiten"),
    ];

    private static readonly IReadOnlyList<FieldSpec> Offer =
    [
        new("provider", FieldKind.Text, true, true, "Wer bietet das Angebot an?"),
        new("sections", FieldKind.TextList, true, false, "Wegweiser-Bereiche, z. B. [sprache, bildung]"),
        new("target_groups", FieldKind.TextList, false, false, "Zielgruppen, z. B. [frauen, familien]")
        {
            // Each has its name in every language (target_group.* in i18n/) and its own filter page.
            AllowedValues = ["alle", "frauen", "familien", "jugendliche", "gefluechtete", "arbeitgebende", "ehrenamtliche"],
        },
        new("languages", FieldKind.TextList, false, false, "Gesprochene Sprachen als Sprachcodes, z. B. [de, ar]"),
        new("address", FieldKind.Address, false, false, "Anschrift: street, postal_code, city"),
        new("phone", FieldKind.Text, false, false, "Telefonnummer") { Shape = ValueShape.Phone },
        new("email", FieldKind.Text, false, false, "E-Mail-Adresse") { Shape = ValueShape.Email },
        new("url", FieldKind.Text, false, false, "Internetseite (https://…)") { Shape = ValueShape.WebAddress },
        new("schedule", FieldKind.Text, false, true, "Wann findet das Angebot statt?"),
        new("cost", FieldKind.Text, false, true, "Was kostet es?"),
        new("free_of_charge", FieldKind.Boolean, false, false, "true: kostenlos"),
        new("childcare", FieldKind.Boolean, false, false, "true: mit Kinderbetreuung"),
        new("wheelchair_accessible", FieldKind.Boolean, false, false, "true: stufenloser Zugang"),
        new("contact", FieldKind.Text, false, false, "Kontakt: Dateiname einer Seite unter kontakte/ (ohne .md)"),
        new("reviewed", FieldKind.Date, false, false, "Zuletzt geprüft am (JJJJ-MM-TT)"),
        new("review_by", FieldKind.Date, false, false, "Erneut prüfen bis (JJJJ-MM-TT)"),
        new("facts_from", FieldKind.Text, false, false, "Woher die Angaben stammen: integrationskonzept-2021 (aus dem Integrationskonzept 2.0) oder general (allgemeine, bundesweite Angaben)")
        {
            AllowedValues = ["integrationskonzept-2021", "general"],
        },
    ];

    /// <summary>The type names as written in front matter.</summary>
    public static readonly IReadOnlyDictionary<string, ContentType> TypeNames = new Dictionary<string, ContentType>(StringComparer.Ordinal)
    {
        ["page"] = ContentType.TextPage,
        ["section"] = ContentType.Section,
        ["principle"] = ContentType.Principle,
        ["guide"] = ContentType.Guide,
        ["offer"] = ContentType.Offer,
        ["contact"] = ContentType.Contact,
        ["news"] = ContentType.News,
    };

    /// <summary>The fields a type adds to <see cref="Common"/>.</summary>
    public static IReadOnlyList<FieldSpec> TypeFields(ContentType type) => type switch
    {
        ContentType.Principle => Principle,
        ContentType.News => News,
        ContentType.Contact => Contact,
        ContentType.Offer => Offer,
        _ => [],
    };

    /// <summary>All fields of a type: the common ones, then the type's own.</summary>
    public static IReadOnlyList<FieldSpec> Fields(ContentType type) => [.. Common, .. TypeFields(type)];

    public static string NameOf(ContentType type) => TypeNames.First(p => p.Value == type).Key;

    /// <summary>What a page of the type is, in German, for editors (file headers of <c>landau-site new</c>, schema titles).</summary>
    public static string Describe(ContentType type) => type switch
    {
        ContentType.TextPage => "eine Seite mit Text",
        ContentType.Section => "die Seite eines Ordners; sie listet die Seiten darin auf",
        ContentType.Principle => "ein Grundsatz der Haltung (von der Postkarte des Integrationskonzepts 2.0)",
        ContentType.Guide => "ein Bereich des Wegweisers (ein Ordner direkt unter wegweiser/)",
        ContentType.Offer => "ein Angebot für Zugewanderte",
        ContentType.Contact => "eine Person oder Stelle; andere Seiten nennen sie mit ihrem Dateinamen (ohne .md)",
        ContentType.News => "eine Meldung mit Datum (Aktuelles)",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The type a file has when its front matter names none: a section for <c>_index.md</c>, a page otherwise.</summary>
    public static ContentType DefaultType(bool isSectionFile) => isSectionFile ? ContentType.Section : ContentType.TextPage;

    /// <summary>Reads the type's own fields; wrong types are reported by <paramref name="fields"/>.</summary>
    public static TypeDetails ReadDetails(ContentType type, YamlFields fields) => type switch
    {
        ContentType.Principle => new PrincipleDetails(fields.Text("statement")),
        ContentType.News => new NewsDetails(fields.Date("date")),
        ContentType.Contact => new ContactDetails(
            fields.Text("organisation"), fields.Text("name"), fields.Text("role"), ReadAddress(fields),
            fields.Text("phone"), fields.Text("fax"), fields.Text("email"), fields.Text("url"), fields.Text("opening_hours")),
        ContentType.Offer => new OfferDetails(
            fields.Text("provider"), fields.TextList("sections"), fields.TextList("target_groups"), fields.TextList("languages"),
            ReadAddress(fields), fields.Text("phone"), fields.Text("email"), fields.Text("url"), fields.Text("schedule"),
            fields.Text("cost"), fields.Boolean("free_of_charge"), fields.Boolean("childcare"), fields.Boolean("wheelchair_accessible"),
            fields.Text("contact"), fields.Date("reviewed"), fields.Date("review_by"), fields.Text("facts_from")),
        _ => NoDetails.Instance,
    };

    private static PostalAddress? ReadAddress(YamlFields fields)
    {
        if (fields.Map("address") is not { } address)
        {
            return null;
        }

        address.ReportUnknownKeys(AddressFields.Select(f => f.Name).ToList(), DiagnosticCodes.UnknownField, "in 'address'");
        var result = new PostalAddress(address.Text("street"), address.Text("postal_code"), address.Text("city"));
        return result.IsEmpty ? null : result;
    }
}
