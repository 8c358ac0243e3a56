using System.Reflection;
using Landau.Site.Diagnostics;
using Landau.Site.Loading;
using Landau.Site.Model;
using Landau.Site.Yaml;

namespace Landau.Site.Tests.Model;

/// <summary>
/// The schema's field list (<see cref="ContentSchema"/>) is the one list of a type's fields: reading
/// front matter, the details records and taking fields from the German page must each cover every
/// field in it, so a field added to the schema and forgotten in one of them fails here.
/// </summary>
public sealed class TypeDetailsTests
{
    public static TheoryData<ContentType> TypesWithFields => [.. Enum.GetValues<ContentType>().Where(t => ContentSchema.TypeFields(t).Count > 0)];

    [Theory]
    [MemberData(nameof(TypesWithFields))]
    public void Every_field_of_the_schema_is_a_property_of_the_details_and_nothing_else_is(ContentType type)
    {
        var details = Read(type, ContentSchema.TypeFields(type));

        var properties = Properties(details).Select(p => Snake(p.Name)).Order(StringComparer.Ordinal);
        var fields = ContentSchema.TypeFields(type).Select(f => f.Name).Order(StringComparer.Ordinal);
        Assert.Equal(fields, properties);
    }

    [Theory]
    [MemberData(nameof(TypesWithFields))]
    public void Every_field_written_in_front_matter_is_read_into_the_details(ContentType type)
    {
        var details = Read(type, ContentSchema.TypeFields(type));

        var unread = Properties(details).Where(p => p.GetValue(details) is null).Select(p => Snake(p.Name));
        Assert.Empty(unread);
    }

    [Theory]
    [MemberData(nameof(TypesWithFields))]
    public void A_translation_that_leaves_out_every_field_takes_each_from_the_german_page(ContentType type)
    {
        var source = Read(type, ContentSchema.TypeFields(type));
        var translation = Read(type, ContentSchema.TypeFields(type).Where(f => f.Required));

        var merged = translation.WithFallback(source);

        foreach (var property in Properties(source))
        {
            Assert.Equivalent(property.GetValue(source), property.GetValue(merged));
        }
    }

    /// <summary>Details read from front matter that sets <paramref name="fields"/> to a valid value each.</summary>
    private static TypeDetails Read(ContentType type, IEnumerable<FieldSpec> fields)
    {
        var yaml = $"title: T\ntype: {ContentSchema.NameOf(type)}\n" + string.Concat(fields.Select(f => $"{f.Name}: {Sample(f)}\n"));
        var diagnostics = new DiagnosticBag();
        var mapping = YamlDocumentReader.ReadMapping(yaml, "content/de/x.md", 2, diagnostics)!;
        var frontMatter = FrontMatterParser.Parse(mapping, isSectionFile: false, isSourceLanguage: true, diagnostics);
        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.Severity == Severity.Error);
        return frontMatter!.Details;
    }

    private static string Sample(FieldSpec field) => field switch
    {
        { AllowedValues: [var first, ..] } => first,
        { Shape: ValueShape.Phone } => "06341 13-0",
        { Shape: ValueShape.Email } => "info@example.org",
        { Shape: ValueShape.WebAddress } => "https://example.org/",
        { Kind: FieldKind.Date } => "2026-01-31",
        { Kind: FieldKind.Boolean } => "true",
        { Kind: FieldKind.Integer } => "3",
        { Kind: FieldKind.TextList } => "[sprache]",
        { Kind: FieldKind.Address } => "{street: Marktstraße 1, postal_code: '76829', city: Landau}",
        _ => "Text",
    };

    private static IEnumerable<PropertyInfo> Properties(TypeDetails details) =>
        details.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract");

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
