using Landau.Site.Building;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Incremental;

/// <summary>
/// A builder session (what the preview server uses) must give, after any sequence of edits, exactly
/// the files a fresh build of the same sources gives, while rendering only what an edit changed.
/// </summary>
public sealed class IncrementalBuildTests(ITestOutputHelper output)
{
    private const string Article = "content/de/wegweiser/sprache/integrationskurs.md";

    [Fact]
    public void A_session_after_edits_renames_and_deletions_equals_a_fresh_build_byte_for_byte()
    {
        using var site = TestSite.FromRealSite();
        var options = new BuildOptions { SourceDirectory = site.Root, WriteOutput = false, Today = new DateOnly(2026, 11, 27) };
        var session = new SiteBuilder();
        var first = session.Run(options);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Equal(0, first.ReusedPages);

        // 1. The body of one German article: the page, its fallbacks and the printable guides, not the site.
        site.Write(Article, site.Read(Article) + "\nEin neuer Absatz für die Prüfung.\n");
        var bodyEdit = Step(session, options, "body edit");
        Assert.InRange(bodyEdit.RenderedPages, 1, 80);
        Assert.True(bodyEdit.ReusedPages > 500, $"only {bodyEdit.ReusedPages} pages reused");

        // Once more: the translations are already outdated, so only the page itself and what shows its body.
        site.Write(Article, site.Read(Article) + "\nNoch ein Satz.\n");
        var secondEdit = Step(session, options, "second body edit");
        Assert.InRange(secondEdit.RenderedPages, 1, 12);

        // 2. A title: navigation, lists and breadcrumbs that show it change too.
        site.Write(Article, System.Text.RegularExpressions.Regex.Replace(site.Read(Article), "(?m)^title: .*$", "title: Integrationskurs (neu)"));
        Step(session, options, "title edit");
        AssertSameAsFreshBuild(site, options, session.Run(options));

        // 3. A new page, then renamed, then deleted.
        site.Write("content/de/wegweiser/sprache/neue-seite.md", "---\ntitle: Eine neue Seite\n---\n\nText der neuen Seite.\n");
        Step(session, options, "new page");
        site.Move("content/de/wegweiser/sprache/neue-seite.md", "content/de/wegweiser/sprache/umbenannt.md");
        Step(session, options, "rename");
        AssertSameAsFreshBuild(site, options, session.Run(options));
        site.Delete("content/de/wegweiser/sprache/umbenannt.md");
        Step(session, options, "delete");

        // 4. A deleted translation: its fallback (the German text) takes its place.
        site.Delete("content/en/wegweiser/sprache/integrationskurs.md");
        var deleted = Step(session, options, "translation deleted");
        var fallback = System.Text.Encoding.UTF8.GetString(deleted.Files.Single(f => f.Path == "en/wegweiser/sprache/integrationskurs/index.html").Content);
        Assert.Contains("Noch ein Satz.", fallback);

        // 5. A layout and a UI text.
        site.Write("layouts/partials/footer.html", site.Read("layouts/partials/footer.html") + "\n");
        Step(session, options, "layout edit");
        var english = site.Read("i18n/en.yml");
        site.Write("i18n/en.yml", english.Replace("\n", "\n# edited\n", StringComparison.Ordinal));
        var i18n = Step(session, options, "i18n comment");
        Assert.Equal(0, i18n.RenderedPages);

        AssertSameAsFreshBuild(site, options, session.Run(options));
    }

    [Fact]
    public void A_broken_edit_reports_its_error_and_the_next_good_edit_builds_again()
    {
        using var site = TestSite.FromFixture();
        var options = new BuildOptions { SourceDirectory = site.Root, WriteOutput = false };
        var session = new SiteBuilder();
        Assert.True(session.Run(options).Succeeded);
        var page = Directory.EnumerateFiles(Path.Combine(site.Root, "content", "de"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        var relative = Path.GetRelativePath(site.Root, page).Replace('\\', '/');
        var good = site.Read(relative);

        site.Write(relative, good.Replace("title:", "title: [unclosed", StringComparison.Ordinal));
        var broken = session.Run(options);
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Location?.Path == relative && d.Location.Line > 0);

        site.Write(relative, good);
        var fixedAgain = session.Run(options);
        Assert.True(fixedAgain.Succeeded, string.Join('\n', fixedAgain.Diagnostics));
        AssertSameAsFreshBuild(site, options, fixedAgain);
    }

    [Fact]
    public void A_parallel_build_equals_a_single_threaded_build_byte_for_byte()
    {
        var options = new BuildOptions { SourceDirectory = Support.RepoPaths.Root, WriteOutput = false, Today = new DateOnly(2026, 11, 27) };
        var parallel = SiteBuilder.Build(options);
        var single = SiteBuilder.Build(options with { MaxParallelism = 1 });
        Assert.True(parallel.Succeeded, string.Join('\n', parallel.Diagnostics));
        Assert.Equal(parallel.Diagnostics.Select(d => d.ToString()), single.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(parallel.Files.Select(f => f.Path), single.Files.Select(f => f.Path));
        var different = parallel.Files.Zip(single.Files).Where(p => !p.First.Content.AsSpan().SequenceEqual(p.Second.Content)).Select(p => p.First.Path).ToList();
        Assert.True(different.Count == 0, $"differ: {string.Join(", ", different.Take(5))}");
    }

    private BuildResult Step(SiteBuilder session, BuildOptions options, string what)
    {
        var result = session.Run(options);
        output.WriteLine($"{what}: {result.RenderedPages} rendered, {result.ReusedPages} reused, {result.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(result.Succeeded, $"{what}: {string.Join('\n', result.Diagnostics)}");
        return result;
    }

    private static void AssertSameAsFreshBuild(TestSite site, BuildOptions options, BuildResult incremental)
    {
        var fresh = SiteBuilder.Build(options);
        Assert.True(fresh.Succeeded, string.Join('\n', fresh.Diagnostics));
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        var expected = fresh.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var actual = incremental.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        var different = expected.Where(f => !f.Value.AsSpan().SequenceEqual(actual[f.Key])).Select(f => f.Key).ToList();
        Assert.True(different.Count == 0, $"{different.Count} files differ from a fresh build of {site.Root}, e.g. {string.Join(", ", different.Take(5))}");
    }
}
