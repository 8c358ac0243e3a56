using Landau.Site.Building;
using Landau.Site.Cli.Preview;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Preview;

/// <summary>
/// The preview's memory of its last build: open pages are told to reload only when a rebuild
/// changed what they would see (one save often reaches the watcher as two events).
/// </summary>
public sealed class PreviewSiteTests
{
    [Fact]
    public void A_rebuild_that_changes_nothing_is_not_a_new_version()
    {
        using var site = TestSite.FromFixture();
        var preview = new PreviewSite(new BuildOptions { SourceDirectory = site.Root });

        Assert.True(preview.Rebuild().Changed);
        var version = preview.Version;

        var again = preview.Rebuild();

        Assert.True(again.Succeeded);
        Assert.False(again.Changed);
        Assert.Equal(version, preview.Version);
    }

    [Fact]
    public void A_changed_page_or_new_problems_are_a_new_version_and_fixing_them_is_another()
    {
        using var site = TestSite.FromFixture();
        var preview = new PreviewSite(new BuildOptions { SourceDirectory = site.Root });
        preview.Rebuild();
        var page = "content/de/_index.md";
        var good = site.Read(page);

        site.Write(page, good + "\nEin neuer Satz.\n");
        Assert.True(preview.Rebuild().Changed);

        site.Write(page, good.Replace("title:", "title: [kaputt", StringComparison.Ordinal));
        var broken = preview.Rebuild();
        Assert.True(broken.Changed);
        Assert.True(preview.Failed);
        Assert.False(preview.Rebuild().Changed);

        site.Write(page, good);
        Assert.True(preview.Rebuild().Changed);
        Assert.False(preview.Failed);
    }
}
