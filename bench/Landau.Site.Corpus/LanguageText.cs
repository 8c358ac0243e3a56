using System.Globalization;
using System.Text;

namespace Landau.Site.Corpus;

/// <summary>
/// The words a language's pages are made of: a vocabulary for running text (real words, repeated
/// in random order), nouns and phrases for titles, and the language's punctuation. Arabic and
/// Persian text gets German names in between, as the real translations have them, so the
/// generator's right-to-left isolation has Latin runs to work on.
/// </summary>
public sealed class LanguageText
{
    private readonly string[] _words;
    private readonly string[] _titleNouns;
    private readonly string[] _groupPhrases;
    private readonly CultureInfo _culture;

    private LanguageText(string code, string words, string titleNouns, string and, string groupPhrases, string[] schedules, string[] costs, string[] openingHours)
    {
        Code = code;
        _words = Split(words, ' ');
        _titleNouns = Split(titleNouns, ',');
        _groupPhrases = Split(groupPhrases, ',');
        And = and;
        Schedules = schedules;
        Costs = costs;
        OpeningHours = openingHours;
        _culture = CultureInfo.GetCultureInfo(code == "de-ls" ? "de" : code);
        IsRightToLeft = code is "ar" or "fa";
    }

    public string Code { get; }

    public bool IsRightToLeft { get; }

    /// <summary>"und", "and", "و" …: joins two nouns in a title.</summary>
    public string And { get; }

    public IReadOnlyList<string> Schedules { get; }

    public IReadOnlyList<string> Costs { get; }

    public IReadOnlyList<string> OpeningHours { get; }

    /// <summary>Leichte Sprache: short sentences, one to a line.</summary>
    public bool IsEasyLanguage => Code == "de-ls";

    private string Stop => ".";

    private string Comma => IsRightToLeft ? "،" : ",";

    private string Question => IsRightToLeft ? "؟" : "?";

    /// <summary>German names that stay German in other languages' text (marked, or isolated in right-to-left text).</summary>
    public static readonly IReadOnlyList<string> GermanNames =
        ["Bürgerbüro", "Integrationskurs", "Ausländerbehörde", "Jobcenter", "Landau in der Pfalz", "Volkshochschule", "Meldebescheinigung", "Kindergeld"];

    public string Word(CorpusRandom random) => random.Pick(_words);

    public string Phrase(CorpusRandom random, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Between(min, max)).Select(_ => Word(random)));

    /// <summary>A sentence of <paramref name="min"/> to <paramref name="max"/> words, capitalised and closed.</summary>
    public string Sentence(CorpusRandom random, int min = 6, int max = 15)
    {
        if (IsEasyLanguage)
        {
            (min, max) = (4, 8);
        }

        var words = Enumerable.Range(0, random.Between(min, max)).Select(_ => Word(random)).ToList();
        if (!IsEasyLanguage && words.Count > 8 && random.Chance(0.4))
        {
            words[words.Count / 2] += Comma;
        }

        return Capitalize(string.Join(' ', words)) + (random.Chance(0.08) ? Question : Stop);
    }

    /// <summary>A page title: a noun, two nouns, or a noun for a group of people.</summary>
    public string Title(CorpusRandom random) => random.Between(0, 2) switch
    {
        0 => Capitalize(random.Pick(_titleNouns)),
        1 => Capitalize(random.Pick(_titleNouns) + AndJoin + random.Pick(_titleNouns)),
        _ => Capitalize($"{random.Pick(_titleNouns)} {random.Pick(_groupPhrases)}"),
    };

    /// <summary>An organisation's name made of the title nouns (placeholder names, no real providers).</summary>
    public string Organisation(CorpusRandom random) => Code switch
    {
        "de" or "de-ls" => $"Beratungsstelle {Capitalize(random.Pick(_titleNouns))} (Beispiel)",
        "en" => $"{Capitalize(random.Pick(_titleNouns))} advice centre (example)",
        "tr" => $"{Capitalize(random.Pick(_titleNouns))} danışma merkezi (örnek)",
        "uk" => $"Консультаційний центр «{random.Pick(_titleNouns)}» (приклад)",
        "ar" => $"مركز استشارات {random.Pick(_titleNouns)} (مثال)",
        "fa" => $"مرکز مشاوره {random.Pick(_titleNouns)} (نمونه)",
        _ => Capitalize(random.Pick(_titleNouns)),
    };

    // Arabic and Persian write "and" joined to the next word.
    private string AndJoin => IsRightToLeft ? $" {And}" : $" {And} ";

    public string Capitalize(string text)
    {
        if (text.Length == 0 || IsRightToLeft)
        {
            return text;
        }

        return char.ToUpper(text[0], _culture) + text[1..];
    }

    private static string[] Split(string text, char separator) =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(w => separator == ' ' ? w.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries) : [w])
            .ToArray();

    /// <summary>The text of a language code of site.yml; throws for a language the generator has no words for.</summary>
    public static LanguageText For(string code) => All.TryGetValue(code, out var text)
        ? text
        : throw new ArgumentException($"The corpus generator has no words for the language '{code}'. Add them to LanguageText.cs.");

    private static readonly Dictionary<string, LanguageText> All = new(StringComparer.Ordinal)
    {
        ["de"] = new(
            "de",
            """
            Stadt Beratung Termin Antrag Unterstützung Familie Kinder Schule Kita Sprachkurs Integrationskurs Wohnung Arbeit
            Ausbildung Behörde Ausländerbehörde Jobcenter Anmeldung Aufenthalt Gesundheit Versicherung Beratungsstelle Angebot
            Information Hilfe wichtig kostenlos schnell einfach regelmäßig gemeinsam neu persönlich wir Sie können helfen finden
            erhalten beantragen besuchen lernen wohnen arbeiten informieren und oder mit für bei in der die das ein eine auch nach
            vor zum zur Nachbarschaft Verein Ehrenamt Dolmetscher Unterlagen Formular Öffnungszeiten Sprechstunde Rathaus Bürgerbüro
            Stadtteil Elternabend Ärztin Krankenkasse Bescheid Frist Nachweis Zeugnis Anerkennung Praktikum Betrieb Landau Pfalz
            """,
            "Sprachkurs, Integrationskurs, Anmeldung, Wohnung, Mietvertrag, Kita, Schule, Ausbildung, Arbeit, Beratung, Krankenversicherung, Arztbesuch, Bankkonto, Ehrenamt, Verein, Elternabend, Anerkennung, Praktikum, Führerschein, Bibliothek, Busfahrkarte, Kindergeld, Aufenthaltstitel, Einbürgerung, Nachbarschaft, Sportverein, Hausarzt, Notfall, Mülltrennung, Stromvertrag, Sprachcafé, Hausaufgabenhilfe, Weiterbildung, Bewerbung, Minijob, Elterngeld",
            "und",
            "für Familien, für Frauen, für Jugendliche, für Eltern, für Neuzugewanderte, für Ehrenamtliche, für Arbeitgebende",
            ["Montag und Mittwoch, 9 bis 12 Uhr", "dienstags 14 bis 17 Uhr", "jeden ersten Samstag im Monat", "nach Vereinbarung", "Montag bis Freitag, 8 bis 16 Uhr"],
            ["5 Euro pro Termin", "10 Euro im Monat", "Die Kosten hängen von Ihrer Situation ab.", "ein kleiner Beitrag für Material"],
            ["Montag bis Donnerstag 9 bis 12 Uhr", "Dienstag 14 bis 18 Uhr und nach Vereinbarung", "nach telefonischer Vereinbarung"]),
        ["de-ls"] = new(
            "de-ls",
            """
            Sie können Hilfe bekommen fragen Termin Amt Stadt Landau Wohnung Arbeit Schule Kita Kinder Familie Geld Brief Antrag
            lernen Deutsch Kurs gut wichtig neu leicht gern wir helfen Ihnen und oder mit bei in ein eine der die das
            zum Beispiel Beratung Verein Nachbarn Arzt Ärztin Bus Ausweis Pass Formular Tag Woche Zeit schreiben lesen sprechen
            """,
            "Deutsch-Kurs, Wohnung, Arbeit, Schule, Kita, Arzt, Geld, Bank-Konto, Amt, Hilfe, Beratung, Termin, Antrag, Verein, Familie, Kinder, Bus-Fahrkarte, Ausweis, Brief, Miete",
            "und",
            "für Familien, für Frauen, für Kinder, für Eltern, für neue Menschen in Landau",
            ["Montag und Mittwoch von 9 Uhr bis 12 Uhr", "Sie machen einen Termin aus."],
            ["Das kostet 5 Euro.", "Das kostet nichts."],
            ["Montag bis Donnerstag von 9 Uhr bis 12 Uhr", "Sie rufen vorher an."]),
        ["en"] = new(
            "en",
            """
            city advice appointment application support family children school nursery course integration flat work training
            office registration residence health insurance centre offer information help important free quick simple regular
            together new local personal we you can help find receive apply visit learn live work inform and or with for at in
            the a an also after before to neighbourhood club volunteer interpreter documents form hours consultation town hall
            district parents doctor certificate deadline proof recognition internship company employer landlord rent contract
            bus ticket library Landau
            """,
            "language course, integration course, registration, flat, tenancy agreement, nursery, school, apprenticeship, work, advice, health insurance, doctor's visit, bank account, volunteering, club, parents' evening, recognition of qualifications, internship, driving licence, library, bus ticket, child benefit, residence permit, naturalisation, neighbourhood, sports club, family doctor, emergency, waste separation, electricity contract, language café, homework help, further training, job application, mini-job, parental allowance",
            "and",
            "for families, for women, for young people, for parents, for newcomers, for volunteers, for employers",
            ["Monday and Wednesday, 9 am to 12 noon", "Tuesdays 2 pm to 5 pm", "every first Saturday of the month", "by appointment", "Monday to Friday, 8 am to 4 pm"],
            ["5 euros per appointment", "10 euros a month", "The cost depends on your situation.", "a small contribution for materials"],
            ["Monday to Thursday 9 am to 12 noon", "Tuesday 2 pm to 6 pm and by appointment", "by appointment on the phone"]),
        ["ar"] = new(
            "ar",
            """
            مدينة استشارة موعد طلب دعم عائلة أطفال مدرسة روضة دورة اندماج سكن عمل تدريب مكتب تسجيل إقامة صحة تأمين مركز عرض
            معلومات مساعدة مهم مجاني سريع بسيط منتظم معًا جديد محلي شخصي نحن أنتم يمكن نساعد نجد تحصل تقدم زيارة تعلم تسكن
            تعمل في من إلى على مع عن بعد قبل هذا هذه حي جمعية متطوع مترجم وثائق استمارة مواعيد بلدية الأهل طبيب شهادة مهلة
            إثبات اعتراف شركة صاحب إيجار عقد حافلة مكتبة اللغة الألمانية لانداو
            """,
            "دورة اللغة, دورة الاندماج, تسجيل السكن, الشقة, عقد الإيجار, الروضة, المدرسة, التدريب المهني, العمل, الاستشارة, التأمين الصحي, زيارة الطبيب, الحساب المصرفي, العمل التطوعي, النادي, اجتماع الأهل, الاعتراف بالشهادات, التدريب العملي, رخصة القيادة, المكتبة, تذكرة الحافلة, إعانة الأطفال, تصريح الإقامة, التجنس, الجيران, النادي الرياضي, طبيب العائلة, حالات الطوارئ, فرز النفايات, عقد الكهرباء, مقهى اللغة, المساعدة في الواجبات, التعليم المستمر, طلب العمل",
            "و",
            "للعائلات, للنساء, للشباب, للأهل, للقادمين الجدد, للمتطوعين, لأصحاب العمل",
            ["الاثنين والأربعاء من 9 إلى 12", "كل ثلاثاء من 14 إلى 17", "أول سبت من كل شهر", "بموعد مسبق"],
            ["5 يورو للموعد", "10 يورو في الشهر", "تختلف التكلفة حسب وضعكم."],
            ["من الاثنين إلى الخميس من 9 إلى 12", "بموعد عبر الهاتف"]),
        ["fa"] = new(
            "fa",
            """
            شهر مشاوره وقت درخواست حمایت خانواده کودکان مدرسه مهدکودک دوره ادغام مسکن کار آموزش اداره ثبت اقامت سلامت بیمه
            مرکز پیشنهاد اطلاعات کمک مهم رایگان سریع ساده منظم باهم جدید محلی شخصی ما شما می‌توانید پیدا دریافت ارائه بازدید
            یادگیری زندگی و یا با برای در از به این آن بعد قبل محله انجمن داوطلب مترجم مدارک فرم ساعات شهرداری والدین پزشک
            گواهی مهلت مدرک کارورزی شرکت کارفرما اجاره قرارداد لانداو
            """,
            "دوره زبان, دوره ادغام, ثبت محل سکونت, آپارتمان, قرارداد اجاره, مهدکودک, مدرسه, کارآموزی, کار, مشاوره, بیمه درمانی, مراجعه به پزشک, حساب بانکی, کار داوطلبانه, انجمن, جلسه والدین, ارزشیابی مدارک, کارورزی, گواهینامه رانندگی, کتابخانه, بلیت اتوبوس, کمک‌هزینه فرزند, اجازه اقامت, تابعیت, همسایگی, باشگاه ورزشی, پزشک خانواده, اورژانس, تفکیک زباله, قرارداد برق, کافه زبان, کمک در تکالیف, آموزش تکمیلی, درخواست کار",
            "و",
            "برای خانواده‌ها, برای زنان, برای جوانان, برای والدین, برای تازه‌واردان, برای داوطلبان, برای کارفرمایان",
            ["دوشنبه و چهارشنبه از ساعت 9 تا 12", "سه‌شنبه‌ها از ساعت 14 تا 17", "با وقت قبلی"],
            ["5 یورو برای هر جلسه", "10 یورو در ماه", "هزینه به وضعیت شما بستگی دارد."],
            ["دوشنبه تا پنجشنبه از ساعت 9 تا 12", "با وقت تلفنی"]),
        ["tr"] = new(
            "tr",
            """
            şehir danışmanlık randevu başvuru destek aile çocuklar okul kreş kurs uyum konut iş eğitim daire kayıt oturum sağlık
            sigorta merkez teklif bilgi yardım önemli ücretsiz hızlı kolay düzenli birlikte yeni yerel kişisel biz siz bulmak
            almak başvurmak ziyaret öğrenmek yaşamak çalışmak bilgilendirmek ve veya ile için de da bir bu sonra önce mahalle
            dernek gönüllü tercüman belgeler form saatler belediye veliler doktor belge süre kanıt tanınma staj şirket işveren
            kira sözleşme otobüs kütüphane Landau
            """,
            "dil kursu, uyum kursu, adres kaydı, daire, kira sözleşmesi, kreş, okul, meslek eğitimi, iş, danışmanlık, sağlık sigortası, doktor ziyareti, banka hesabı, gönüllülük, dernek, veli toplantısı, diploma denkliği, staj, ehliyet, kütüphane, otobüs bileti, çocuk parası, oturum izni, vatandaşlığa geçiş, komşuluk, spor kulübü, aile hekimi, acil durum, çöp ayrıştırma, elektrik sözleşmesi, dil kafesi, ödev yardımı, ileri eğitim, iş başvurusu",
            "ve",
            "aileler için, kadınlar için, gençler için, ebeveynler için, yeni gelenler için, gönüllüler için, işverenler için",
            ["Pazartesi ve çarşamba, 9–12 arası", "salı günleri 14–17 arası", "her ayın ilk cumartesi günü", "randevu ile"],
            ["randevu başına 5 avro", "ayda 10 avro", "Ücret durumunuza bağlıdır."],
            ["Pazartesi–perşembe 9–12 arası", "telefonla randevu ile"]),
        ["uk"] = new(
            "uk",
            """
            місто консультація прийом заява підтримка сім'я діти школа садок курс інтеграція квартира робота навчання установа
            реєстрація перебування здоров'я страхування центр пропозиція інформація допомога важливо безкоштовно швидко просто
            регулярно разом новий місцевий особистий ми ви можете допомогти знайти отримати подати відвідати вчитися жити
            працювати дізнатися і або з для у в на після перед район об'єднання волонтер перекладач документи анкета години
            ратуша батьки лікар довідка термін підтвердження визнання практика фірма роботодавець оренда договір Ландау
            """,
            "мовний курс, інтеграційний курс, реєстрація місця проживання, квартира, договір оренди, дитячий садок, школа, професійне навчання, робота, консультація, медичне страхування, візит до лікаря, банківський рахунок, волонтерство, клуб, батьківські збори, визнання дипломів, практика, посвідчення водія, бібліотека, квиток на автобус, допомога на дітей, дозвіл на проживання, натуралізація, сусідство, спортивний клуб, сімейний лікар, екстрена допомога, сортування сміття, договір на електроенергію, мовне кафе, допомога з домашніми завданнями, підвищення кваліфікації, заява на роботу",
            "і",
            "для сімей, для жінок, для молоді, для батьків, для новоприбулих, для волонтерів, для роботодавців",
            ["понеділок і середа, з 9 до 12", "щовівторка з 14 до 17", "щоперша субота місяця", "за домовленістю"],
            ["5 євро за зустріч", "10 євро на місяць", "Вартість залежить від вашої ситуації."],
            ["з понеділка по четвер з 9 до 12", "за попереднім записом телефоном"]),
    };
}
