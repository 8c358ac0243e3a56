namespace Landau.Site.Model;

/// <summary>The shape of a front-matter value.</summary>
public enum FieldKind
{
    Text,
    Integer,
    Boolean,
    Date,
    TextList,
    Address,
    Map,
}
