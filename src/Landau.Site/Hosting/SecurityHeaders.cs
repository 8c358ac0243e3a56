namespace Landau.Site.Hosting;

/// <summary>
/// The HTTP headers every page of the site is served with, defined once and written out for each
/// kind of server (Apache, nginx, <c>_headers</c> hosts). The site has no inline scripts, styles or
/// event handlers, so the Content-Security-Policy allows only files from the site itself.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; font-src 'self'; connect-src 'self'; " +
        "manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests";

    /// <summary>Headers for every response, in a stable order.</summary>
    public static readonly IReadOnlyList<(string Name, string Value)> All =
    [
        ("Content-Security-Policy", ContentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=(), interest-cohort=()"),
        ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("X-Frame-Options", "DENY"),
    ];

    /// <summary>Fingerprinted assets never change under their name: cache for a year.</summary>
    public const string AssetCaching = "public, max-age=31536000, immutable";

    /// <summary>Pages change with every publication: let caches keep them, but revalidate.</summary>
    public const string PageCaching = "no-cache";
}
