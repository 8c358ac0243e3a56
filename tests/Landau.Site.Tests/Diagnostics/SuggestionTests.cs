using Landau.Site.Diagnostics;

namespace Landau.Site.Tests.Diagnostics;

public sealed class SuggestionTests
{
    private static readonly string[] Sections = ["ausbildung-und-arbeit", "bildung", "kinder-und-familie", "sprache", "wohnen", "zusammenleben"];
    private static readonly string[] Groups = ["frauen", "jugendliche", "familien", "gefluechtete", "arbeitgebende", "ehrenamtliche", "alle"];

    [Theory]
    [InlineData("Sprache", "sprache")]
    [InlineData("sprahce", "sprache")]
    [InlineData("Kinder und Familie", "kinder-und-familie")]
    [InlineData("kinder_und_familie", "kinder-und-familie")]
    [InlineData("wohen", "wohnen")]
    public void Finds_the_section_meant(string typed, string meant) => Assert.Equal(meant, Suggestion.Closest(typed, Sections));

    [Theory]
    [InlineData("geflüchtete", "gefluechtete")]
    [InlineData("Frauen", "frauen")]
    [InlineData("familie", "familien")]
    public void Finds_the_target_group_meant(string typed, string meant) => Assert.Equal(meant, Suggestion.Closest(typed, Groups));

    [Theory]
    [InlineData("senioren")]
    [InlineData("xyz")]
    [InlineData("gesundheit")]
    public void Offers_nothing_when_nothing_is_close(string typed) => Assert.Null(Suggestion.Closest(typed, [.. Sections, .. Groups]));

    [Fact]
    public void Never_suggests_what_was_typed() => Assert.Null(Suggestion.Closest("sprache", ["sprache"]));
}
