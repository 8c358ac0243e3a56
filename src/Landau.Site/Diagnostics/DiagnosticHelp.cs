using Landau.Site.Loading;
namespace Landau.Site.Diagnostics;

/// <summary>
/// A German explanation of every diagnostic code for the site's editors: a short title (what went
/// wrong) and a hint (how to fix it), worded as in docs/redaktion.md, "Fehlermeldungen verstehen".
/// The preview's error overlay shows them next to the English message. Data only: when a code is
/// added to <see cref="DiagnosticCodes"/>, add its entry here and its row in docs/redaktion.md.
/// </summary>
public static class DiagnosticHelp
{
    /// <summary>A German short title (at most eight words) and a German hint in plain words.</summary>
    public sealed record Entry(string Title, string Hint);

    /// <summary>Every code's entry, keyed by code (e.g. <c>LS2001</c>).</summary>
    public static IReadOnlyDictionary<string, Entry> All { get; } = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        // LS1xxx: site.yml
        {
            DiagnosticCodes.ConfigMissing, new(
                "Die Datei site.yml fehlt",
                "Starten Sie das Programm im Hauptordner des Projekts. Das ist der Ordner, in dem die Datei site.yml liegt.")
        },
        {
            DiagnosticCodes.ConfigInvalid, new(
                "Die Datei site.yml ist ungültig",
                "In site.yml fehlt eine Pflichtangabe, oder ein Wert passt nicht. Die IT betreut diese Datei: Bitten Sie sie, die genannte Zeile zu korrigieren.")
        },
        {
            DiagnosticCodes.ConfigUnknownKey, new(
                "Unbekanntes Feld in site.yml",
                "Das Feld wird nicht beachtet, meist ist sein Name falsch geschrieben. Bitten Sie die IT, den Namen zu korrigieren.")
        },

        // LS2xxx: content files
        {
            DiagnosticCodes.YamlSyntax, new(
                "Schreibfehler im Kopf oder in einer .yml-Datei",
                "Sehen Sie sich die genannte Zeile und die Zeile davor an. Häufige Ursachen sind: Einrückung mit der Tabulator-Taste statt mit Leerzeichen, ein fehlender Doppelpunkt, ein Anführungszeichen oder eine Klammer [ ohne Gegenstück, ein Text mit Doppelpunkt ohne Anführungszeichen, ein unsichtbares Zeilentrennzeichen aus Word oder einem PDF.")
        },
        {
            DiagnosticCodes.FrontMatterNotClosed, new(
                "Der Kopf ist nicht geschlossen",
                "Schreiben Sie nach dem letzten Feld eine Zeile mit genau drei Bindestrichen: ---")
        },
        {
            DiagnosticCodes.FrontMatterMissing, new(
                "Die Datei hat keinen Kopf oder ist leer",
                "Schreiben Sie in die erste Zeile der Datei genau ---. Darunter folgt mindestens title: … und dann wieder eine Zeile ---")
        },
        {
            DiagnosticCodes.RequiredFieldMissing, new(
                "Ein Pflichtfeld fehlt im Kopf",
                "Ergänzen Sie das Feld, das die Meldung nennt. Immer Pflicht ist title, dazu je nach Art der Seite zum Beispiel provider und sections bei einem Angebot oder date bei einer Meldung.")
        },
        {
            DiagnosticCodes.UnknownField, new(
                "Unbekanntes Feld im Kopf",
                "Das Feld wird nicht beachtet. Korrigieren Sie den Feldnamen; die Meldung schlägt oft den richtigen Namen vor.")
        },
        {
            DiagnosticCodes.InvalidFieldValue, new(
                "Ein Feld hat einen falschen Wert",
                "Schreiben Sie den Wert in der passenden Form: weight als ganze Zahl, ein Datum wie 2026-11-27, ja oder nein als true oder false, Sprachen als Codes wie de oder ar.")
        },
        {
            DiagnosticCodes.UnknownContentType, new(
                "Unbekannte Art der Seite (type)",
                "Schreiben Sie bei type einen dieser Werte: page, section, principle, guide, offer, contact oder news.")
        },
        {
            DiagnosticCodes.PageOutsideLanguage, new(
                "Die Datei liegt in keinem Sprachordner",
                "Verschieben Sie die Datei in einen Sprachordner, zum Beispiel nach content/de/.")
        },
        {
            DiagnosticCodes.UnknownLanguageFolder, new(
                "Der Sprachordner gehört zu keiner Sprache",
                "Legen Sie die Datei in einen dieser Sprachordner: de, en, ar, uk, tr, fa oder de-ls.")
        },
        {
            DiagnosticCodes.InvalidPathName, new(
                "Dateiname nicht erlaubt oder keine .md-Datei",
                "Benutzen Sie in Datei- und Ordnernamen nur Kleinbuchstaben a bis z, Ziffern und Bindestriche, also keine Umlaute, Leerzeichen oder Großbuchstaben. Nur Dateien mit der Endung .md werden veröffentlicht.")
        },
        {
            DiagnosticCodes.RawHtml, new(
                "HTML im Text ist nicht erlaubt",
                "Schreiben Sie diese Stelle in Markdown. Erlaubt ist nur <span> mit lang, dir oder title, um ein deutsches Wort in einem fremdsprachigen Text zu kennzeichnen.")
        },
        {
            DiagnosticCodes.HeadingLevel, new(
                "Überschrift mit falscher Ebene",
                "Beginnen Sie Zwischenüberschriften mit ##, denn der Titel ist schon die Hauptüberschrift. Überspringen Sie keine Ebene: Nach ## folgt ###.")
        },
        {
            DiagnosticCodes.UnknownContainer, new(
                "Unbekannter Hinweis-Kasten mit :::",
                "Der Kasten wird als Hinweis gezeigt. Nehmen Sie :::note (Hinweis), :::warning (Achtung) oder :::tip (Tipp).")
        },
        {
            DiagnosticCodes.UnreadableFile, new(
                "Die Datei lässt sich nicht lesen",
                "Schließen Sie die Datei in anderen Programmen und prüfen Sie, ob Sie sie öffnen dürfen. Wenn das nicht hilft, wenden Sie sich an die IT.")
        },
        {
            DiagnosticCodes.NotUtf8, new(
                "Die Datei ist nicht als UTF-8 gespeichert",
                "Speichern Sie die Datei im Editor mit der Kodierung „UTF-8“. Die genannte Zeile zeigt das erste falsche Zeichen.")
        },
        {
            DiagnosticCodes.TooLarge, new(
                "Die Datei ist zu groß",
                "Teilen Sie die Seite in mehrere Seiten auf. Langer Text gehört unter den Kopf, nicht in den Kopf. Sind Listen oder Gruppen zu tief geschachtelt, prüfen Sie die Klammern an der genannten Stelle.")
        },
        {
            DiagnosticCodes.YamlAlias, new(
                "Wert im Kopf beginnt mit & oder *",
                "Setzen Sie den Text in Anführungszeichen, wenn er mit * oder & beginnt. Verweise auf andere Werte sind aus Sicherheitsgründen verboten: Schreiben Sie den Wert aus.")
        },

        {
            DiagnosticCodes.MarkdownTooComplex, new(
                "Zu viel Auszeichnung an einer Stelle",
                "Teilen Sie den Absatz oder die Tabelle auf und schließen Sie jeden Link als [Text](Adresse) und jedes **fett**. Die Grenzen liegen weit über dem, was eine echte Seite braucht.")
        },
        {
            DiagnosticCodes.NotRegularFile, new(
                "Keine normale Datei im Ordner content/",
                "Im Ordner content/ dürfen nur normale Dateien und Ordner liegen. Entfernen Sie die genannte Sonderdatei (zum Beispiel eine benannte Pipe); die IT hilft dabei.")
        },
        {
            DiagnosticCodes.ControlCharacter, new(
                "Unsichtbares Steuerzeichen im Text",
                "Löschen Sie das Zeichen an der genannten Stelle. Es kommt oft beim Kopieren aus anderen Programmen mit; tippen Sie die Stelle neu.")
        },

        {
            DiagnosticCodes.NotAPage, new(
                "Datei wird nicht veröffentlicht",
                "Im Ordner content/ werden nur Seiten (.md) veröffentlicht. Verschieben Sie die Datei woandershin, oder machen Sie daraus eine Seite.")
        },
        {
            DiagnosticCodes.SymbolicLink, new(
                "Verknüpfung statt Datei",
                "Symbolische Links werden aus Sicherheitsgründen nicht gelesen. Kopieren Sie die Datei an diese Stelle.")
        },
        {
            DiagnosticCodes.NestedTooDeep, new(
                "Werte im Kopf zu tief verschachtelt",
                "Prüfen Sie die Klammern [ ] und { } an der genannten Stelle. Keine Seite braucht Listen in Listen über 20 Ebenen.")
        },
        {
            DiagnosticCodes.PlaceholderLeft, new(
                "Platzhalter aus „landau-site new“ nicht ersetzt",
                "Ersetzen Sie den Platzhalter an der genannten Stelle durch Ihren Text. Solange die Seite nicht fertig ist, schreiben Sie draft: true in den Kopf.")
        },
        {
            DiagnosticCodes.ContentFolderMissing, new(
                "Es gibt keinen Ordner content",
                "Prüfen Sie, ob Sie im richtigen Ordner sind (--source). Die Seiten liegen in content/<Sprache>/, zum Beispiel content/de/_index.md.")
        },

        // LS3xxx: links and the site as a whole
        {
            DiagnosticCodes.TranslationWithoutSource, new(
                "Übersetzung ohne deutsche Seite",
                "Die Übersetzung wird nicht veröffentlicht. Wenn die deutsche Seite verschoben oder umbenannt wurde, verschieben Sie die Übersetzung genauso, sonst löschen Sie sie.")
        },
        {
            DiagnosticCodes.DuplicateTranslationKey, new(
                "Übersetzungsschlüssel kommt doppelt vor",
                "Zwei Seiten einer Sprache haben denselben Übersetzungsschlüssel. Meist steht ein falsches translation_key im Kopf: Entfernen oder korrigieren Sie es.")
        },
        {
            DiagnosticCodes.BrokenPageLink, new(
                "Link auf eine Seite, die es nicht gibt",
                "Prüfen Sie den Pfad und die Schreibweise im Link; die Meldung nennt die Datei, die gesucht wurde. Legen Sie für einen neuen Ordner eine Seite _index.md an.")
        },
        {
            DiagnosticCodes.UnsafeLink, new(
                "Link oder Adresse ist nicht erlaubt",
                "Schreiben Sie die vollständige Adresse mit https:// am Anfang. Erlaubt sind sonst nur Links mit mailto: oder tel:.")
        },
        {
            DiagnosticCodes.TypeDiffersFromSource, new(
                "Übersetzung hat eine andere Art (type)",
                "Schreiben Sie bei type dieselbe Art wie auf der deutschen Seite. Die Meldung nennt sie.")
        },
        {
            DiagnosticCodes.UnknownReference, new(
                "Unbekannter Kontakt oder Bereich des Wegweisers",
                "Bei contacts und contact schreiben Sie den Dateinamen aus dem Ordner kontakte/ ohne .md. Bei sections nehmen Sie die Ordnernamen der neun Bereiche des Wegweisers.")
        },
        {
            DiagnosticCodes.PageStructure, new(
                "Titel oder Hauptüberschrift der Seite stimmt nicht",
                "Meist liegt das an der Vorlage: Wenden Sie sich an die IT. Eine Überschrift mit einem einzelnen # im Text meldet schon LS2012.")
        },
        {
            DiagnosticCodes.DuplicateId, new(
                "Eine Kennung kommt doppelt vor",
                "Oft heißt eine Überschrift genauso wie ein Teil der Vorlage. Formulieren Sie die Überschrift etwas anders.")
        },
        {
            DiagnosticCodes.BrokenOutputLink, new(
                "Ein Link auf der Seite führt ins Leere",
                "Prüfen Sie das Ziel des Links. Links mit # auf eine Überschrift gehen in anderen Sprachen oft ins Leere: Verlinken Sie lieber die ganze Seite.")
        },
        {
            DiagnosticCodes.MissingAltText, new(
                "Bild ohne Beschreibung",
                "Beschreiben Sie in den eckigen Klammern, was das Bild zeigt: ![Beschreibung](datei).")
        },
        {
            DiagnosticCodes.EmptyLinkText, new(
                "Link ohne Text",
                "Schreiben Sie in die eckigen Klammern, wohin der Link führt, zum Beispiel [Website der Stadt Landau](https://www.landau.de).")
        },
        {
            DiagnosticCodes.TableWithoutHeaders, new(
                "Tabelle oder Spalte ohne Kopfzeile",
                "Geben Sie der Tabelle eine Kopfzeile und darunter eine Zeile mit Strichen, zum Beispiel |---|---|. Jede Zeile hat so viele Zellen, wie der Kopf Spalten hat.")
        },
        {
            DiagnosticCodes.MissingLanguage, new(
                "Fremdsprachiger Titel ohne Angabe der Sprache",
                "Das ist ein Problem der Vorlage, nicht Ihres Textes. Wenden Sie sich an die IT.")
        },
        {
            DiagnosticCodes.NewWindowLink, new(
                "Link öffnet ungeschützt ein neues Fenster",
                "Das ist ein Problem der Vorlage, nicht Ihres Textes. Wenden Sie sich an die IT.")
        },
        {
            DiagnosticCodes.InlineCode, new(
                "Skript- oder Stil-Code direkt in der Seite",
                "Die Sicherheitsregel der Website würde diesen Code blockieren. Das ist ein Problem der Vorlage: Wenden Sie sich an die IT.")
        },
        {
            DiagnosticCodes.VagueLinkText, new(
                "Linktext sagt nicht, wohin er führt",
                "Nennen Sie das Ziel statt „hier“ oder „mehr“, zum Beispiel [Integrationskurs im Wegweiser Sprache](…). Menschen mit Bildschirmleser hören Links oft ohne den Satz drumherum.")
        },
        {
            DiagnosticCodes.LongLinkText, new(
                "Linktext ist länger als 100 Zeichen",
                "Verlinken Sie nur die Wörter, die das Ziel nennen.")
        },
        {
            DiagnosticCodes.UnsafeMarkup, new(
                "Nicht erlaubter Inhalt im Text",
                "Der Text ergibt etwas, das auf der Website nicht erlaubt ist. Schreiben Sie an dieser Stelle einfaches Markdown.")
        },
        {
            DiagnosticCodes.ReviewDue, new(
                "Das Prüfdatum (review_by) ist vorbei",
                "Prüfen Sie die Angaben beim Anbieter. Setzen Sie dann reviewed auf das heutige Datum und review_by auf das nächste Prüfdatum.")
        },
        {
            DiagnosticCodes.LeichteSpracheLongSentence, new(
                "Leichte Sprache: Der Satz ist zu lang",
                "Ein Satz in Leichter Sprache hat höchstens 15 Wörter. Teilen Sie ihn in zwei oder mehr Sätze. Jeder Satz sagt nur eine Sache.")
        },
        {
            DiagnosticCodes.LeichteSpracheMixedSplit, new(
                "Leichte Sprache: Bindestrich und Mediopunkt in einem Wort",
                "Trennen Sie ein Wort entweder mit dem Mediopunkt (Bürger·büro) oder mit einem Bindestrich, nie mit beidem.")
        },
        {
            DiagnosticCodes.LeichteSpracheUnevenSplit, new(
                "Leichte Sprache: Wort anders getrennt als sonst",
                "Auf dieser Seite steht das Wort an anderer Stelle mit Mediopunkt. Schreiben Sie es überall gleich, z. B. immer Bürger·büro.")
        },
        {
            DiagnosticCodes.LeichteSpracheReferenceNumber, new(
                "Leichte Sprache: Aktenzeichen oder Paragraf",
                "Nummern wie 2016/2102 und das Zeichen § sind schwer zu lesen. Schreiben Sie, worum es geht, z. B. „ein Gesetz der Europäischen Union“.")
        },
        {
            DiagnosticCodes.LeichteSpracheSubordinateClause, new(
                "Leichte Sprache: Nebensatz",
                "Wörter wie weil, dass, obwohl oder damit leiten einen Nebensatz ein. Schreiben Sie zwei Sätze, oder eine Frage und „Dann …“.")
        },
        {
            DiagnosticCodes.LeichteSprachePassive, new(
                "Leichte Sprache: Passiv",
                "Sagen Sie, wer etwas tut: „Die Menschen wählen den Beirat.“ statt „Der Beirat wird gewählt.“")
        },
        {
            DiagnosticCodes.LeichteSpracheGenitive, new(
                "Leichte Sprache: Genitiv",
                "Schreiben Sie „von“ statt des Genitivs: „das Amt von der Stadt“ statt „das Amt der Stadt“ oder „des Amtes“.")
        },
        {
            DiagnosticCodes.RemoteImage, new(
                "Bild von einer fremden Website",
                "Die Website zeigt aus Sicherheitsgründen nur eigene Bilder. Lassen Sie das Bild weg, oder bitten Sie das Web-Team, es in die eigenen Dateien der Website aufzunehmen.")
        },
        {
            DiagnosticCodes.OutputCollision, new(
                "Zwei Dateien für eine Adresse",
                "Benennen Sie eine der genannten Dateien um. Eine Seite „themen.md“ neben dem Ordner „themen/“ gehört als „_index.md“ in den Ordner. Namen wie „suche“ und „postkarte“ sind für Seiten der Website reserviert.")
        },

        {
            DiagnosticCodes.AddressLink, new(
                "Link auf eine Internetadresse statt auf die Datei",
                "Verlinken Sie die Datei der Seite, zum Beispiel [Integrationskurs](../sprache/integrationskurs.md). Die Meldung nennt die Datei. Dann stimmt der Link in jeder Sprache, und die Prüfung findet Fehler.")
        },
        {
            DiagnosticCodes.FolderWithoutPage, new(
                "Ordner ohne eigene Seite",
                "Legen Sie im Ordner eine Datei _index.md mit einem Titel an. Dann führen Brotkrumen und Navigation zu diesem Bereich.")
        },

        // LS4xxx: layouts and UI strings
        {
            DiagnosticCodes.UiStringMissing, new(
                "Ein Oberflächentext fehlt oder ist leer",
                "Ergänzen Sie den Text in der genannten Datei im Ordner i18n/. Jeder Text muss in jeder Sprachdatei stehen.")
        },
        {
            DiagnosticCodes.UiStringsFileMissing, new(
                "Die Sprachdatei für Oberflächentexte fehlt",
                "Kopieren Sie i18n/de.yml unter dem Namen der Sprache, zum Beispiel i18n/tr.yml, und übersetzen Sie die Texte darin.")
        },
        {
            DiagnosticCodes.TemplateSyntax, new(
                "Schreibfehler in einer Vorlage (layouts/)",
                "Das liegt nicht an Ihrem Text. Wenden Sie sich an die IT.")
        },
        {
            DiagnosticCodes.TemplateRuntime, new(
                "Eine Vorlage bricht beim Erzeugen der Seite ab",
                "Wenden Sie sich an die IT. Nennen Sie dabei die Seite aus der Meldung.")
        },
        {
            DiagnosticCodes.LayoutMissing, new(
                "Eine Vorlage fehlt",
                "Prüfen Sie, ob im Kopf ein layout: steht, das es nicht gibt. Sonst wenden Sie sich an die IT.")
        },
        {
            DiagnosticCodes.UiStringUnused, new(
                "Ein Oberflächentext wird nirgends benutzt",
                "Löschen Sie den Text aus allen Dateien im Ordner i18n/.")
        },
        {
            DiagnosticCodes.PluralFormMissing, new(
                "Eine Mehrzahlform eines Textes fehlt",
                "Ergänzen Sie die Form, die die Meldung nennt. Wie das geht, steht in der Anleitung uebersetzen.md.")
        },
        {
            DiagnosticCodes.SignLanguageVideoMissing, new(
                "Video in Deutscher Gebärdensprache fehlt",
                "Die IT legt die Videodateien nach layouts/assets/dgs/ und trägt sie in site.yml ein. Wenden Sie sich an die IT.")
        },
        {
            DiagnosticCodes.AssetInvalid, new(
                "Eine CSS- oder JavaScript-Datei ist fehlerhaft",
                "Die Datei in layouts/assets/ lässt sich nicht verkleinern, weil sie einen Syntaxfehler hat. Wenden Sie sich an die IT.")
        },

        // LS5xxx: output
        {
            DiagnosticCodes.OutputFailed, new(
                "Die Website kann nicht geschrieben werden",
                "Oft ist der Speicherplatz voll oder es fehlen Schreibrechte. Wenden Sie sich an die IT.")
        },
        {
            DiagnosticCodes.OutputInsideSource, new(
                "Der Ausgabeordner würde Quelldateien löschen",
                "Wählen Sie mit der Option --output einen eigenen Ordner, zum Beispiel public/. Er darf nicht der Projektordner sein, kein Ordner darüber und nicht in content/, layouts/, i18n/ oder .git/ liegen.")
        },
        {
            DiagnosticCodes.OutputNotFromGenerator, new(
                "Der Ausgabeordner enthält fremde Dateien",
                "Jeder Bau ersetzt den ganzen Ausgabeordner, Ihre Dateien darin gingen verloren. Wählen Sie mit --output einen neuen oder leeren Ordner. Nur wenn alles darin gelöscht werden darf: build --force.")
        },

        // LS9000: the generator itself
        {
            DiagnosticCodes.InternalError, new(
                "Ein Fehler im Programm selbst",
                "Das liegt nicht an Ihrem Text; die zuletzt gebaute Website bleibt unverändert. Melden Sie den Fehler der IT und nennen Sie den Befehl, den Sie aufgerufen haben.")
        },
    };

    /// <summary>The German explanation of <paramref name="code"/>, or null for an unknown code.</summary>
    public static Entry? For(string code) => All.GetValueOrDefault(code);
}
