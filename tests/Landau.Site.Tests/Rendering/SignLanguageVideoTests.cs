using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Rendering;

public sealed class SignLanguageVideoTests
{
    [Fact]
    public void Without_the_video_every_build_of_a_site_with_the_slot_warns()
    {
        using var site = TestSite.FromFixture();
        site.Write("layouts/home.html", "<h1>{{ page.title }}</h1>\n{{ if sign_language_video }}<video controls preload=\"none\"></video>{{ end }}\n");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SignLanguageVideoMissing && d.Severity == Severity.Warning);
    }

    [Fact]
    public void The_video_slot_loads_nothing_until_played_and_shows_size_duration_and_captions()
    {
        using var site = TestSite.FromFixture();
        site.Write("layouts/assets/dgs/start.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen\n");
        site.Write("layouts/assets/dgs/start.jpg", "jpg");
        File.WriteAllBytes(Path.Combine(site.Root, "layouts/assets/dgs/start.mp4"), new byte[3 * 1024 * 1024]);
        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Root, "site.yml")) +
            "sign_language_video:\n  video: dgs/start.mp4\n  poster: dgs/start.jpg\n  captions: dgs/start.vtt\n  duration: \"2:40\"\n");
        site.Write("layouts/home.html", "<h1>{{ page.title }}</h1>\n{{ if sign_language_video }}<video controls preload=\"none\" poster=\"{{ sign_language_video.poster }}\"><source src=\"{{ sign_language_video.video }}\" type=\"video/mp4\"><track kind=\"captions\" src=\"{{ sign_language_video.captions }}\" srclang=\"de\" label=\"Deutsch\"></video><p>{{ sign_language_video.duration }}, {{ sign_language_video.size }}</p>{{ end }}\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SignLanguageVideoMissing);
        var html = site.ReadOutput("de/index.html");
        Assert.Matches("<video controls preload=\"none\" poster=\"/sub/assets/dgs/start\\.[0-9a-f]{10}\\.jpg\">", html);
        Assert.Matches("<track kind=\"captions\" src=\"/sub/assets/dgs/start\\.[0-9a-f]{10}\\.vtt\"", html);
        Assert.Contains("<p>2:40, 3,0 MB</p>", html);
    }

    [Fact]
    public void A_named_video_file_that_does_not_exist_is_an_error()
    {
        using var site = TestSite.FromFixture();
        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Root, "site.yml")) +
            "sign_language_video:\n  video: dgs/fehlt.mp4\n  poster: dgs/fehlt.jpg\n  captions: dgs/fehlt.vtt\n  duration: \"1:00\"\n");
        var result = site.Build();
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.SignLanguageVideoMissing && d.Severity == Severity.Error));
    }
}
