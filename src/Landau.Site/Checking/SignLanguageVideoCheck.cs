using Landau.Site.Assets;
using Landau.Site.Configuration;
using Landau.Site.Diagnostics;
using Landau.Site.Rendering;

namespace Landau.Site.Checking;

/// <summary>
/// BITV 2.0 § 4 asks for the start page explained in Deutsche Gebärdensprache: a warning while the
/// layouts have the place for the video but site.yml names none, an error when it names files
/// that are not among the assets.
/// </summary>
public static class SignLanguageVideoCheck
{
    /// <summary>BITV 2.0 § 4: the start page explains the site in Deutsche Gebärdensprache. Until the city has the video, every build reminds it.</summary>
    public static void Check(SiteConfig config, AssetManifest assets, LayoutSet layouts, DiagnosticBag diagnostics)
    {
        var layoutsHaveTheSlot = layouts.Sources.Any(s => s.Contains("sign_language_video", StringComparison.Ordinal));
        if (config.SignLanguageVideo is not { } video)
        {
            if (!layoutsHaveTheSlot)
            {
                return;
            }

            diagnostics.Warning(DiagnosticCodes.SignLanguageVideoMissing, new SourceLocation(SiteConfigLoader.FileName),
                "The start page has no video in Deutsche Gebärdensprache yet (BITV 2.0 § 4). Put the video, a poster image and captions into layouts/assets/dgs/ and name them under sign_language_video in site.yml.");
            return;
        }

        foreach (var file in new[] { video.Video, video.Poster, video.Captions })
        {
            if (assets.UrlOf(file) is null)
            {
                diagnostics.Error(DiagnosticCodes.SignLanguageVideoMissing, new SourceLocation(SiteConfigLoader.FileName),
                    $"sign_language_video names '{file}', which is not in layouts/assets/.");
            }
        }
    }
}
