using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Assembly;

/// <summary>
/// Two sources for one published address: an error (LS3028) naming both files, never an internal
/// error or one file silently replacing the other.
/// </summary>
public sealed class AddressCollisionTests
{
    private const string Page = "---\ntitle: Eine Seite\n---\nText.\n";

    private static Diagnostic Collision(TestSite site)
    {
        var result = site.Build();
        Assert.False(result.Written);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        return Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputCollision);
    }

    [Fact]
    public void A_page_beside_a_section_of_the_same_name()
    {
        using var site = TestSite.FromFixture().Write("content/de/themen.md", Page);
        var error = Collision(site);
        Assert.Equal("content/de/themen/_index.md", error.Location!.Path);
        Assert.Contains("content/de/themen.md", error.Message);
        Assert.Contains("/de/themen/", error.Message);
    }

    [Fact]
    public void Pages_named_like_pages_the_site_makes_itself()
    {
        using var site = TestSite.FromRealSite()
            .Write("content/de/suche.md", Page)
            .Write("content/de/postkarte.md", Page)
            .Write("content/de/qr.md", Page)
            .Write("content/de/wegweiser/druck.md", Page)
            .Write("content/de/angebote/fuer/_index.md", Page)
            .Write("content/de/angebote/fuer/jugendliche.md", Page);
        var result = site.Build(write: false);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.OutputCollision).ToDictionary(d => d.Location!.Path, d => d.Message);
        Assert.Equal(
            ["content/de/angebote/fuer/jugendliche.md", "content/de/postkarte.md", "content/de/qr.md", "content/de/suche.md", "content/de/wegweiser/druck.md"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("/de/suche/index.html", errors["content/de/suche.md"]);
        Assert.Contains("layouts/search.html", errors["content/de/suche.md"]);
        Assert.Contains("/de/wegweiser/druck/index.html", errors["content/de/wegweiser/druck.md"]);
        // A filter page of the offer directory is made from the directory's own page.
        Assert.Contains("content/de/angebote/_index.md", errors["content/de/angebote/fuer/jugendliche.md"]);
    }

    [Fact]
    public void Two_contact_pages_with_the_same_id_in_different_folders()
    {
        var contact = "---\ntitle: Büro zwei\ntype: contact\norganisation: Stadt\n---\nText.\n";
        using var site = TestSite.FromFixture().Write("content/de/kontakte/mehr/buero.md", contact);
        var error = Collision(site);
        Assert.Contains("'buero'", error.Message);
        Assert.Contains("kontakte/buero.md", error.Message);
    }
}
