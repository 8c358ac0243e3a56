namespace Landau.Site.Model;

/// <summary>The shapes a front-matter text may be required to have.</summary>
public enum ValueShape
{
    /// <summary>A phone or fax number: digits, spaces, <c>+ - / ( )</c>.</summary>
    Phone,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A full web address starting with https://.</summary>
    WebAddress,
}
