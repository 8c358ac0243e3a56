using Landau.Site.Assembly;

namespace Landau.Site.Tests.Assembly;

public sealed class SitePathsTests
{
    [Theory]
    [InlineData("_index.md", "/de/", "de/index.html")]
    [InlineData("wegweiser/_index.md", "/de/wegweiser/", "de/wegweiser/index.html")]
    [InlineData("wegweiser/sprache/integrationskurs.md", "/de/wegweiser/sprache/integrationskurs/", "de/wegweiser/sprache/integrationskurs/index.html")]
    [InlineData("zahlen-und-fakten.md", "/de/zahlen-und-fakten/", "de/zahlen-und-fakten/index.html")]
    public void Builds_pretty_urls_and_output_paths(string key, string url, string output)
    {
        Assert.Equal(url, SitePaths.Url("/", "de", key));
        Assert.Equal("/sub" + url, SitePaths.Url("/sub/", "de", key));
        Assert.Equal(output, SitePaths.OutputPath("de", key));
    }

    [Theory]
    [InlineData("_index.md", null)]
    [InlineData("wegweiser/_index.md", "_index.md")]
    [InlineData("zahlen-und-fakten.md", "_index.md")]
    [InlineData("wegweiser/sprache/_index.md", "wegweiser/_index.md")]
    [InlineData("wegweiser/sprache/integrationskurs.md", "wegweiser/sprache/_index.md")]
    public void Finds_the_parent_section(string key, string? parent) => Assert.Equal(parent, SitePaths.ParentKey(key));
}
