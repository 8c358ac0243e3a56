using Landau.Site.Diagnostics;
using Landau.Site.Markdown;
using Landau.Site.Model;
using Landau.Site.Yaml;

namespace Landau.Site.Loading;

/// <summary>Validates a page's front matter against <see cref="ContentSchema"/> and binds it to a <see cref="FrontMatter"/>.</summary>
public static class FrontMatterParser
{
    /// <summary>
    /// Fields the page's type does not have. One that is close to a required field the page lacks
    /// (<c>titel:</c> for <c>title:</c>) is one error that says so, instead of a missing title and a
    /// separate warning; another is a warning with the closest field of this type. Suggestions and
    /// lists leave out the translators' own fields on a German page. Returns the required fields
    /// whose misspelling was reported.
    /// </summary>
    private static HashSet<string> ReportUnknownFields(YamlFields fields, ContentType type, IReadOnlyList<FieldSpec> schema, bool isSourceLanguage, DiagnosticBag diagnostics)
    {
        var misspelt = new HashSet<string>(StringComparer.Ordinal);
        var offered = schema.Where(f => !isSourceLanguage || !f.TranslationsOnly).ToList();
        var typeName = ContentSchema.NameOf(type);
        foreach (var (name, location) in fields.KeysNotIn(schema.Select(f => f.Name).ToList()))
        {
            var best = Suggestion.Closest(name, offered.Select(f => f.Name));
            var field = offered.FirstOrDefault(f => f.Name == best);
            var needed = field is { Required: true } && (isSourceLanguage || ContentSchema.Common.Contains(field)) && fields.IsEmpty(field.Name);
            if (needed && misspelt.Add(field!.Name))
            {
                diagnostics.Error(DiagnosticCodes.UnknownField, location, new Text("LS2005.MisspeltRequired", name, field.Name, typeName, field.Description));
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.UnknownField, location, best is not null
                    ? new Text("LS2005.UnknownField", name, typeName, new Text("DidYouMean", best))
                    : new Text("LS2005.UnknownFieldFieldsOfType", name, typeName, string.Join(", ", offered.Select(f => f.Name))));
            }
        }

        return misspelt;
    }

    /// <summary>
    /// Reads the front matter of one page. Type-specific required fields are enforced on source-language
    /// pages only: translations inherit the fields they leave out. Returns null when the page cannot be used.
    /// </summary>
    public static FrontMatter? Parse(YamlFields fields, bool isSectionFile, bool isSourceLanguage, DiagnosticBag diagnostics)
    {
        var typeName = fields.Text("type");
        ContentType type;
        if (typeName is null)
        {
            type = ContentSchema.DefaultType(isSectionFile);
        }
        else if (!ContentSchema.TypeNames.TryGetValue(typeName, out type))
        {
            diagnostics.Error(DiagnosticCodes.UnknownContentType, fields.ValueLocation("type"),
                Suggestion.Closest(typeName, ContentSchema.TypeNames.Keys) is not null
                    ? new Text("LS2007.UnknownType", typeName, Suggestion.DidYouMean(typeName, ContentSchema.TypeNames.Keys))
                    : new Text("LS2007.UnknownTypeUseOneOf", typeName, string.Join(", ", ContentSchema.TypeNames.Keys)));
            return null;
        }

        var schema = ContentSchema.Fields(type);
        var misspelt = ReportUnknownFields(fields, type, schema, isSourceLanguage, diagnostics);

        var title = fields.Text("title");
        var ok = misspelt.Count == 0;
        if ((string.IsNullOrWhiteSpace(title) || IsInvisible(title)) && !misspelt.Contains("title"))
        {
            diagnostics.Error(DiagnosticCodes.RequiredFieldMissing, fields.Has("title") ? fields.ValueLocation("title") : fields.Location,
                IsInvisible(title ?? "") && !string.IsNullOrWhiteSpace(title)
                    ? new Text("LS2004.TitleInvisible")
                    : new Text("LS2004.TitleMissing"));
            ok = false;
        }

        if (isSourceLanguage)
        {
            // An empty value ('provider:' with nothing after it) is as missing as no line at all.
            foreach (var field in ContentSchema.TypeFields(type).Where(f => f.Required && fields.IsEmpty(f.Name) && !misspelt.Contains(f.Name)))
            {
                if (fields.Has(field.Name))
                {
                    diagnostics.Error(DiagnosticCodes.RequiredFieldMissing, fields.ValueLocation(field.Name),
                        new Text("LS2004.FieldEmpty", field.Name, ContentSchema.NameOf(type), field.Description));
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.RequiredFieldMissing, fields.Location,
                        new Text("LS2004.FieldMissing", ContentSchema.NameOf(type), field.Name, field.Description));
                }

                ok = false;
            }
        }

        var errorsBefore = diagnostics.ErrorCount;
        var weight = fields.Integer("weight") ?? 0;
        var draft = fields.Boolean("draft") ?? false;
        var description = fields.Text("description");
        var translationKey = fields.Text("translation_key");
        var details = ContentSchema.ReadDetails(type, fields);
        // A type's closed lists of values (Common's translation_status is read on its own below).
        foreach (var field in ContentSchema.TypeFields(type).Where(f => f.AllowedValues is not null))
        {
            var values = field.Kind == FieldKind.TextList ? fields.TextList(field.Name) ?? [] : fields.Text(field.Name) is { } one ? [one] : [];
            for (var i = 0; i < values.Count; i++)
            {
                if (!field.AllowedValues!.Contains(values[i]))
                {
                    var location = field.Kind == FieldKind.TextList ? fields.ItemLocation(field.Name, i) : fields.ValueLocation(field.Name);
                    diagnostics.Error(DiagnosticCodes.InvalidFieldValue, location, Suggestion.Closest(values[i], field.AllowedValues!) is { } meant
                        ? new Text("LS2006.NotAllowedValue", values[i], field.Name, new Text("DidYouMean", meant))
                        : new Text("LS2006.NotAllowedValueOneOf", values[i], field.Name, string.Join(", ", field.AllowedValues!)));
                }
            }
        }

        // Phone numbers, e-mail and web addresses become tel:, mailto: and https: links: their shape is checked here.
        foreach (var field in ContentSchema.TypeFields(type).Where(f => f.Shape is not null))
        {
            if (fields.Text(field.Name) is { } unsafeUrl && field.Shape == ValueShape.WebAddress && !LinkTarget.IsSafe(unsafeUrl))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeLink, fields.ValueLocation(field.Name),
                    new Text("LS3004.FieldScheme", field.Name, unsafeUrl, Example(ValueShape.WebAddress)));
            }
            else if (fields.Text(field.Name) is { } value && !string.IsNullOrWhiteSpace(value) && ShapeProblem(field.Shape!.Value, value.Trim()) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.InvalidFieldValue, fields.ValueLocation(field.Name),
                    new Text("LS2006.Shape", field.Name, value, problem, Example(field.Shape!.Value)));
            }
        }

        // Map reports a value that is not a group of 'key: value' lines; Plain converts the group.
        var parameters = fields.Map("params") is not null && fields.Plain("params") is IReadOnlyDictionary<string, object?> map
            ? map
            : new Dictionary<string, object?>();
        var sourceHash = fields.Text("source_hash");
        var review = TranslationReview.Reviewed;
        switch (fields.Text("translation_status"))
        {
            case null or "reviewed":
                break;
            case "draft":
                review = TranslationReview.Draft;
                break;
            case var other:
                diagnostics.Error(DiagnosticCodes.InvalidFieldValue, fields.ValueLocation("translation_status"),
                    new Text("LS2006.TranslationStatus", other, Suggestion.DidYouMean(other, ["draft", "reviewed"])));
                break;
        }

        if (isSourceLanguage && ContentSchema.Common.FirstOrDefault(f => f.TranslationsOnly && fields.Has(f.Name)) is { } misplaced)
        {
            diagnostics.Warning(DiagnosticCodes.UnknownField, fields.KeyLocation(misplaced.Name), new Text("LS2005.TranslationFieldsOnSource"));
        }

        if (diagnostics.ErrorCount > errorsBefore || !ok)
        {
            return null;
        }

        return new FrontMatter
        {
            Title = title!.Trim(),
            Description = description?.Trim(),
            Type = type,
            TypeIsExplicit = typeName is not null,
            Weight = weight,
            Draft = draft,
            TranslationKey = translationKey,
            SourceHash = sourceHash,
            Layout = fields.Text("layout"),
            Contacts = fields.TextList("contacts"),
            Review = review,
            Details = details,
            Params = parameters,
            FieldLocations = fields.Keys.Distinct().ToDictionary(k => k, fields.KeyLocation, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Whether a text has no visible character: only spaces and format characters (zero-width space
    /// U+200B, zero-width joiner, byte-order mark, bidi marks), which browsers show as nothing.
    /// </summary>
    public static bool IsInvisible(string text) =>
        text.All(c => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control);

    private static Text? ShapeProblem(ValueShape shape, string value) => shape switch
    {
        ValueShape.Phone => AddressShapes.PhoneProblem(value),
        ValueShape.Email => AddressShapes.EmailProblem(value),
        _ => AddressShapes.WebAddressProblem(value),
    };

    private static Text Example(ValueShape shape) => shape switch
    {
        ValueShape.Phone => new Text("LS2006.PhoneExample"),
        ValueShape.Email => new Text("LS2006.EmailExample"),
        _ => new Text("LS2006.WebAddressExample"),
    };
}
