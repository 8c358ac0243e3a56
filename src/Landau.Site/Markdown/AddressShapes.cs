using System.Net.Mail;
using Landau.Site.Diagnostics;

namespace Landau.Site.Markdown;

/// <summary>
/// The shapes of addresses an editor writes — web addresses, phone numbers, e-mail addresses —
/// in front-matter fields and in link targets (<c>tel:</c>, <c>mailto:</c>, <c>https:</c>). Each
/// check returns what is wrong (a catalogue text worded as the end of a sentence), or null. <see cref="Uri.TryCreate(string, UriKind, out Uri)"/>
/// alone accepts <c>https:evil.example</c> and <c>https://</c> with an empty host, so the rules here
/// are stricter: what a reader's browser or phone would open as the editor meant it.
/// </summary>
public static class AddressShapes
{
    /// <summary>A full web address: <c>https://</c> or <c>http://</c>, a host name with a dot, no spaces, no user name.</summary>
    public static Text? WebAddressProblem(string value)
    {
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return new Text("Address.SpaceInside");
        }

        if (!value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return new Text(value.StartsWith("//", StringComparison.Ordinal) ? "Address.NoHttpsScheme" : "Address.NoHttps");
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return new Text("Address.NoHost");
        }

        if (uri.UserInfo.Length > 0)
        {
            return new Text("Address.UserInfo");
        }

        return uri.HostNameType == UriHostNameType.Dns && uri.Host.Contains('.') && !uri.Host.StartsWith('.') && !uri.Host.EndsWith('.')
            ? null
            : new Text("Address.InvalidHost");
    }

    /// <summary>A phone number as people write it: digits, spaces, <c>+ - / ( )</c>, at least three digits.</summary>
    public static Text? PhoneProblem(string value)
    {
        if (value.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '/' or '(' or ')' or '.')))
        {
            return new Text("Address.PhoneCharacters");
        }

        if (value.IndexOf('+', 1) > 0)
        {
            return new Text("Address.PhonePlus");
        }

        return value.Count(char.IsAsciiDigit) >= 3 ? null : new Text("Address.PhoneTooShort");
    }

    /// <summary>An e-mail address: <c>name@host.tld</c>, nothing around it.</summary>
    public static Text? EmailProblem(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.DisplayName.Length == 0
            && address.Host.Contains('.') && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '/' or ':' or '<' or '>' or '"' or '\'')
            ? null
            : new Text("Address.NotEmail");

    /// <summary>
    /// What is wrong with a link target written in Markdown, beyond its scheme (<see cref="LinkTarget.IsSafe"/>):
    /// a <c>tel:</c> link must hold a phone number, a <c>mailto:</c> link an e-mail address, a web
    /// link a full web address; <c>//host/path</c> needs its https:.
    /// </summary>
    public static Text? LinkProblem(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return new Text("Address.SlashSlash", url);
        }

        var colon = url.IndexOf(':');
        var delimiter = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || delimiter >= 0 && delimiter < colon)
        {
            return null; // a page, a file or an anchor of the site
        }

        var scheme = url[..colon].ToLowerInvariant();
        var rest = url[(colon + 1)..];
        return scheme switch
        {
            "tel" => PhoneProblem(Uri.UnescapeDataString(rest)) is { } phone ? new Text("Address.TelLink", phone) : null,
            "mailto" => EmailProblem(Uri.UnescapeDataString(rest.Split('?')[0])) is { } email ? new Text("Address.MailtoLink", email) : null,
            "http" or "https" => WebAddressProblem(url),
            _ => null,
        };
    }
}
