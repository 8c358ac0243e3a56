using Landau.Site.Markdown;

namespace Landau.Site.Tests.Markdown;

public sealed class LinkTargetTests
{
    [Theory]
    [InlineData("../sprache/_index.md", "wegweiser/bildung/kita.md", "wegweiser/sprache/_index.md")]
    [InlineData("schule.md", "wegweiser/bildung/kita.md", "wegweiser/bildung/schule.md")]
    [InlineData("/angebote/kurs.md", "wegweiser/bildung/kita.md", "angebote/kurs.md")]
    [InlineData("./themen/_index.md", "_index.md", "themen/_index.md")]
    [InlineData("../../../x.md", "a/b.md", null)]
    public void Resolves_page_links_against_the_linking_page(string url, string from, string? expected) =>
        Assert.Equal(expected, LinkTarget.ResolveKey(url, from, out _));

    [Theory]
    [InlineData("kita.md", true)]
    [InlineData("kita.md#anmelden", true)]
    [InlineData("https://example.org/readme.md", false)]
    [InlineData("/de/wegweiser/", false)]
    public void Recognises_page_links(string url, bool expected) => Assert.Equal(expected, LinkTarget.IsPageLink(url));

    [Theory]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("path/with:colon", true)]
    [InlineData("?q=a:b", true)]
    [InlineData("HTTPS://EXAMPLE.ORG", true)]
    public void Judges_schemes_after_removing_control_characters(string url, bool safe) => Assert.Equal(safe, LinkTarget.IsSafe(url));
}
