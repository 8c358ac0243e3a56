using Landau.Site.Building;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Assembly;

/// <summary>
/// A reference to something that does not exist names the thing meant, where one is close:
/// a linked page, a Wegweiser section, a contact id, a value of a closed list.
/// </summary>
public sealed class DidYouMeanTests
{
    private const string Offer = "content/de/angebote/kurs.md";

    public static TheoryData<string, string, string, string> Mistakes => new()
    {
        // file, what is written instead, what replaces it, the expected message part
        { "content/de/themen/zweiter-schritt.md", "Ein Satz.", "Siehe [dort](erste-schrite.md).", "Did you mean erste-schritte.md?" },
        { "content/de/themen/zweiter-schritt.md", "Ein Satz.", "Siehe [dort](wohnen/_indx.md).", "Did you mean wohnen/_index.md?" },
        { "content/de/themen/zweiter-schritt.md", "Ein Satz.", "Siehe [dort](/de/themen/erste-schritte/).", "is a web address of the site. Link to the page's file instead: erste-schritte.md" },
        { "content/de/themen/zweiter-schritt.md", "Ein Satz.", "Siehe [dort](/themen/wohnen/#kosten).", "Link to the page's file instead: wohnen/_index.md#kosten" },
        { "content/de/themen/zweiter-schritt.md", "Ein Satz.", "Siehe [dort](/de/gibt-es-nicht/).", "looks like a web address of the site, but no page has it" },
        { Offer, "sections: [wohnen]", "sections: [Wohnen]", "There is no Wegweiser section 'Wohnen' (a folder content/de/themen/Wohnen/ with an _index.md). Did you mean 'wohnen'?" },
        { Offer, "sections: [wohnen]", "sections: [wohnen]\ncontact: bureo", "There is no contact page with the id 'bureo'. Did you mean 'buero'?" },
        { Offer, "sections: [wohnen]", "sections: [wohnen]\ntarget_groups: [frauen, geflüchtete]", "'geflüchtete' is not a value of target_groups. Did you mean 'gefluechtete'?" },
        { Offer, "sections: [wohnen]", "sections: [wohnen]\ntarget_groups: [frauen, senioren]", "'senioren' is not a value of target_groups; it must be one of alle, frauen," },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_is_an_error_that_names_what_was_meant(string file, string find, string replace, string expected)
    {
        using var site = TestSite.FromFixture();
        var text = site.Read(file);
        if (!text.Contains(find, StringComparison.Ordinal))
        {
            text += "\n" + find + "\n";
        }

        site.Write(file, text.Replace(find, replace, StringComparison.Ordinal));

        var result = site.Build(write: false);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(file, error.Location?.Path);
        Assert.Contains(expected, error.Message);
    }
}
