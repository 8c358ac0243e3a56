using Landau.Site.Assets;
using Landau.Site.Configuration;

namespace Landau.Site.Views;

/// <summary>The site's video in Deutsche Gebärdensprache, at its published addresses.</summary>
/// <param name="Size">The video's size as the reader writes it ("12,3 MB"), so people on a metered connection can decide.</param>
public sealed record SignLanguageVideoView(string Video, string? Poster, string? Captions, string Duration, string Size)
{
    /// <summary>The view of the configured video; null when there is none or its file is not among the assets.</summary>
    public static SignLanguageVideoView? Of(SiteConfig config, AssetManifest assets, LanguageConfig reader)
    {
        if (config.SignLanguageVideo is not { } video || assets.UrlOf(video.Video) is not { } url)
        {
            return null;
        }

        var megabytes = assets.SizeOf(video.Video) / 1024.0 / 1024.0;
        return new SignLanguageVideoView(url, assets.UrlOf(video.Poster), assets.UrlOf(video.Captions), video.Duration, megabytes.ToString("0.0", reader.Culture) + " MB");
    }
}
