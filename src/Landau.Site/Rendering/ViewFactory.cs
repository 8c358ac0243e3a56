using System.Globalization;
using Landau.Site.Assembly;
using Landau.Site.Configuration;
using Landau.Site.Feeds;
using Landau.Site.Localization;
using Landau.Site.Model;
using Landau.Site.Offers;
using Scriban.Runtime;

namespace Landau.Site.Rendering;

/// <summary>
/// Builds the read-only, snake_case views that templates see, for one reader language. Templates
/// never get domain objects: only these views, with every text still to be escaped on output.
/// </summary>
internal sealed class ViewFactory(SiteModel site, LanguageConfig reader, UiStrings strings)
{
    private SiteConfig Config => site.Config;

    /// <summary>The view of the page being rendered, with its rendered body, children, breadcrumbs and translations.</summary>
    public ScriptObject PageView(Page page, HtmlFragment content)
    {
        var view = SummaryFields(page, currentKey: page.Key);
        view["content"] = content;
        view["absolute_url"] = Config.AbsoluteUrl(page.Url);
        view["children"] = List(site.ChildrenOf(page.Key).Select(k => site.Resolve(k, reader.Code)).OfType<Page>().Select(p => Summary(p, page.Key)));
        view["breadcrumbs"] = List(site.AncestorsOf(page.Key).Select(k => site.Resolve(k, reader.Code)).OfType<Page>().Select(p => Summary(p, page.Key)));
        view["translations"] = List(Translations(page));
        view["details"] = Details(page);
        view["json_ld"] = page.FrontMatter.Details is OfferDetails offerDetails ? OfferJsonLd(page, offerDetails) : null;
        view["contacts"] = List((page.FrontMatter.Contacts ?? []).Select(ContactById).OfType<ScriptObject>());
        view["filter"] = null;
        view["params"] = Plain(page.FrontMatter.Params);
        var siblings = SitePaths.ParentKey(page.Key) is { } parent ? site.ChildrenOf(parent) : [];
        var index = siblings.ToList().IndexOf(page.Key);
        view["previous"] = index > 0 ? SummaryOf(siblings[index - 1], page.Key) : null;
        view["next"] = index >= 0 && index < siblings.Count - 1 ? SummaryOf(siblings[index + 1], page.Key) : null;
        // A fallback page is the source page's text at another address: not indexed, canonical to the original.
        view["noindex"] = page.IsFallback;
        view["state"] = page.State switch
        {
            TranslationState.Source => "source",
            TranslationState.UpToDate => "current",
            TranslationState.Outdated => "outdated",
            _ => "missing",
        };
        view["is_draft"] = page.FrontMatter.Review == TranslationReview.Draft && page.State != TranslationState.Source && !page.IsFallback;
        view["content_url"] = page.ContentUrl;
        view["canonical_url"] = Config.AbsoluteUrl(page.IsFallback ? page.ContentUrl : page.Url);
        view["source_url"] = site.Find(page.Key, Config.SourceOf(page.Language).Code)?.Url;
        view["source_lang"] = Config.SourceOf(page.Language).Lang;
        view["offers"] = page.Type == ContentType.Guide
            ? List(site.OfType(ContentType.Offer, reader.Code)
                .Where(o => o.FrontMatter.Details is OfferDetails { Sections: { } sections } && sections.Contains(page.Id))
                .Select(o => Summary(o, page.Key)))
            : List(Array.Empty<ScriptObject>());
        return Freeze(view);
    }

    private ScriptObject? SummaryOf(string key, string currentKey) =>
        site.Resolve(key, reader.Code) is { } target ? Summary(target, currentKey) : null;

    /// <summary>
    /// The view of a "not found" page in the reader's language: no canonical URL, not indexed, and a
    /// language switcher that leads to each language's home page.
    /// </summary>
    public ScriptObject NotFoundView(string title) => SpecialPageView(title, $"{Config.BasePath}{reader.Code}/404.html", "404");

    /// <summary>A page the generator makes itself (404, translation dashboard): not indexed, switcher to each language's home.</summary>
    public ScriptObject SpecialPageView(string title, string url, string type)
    {
        var view = new ScriptObject(43)
        {
            ["key"] = null,
            ["id"] = type,
            ["title"] = title,
            ["description"] = null,
            ["type"] = type,
            ["url"] = url,
            ["absolute_url"] = null,
            ["lang"] = reader.Lang,
            ["dir"] = reader.Dir,
            ["is_other_language"] = false,
            ["is_fallback"] = false,
            ["state"] = "source",
            ["content_url"] = null,
            ["canonical_url"] = null,
            ["is_home"] = false,
            ["is_section"] = false,
            ["is_current"] = true,
            ["is_active"] = true,
            ["noindex"] = true,
            ["is_draft"] = false,
            ["source_url"] = null,
            ["source_lang"] = null,
            ["content"] = new HtmlFragment(""),
            ["children"] = List(Array.Empty<ScriptObject>()),
            ["breadcrumbs"] = List(Array.Empty<ScriptObject>()),
            ["translations"] = List(Config.Languages.Select(l => Freeze(new ScriptObject(9)
            {
                ["code"] = l.Code,
                ["lang"] = l.Lang,
                ["hreflang"] = null,
                ["name"] = l.Name,
                ["dir"] = l.Dir,
                ["url"] = SitePaths.Url(Config.BasePath, l.Code, SitePaths.HomeKey),
                ["absolute_url"] = null,
                ["available"] = true,
                ["is_current"] = l.Code == reader.Code,
            }))),
            ["details"] = null,
            ["params"] = null,
            ["previous"] = null,
            ["next"] = null,
            ["offers"] = List(Array.Empty<ScriptObject>()),
            ["contacts"] = List(Array.Empty<ScriptObject>()),
            ["filter"] = null,
            ["json_ld"] = null,
        };
        return Freeze(view);
    }

    /// <summary>A page as it appears in lists, navigation and breadcrumbs.</summary>
    public ScriptObject Summary(Page page, string? currentKey) => Freeze(SummaryFields(page, currentKey));

    private ScriptObject SummaryFields(Page page, string? currentKey)
    {
        var view = new ScriptObject(18)
        {
            ["key"] = page.Key,
            ["id"] = page.Id,
            ["title"] = page.Title,
            ["description"] = page.FrontMatter.Description,
            ["type"] = ContentSchema.NameOf(page.Type),
            ["url"] = page.Url,
            // The language of the page's text: for a fallback page the fallback language's, so layouts mark it with lang/dir.
            ["lang"] = page.ContentLanguage.Lang,
            ["dir"] = page.ContentLanguage.Dir,
            ["is_other_language"] = page.ContentLanguage.Lang != reader.Lang,
            ["is_fallback"] = page.IsFallback,
            ["is_home"] = page.IsHome,
            ["is_section"] = page.IsSection,
            ["is_current"] = currentKey == page.Key,
            ["is_active"] = currentKey is not null && (currentKey == page.Key || site.AncestorsOf(currentKey).Contains(page.Key)),
            ["weight"] = page.FrontMatter.Weight,
            ["statement"] = (page.FrontMatter.Details as PrincipleDetails)?.Statement,
            ["date"] = (page.FrontMatter.Details as NewsDetails)?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["date_text"] = FormatDate((page.FrontMatter.Details as NewsDetails)?.Date),
        };
        return view;
    }

    /// <summary>The site-wide values: title, languages, home.</summary>
    public ScriptObject SiteView() => Freeze(new ScriptObject(13)
    {
        ["title"] = Config.TitleFor(reader.Code),
        ["base_url"] = Config.BaseUrl.AbsoluteUri,
        ["lang"] = reader.Lang,
        ["code"] = reader.Code,
        ["dir"] = reader.Dir,
        ["language_name"] = reader.Name,
        ["default_language"] = Config.DefaultLanguage.Code,
        ["home_url"] = SitePaths.Url(Config.BasePath, reader.Code, SitePaths.HomeKey),
        ["root_url"] = Config.BasePath,
        ["languages"] = List(Config.Languages.Select(LanguageView)),
        ["footer_contact"] = Config.FooterContact is { } id ? ContactById(id) : null,
        ["feed_url"] = AtomFeed.NewsOf(site, reader.Code).Count > 0 ? $"{Config.BasePath}{reader.Code}/{AtomFeed.FileName}" : null,
        ["params"] = Plain(Config.Params),
    });

    public ScriptObject LanguageView(LanguageConfig language) => Freeze(new ScriptObject(6)
    {
        ["code"] = language.Code,
        ["lang"] = language.Lang,
        ["name"] = language.Name,
        ["dir"] = language.Dir,
        ["url"] = SitePaths.Url(Config.BasePath, language.Code, SitePaths.HomeKey),
        ["is_current"] = language.Code == reader.Code,
    });

    /// <summary>The view of a contact page by id, for contact cards; null when there is none.</summary>
    public ScriptObject? ContactById(string id) =>
        site.ContactKey(id) is { } key && site.Resolve(key, reader.Code) is { } page ? ContactView(page) : null;

    /// <summary>
    /// The page in every language, for the language switcher and hreflang: <c>available</c> only where
    /// a real translation exists; elsewhere the link leads to the fallback page at that language's address.
    /// </summary>
    private IEnumerable<ScriptObject> Translations(Page page)
    {
        foreach (var language in Config.Languages)
        {
            var target = site.Resolve(page.Key, language.Code);
            yield return Freeze(new ScriptObject(9)
            {
                ["code"] = language.Code,
                ["lang"] = language.Lang,
                // Variants (Leichte Sprache) share their language's tag: they are not hreflang alternates.
                ["hreflang"] = language.IsVariant ? null : language.Lang,
                ["name"] = language.Name,
                ["dir"] = language.Dir,
                ["url"] = target?.Url,
                ["absolute_url"] = target is null ? null : Config.AbsoluteUrl(target.Url),
                ["available"] = target is { IsFallback: false },
                ["is_current"] = language.Code == reader.Code,
            });
        }
    }

    /// <summary>Offers as cards: the summary, the offer's facts, and the data the filter script reads.</summary>
    public ScriptArray OfferCards(IReadOnlyList<Page> offers) => List(offers.Select(offer =>
    {
        var card = SummaryFields(offer, currentKey: null);
        var details = (OfferDetails)offer.FrontMatter.Details;
        card["offer"] = OfferView(details);
        card["data_sections"] = string.Join(' ', details.Sections ?? []);
        card["data_groups"] = string.Join(' ', details.TargetGroups ?? []);
        card["data_languages"] = string.Join(' ', details.Languages ?? []);
        return Freeze(card);
    }));

    /// <summary>The directory's filters grouped by kind (<see cref="OfferFilterViews"/>), labelled in the reader's language.</summary>
    public IReadOnlyList<OfferFilterGroupView> OfferFilterGroups(Page directory, IReadOnlyList<Page> offers, IReadOnlyList<OfferFilter> filters, OfferFilter? active) =>
        OfferFilterViews.Groups(directory, offers, filters, active, FilterLabel, kind =>
            strings.TryGet($"offers.filter_{kind.ToString().ToLowerInvariant()}", out var label) ? label : kind.ToString());

    /// <summary>The directory page's view for one filter: its own title, address and breadcrumbs, and the same filter in other languages.</summary>
    public ScriptObject FilteredDirectoryView(Page directory, ScriptObject directoryView, OfferFilter filter)
    {
        var view = Copy(directoryView);

        view["title"] = $"{directory.Title}: {FilterLabel(filter)}";
        view["url"] = directory.Url + filter.Path;
        view["canonical_url"] = Config.AbsoluteUrl(directory.IsFallback ? directory.ContentUrl + filter.Path : directory.Url + filter.Path);
        view["content"] = new HtmlFragment("");
        view["breadcrumbs"] = List(((ScriptArray)directoryView["breadcrumbs"]!).Cast<object>().Append(Summary(directory, currentKey: null)));
        view["translations"] = List(((ScriptArray)directoryView["translations"]!).Cast<ScriptObject>().Select(t =>
        {
            var copy = Copy(t);

            copy["url"] = t["url"] is string url ? url + filter.Path : null;
            copy["absolute_url"] = t["absolute_url"] is string absolute ? absolute + filter.Path : null;
            return Freeze(copy);
        }));
        view["filter"] = Freeze(new ScriptObject { ["param"] = filter.Parameter, ["value"] = filter.Value, ["label"] = FilterLabel(filter) });
        return Freeze(view);
    }

    private string FilterLabel(OfferFilter filter) => filter.Kind switch
    {
        OfferFilterKind.Section => site.Resolve(Config.GuideSectionKey(filter.Value), reader.Code)?.Title ?? filter.Value,
        OfferFilterKind.TargetGroup => strings.TryGet($"target_group.{filter.Value}", out var group) ? group : filter.Value,
        OfferFilterKind.Language => SpokenLanguage(filter.Value)["name"] as string ?? filter.Value,
        OfferFilterKind.FreeOfCharge => strings.TryGet("offers.free", out var free) ? free : "free",
        OfferFilterKind.Childcare => strings.TryGet("offer.childcare_yes", out var childcare) ? childcare : "childcare",
        _ => strings.TryGet("offer.access_yes", out var access) ? access : "step-free",
    };

    /// <summary>
    /// schema.org data about an offer (a <c>Service</c> and its provider), with the same facts as the page.
    /// Serialized with every character that could end the script element escaped.
    /// </summary>
    private HtmlFragment OfferJsonLd(Page page, OfferDetails offer)
    {
        var provider = new System.Text.Json.Nodes.JsonObject
        {
            ["@type"] = "Organization",
            ["name"] = offer.Provider,
        };
        if (offer.Address is { } address)
        {
            provider["address"] = new System.Text.Json.Nodes.JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = address.Street,
                ["postalCode"] = address.PostalCode,
                ["addressLocality"] = address.City,
                ["addressCountry"] = "DE",
            };
        }

        if (offer.Phone is not null) { provider["telephone"] = offer.Phone; }
        if (offer.Email is not null) { provider["email"] = offer.Email; }
        if (offer.Url is not null) { provider["url"] = offer.Url; }

        var service = new System.Text.Json.Nodes.JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Service",
            ["name"] = page.Title,
            ["description"] = page.FrontMatter.Description,
            ["url"] = Config.AbsoluteUrl(page.Url),
            ["inLanguage"] = page.ContentLanguage.Lang,
            ["areaServed"] = new System.Text.Json.Nodes.JsonObject { ["@type"] = "City", ["name"] = "Landau in der Pfalz" },
            ["provider"] = provider,
        };
        if (offer.Languages is { Count: > 0 } languages)
        {
            service["availableLanguage"] = new System.Text.Json.Nodes.JsonArray(languages.Select(l => (System.Text.Json.Nodes.JsonNode?)l).ToArray());
        }

        if (offer.FreeOfCharge == true)
        {
            service["isAccessibleForFree"] = true;
        }

        if (offer.Schedule is not null) { service["hoursAvailable"] = offer.Schedule; }

        var json = service.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
        return new HtmlFragment(json);
    }

    private ScriptObject? Details(Page page) => page.FrontMatter.Details switch
    {
        OfferDetails offer => OfferView(offer),
        ContactDetails => ContactView(page),
        _ => null,
    };

    private ScriptObject OfferView(OfferDetails offer) => Freeze(new ScriptObject(20)
    {
        ["provider"] = offer.Provider,
        ["sections"] = List((offer.Sections ?? []).Select(s => site.Resolve(Config.GuideSectionKey(s), reader.Code)).OfType<Page>().Select(p => Summary(p, null))),
        ["target_groups"] = List((offer.TargetGroups ?? []).Select(g => strings.TryGet($"target_group.{g}", out var label) ? label : g)),
        ["languages"] = List((offer.Languages ?? []).Select(SpokenLanguage)),
        ["address"] = AddressView(offer.Address),
        ["phone"] = offer.Phone,
        ["phone_href"] = PhoneHref(offer.Phone),
        ["email"] = offer.Email,
        ["url"] = offer.Url,
        ["schedule"] = offer.Schedule,
        ["cost"] = offer.Cost,
        ["free_of_charge"] = offer.FreeOfCharge,
        ["childcare"] = offer.Childcare,
        ["wheelchair_accessible"] = offer.WheelchairAccessible,
        ["contact"] = offer.Contact is { } id ? ContactById(id) : null,
        ["reviewed"] = offer.Reviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["data_free"] = offer.FreeOfCharge == true ? "ja" : "",
        ["data_childcare"] = offer.Childcare == true ? "ja" : "",
        ["data_access"] = offer.WheelchairAccessible == true ? "ja" : "",
        ["reviewed_text"] = FormatDate(offer.Reviewed),
        ["facts_from"] = offer.FactsFrom,
    });

    private ScriptObject ContactView(Page page)
    {
        var contact = (ContactDetails)page.FrontMatter.Details;
        return Freeze(new ScriptObject(15)
        {
            ["title"] = page.Title,
            ["url"] = page.Url,
            ["lang"] = page.ContentLanguage.Lang,
            ["dir"] = page.ContentLanguage.Dir,
            ["is_other_language"] = page.ContentLanguage.Lang != reader.Lang,
            ["organisation"] = contact.Organisation,
            ["name"] = contact.Name,
            ["role"] = contact.Role,
            ["address"] = AddressView(contact.Address),
            ["phone"] = contact.Phone,
            ["phone_href"] = PhoneHref(contact.Phone),
            ["fax"] = contact.Fax,
            ["email"] = contact.Email,
            ["web"] = contact.Url,
            ["opening_hours"] = contact.OpeningHours,
        });
    }

    private static ScriptObject? AddressView(PostalAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        var query = string.Join(", ", new[] { address.Street, $"{address.PostalCode} {address.City}".Trim() }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return Freeze(new ScriptObject(4)
        {
            ["street"] = address.Street,
            ["postal_code"] = address.PostalCode,
            ["city"] = address.City,
            // A link to OpenStreetMap's search, never an embedded map: no third-party requests on our pages.
            ["map_url"] = "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(query),
        });
    }

    private ScriptObject SpokenLanguage(string code)
    {
        var configured = Config.FindLanguage(code);
        string name;
        try
        {
            var native = CultureInfo.GetCultureInfo(code).NativeName;
            name = configured?.Name ?? (native.Length > 0 ? char.ToUpper(native[0], CultureInfo.GetCultureInfo(code)) + native[1..] : code);
        }
        catch (CultureNotFoundException)
        {
            name = configured?.Name ?? code;
        }

        var rtl = configured is not null ? configured.Direction == TextDirection.Rtl : IsRightToLeft(code);
        return Freeze(new ScriptObject { ["code"] = code, ["name"] = name, ["dir"] = rtl ? "rtl" : "ltr" });
    }

    private static bool IsRightToLeft(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).TextInfo.IsRightToLeft;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>A <c>tel:</c> URL in international form: German numbers written 06341 13-5025 become tel:+49634135025.</summary>
    public static string? PhoneHref(string? phone)
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

    /// <summary>A date in the reader's long format without the weekday ("28. September 2021", "September 28, 2021").</summary>
    private string? FormatDate(DateOnly? date)
    {
        if (date is not { } value)
        {
            return null;
        }

        var text = value.ToString("D", reader.Culture);
        var weekday = reader.Culture.DateTimeFormat.GetDayName(value.DayOfWeek);
        var stripped = text.Replace(weekday, "", StringComparison.Ordinal).Trim().Trim(',', '،', ' ');
        return stripped.Length > 0 ? stripped : text;
    }

    private static ScriptArray List<T>(IEnumerable<T> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        array.IsReadOnly = true;
        return array;
    }

    private static object? Plain(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => Freeze(map.Aggregate(new ScriptObject(), (o, e) => { o[e.Key] = Plain(e.Value); return o; })),
        IEnumerable<object?> list => List(list.Select(Plain)),
        _ => value,
    };

    /// <summary>A writable copy of a (frozen) view, to derive another view from it.</summary>
    internal static ScriptObject Copy(ScriptObject view)
    {
        var copy = new ScriptObject(view.Count + 4);
        foreach (var (key, value) in view)
        {
            copy[key] = value;
        }

        return copy;
    }

    private static ScriptObject Freeze(ScriptObject view)
    {
        view.IsReadOnly = true;
        return view;
    }
}
