using Landau.Site.Diagnostics;

namespace Landau.Site.Tests.Diagnostics;

/// <summary>Messages as data: worded when printed, in German by default and English on request.</summary>
public sealed class MessageCatalogueTests
{
    [Fact]
    public void A_suggestion_is_worded_in_the_readers_language()
    {
        var text = Suggestion.DidYouMean("titel", ["title", "date"]);

        Assert.Equal(" Meinten Sie 'title'?", text.Format(MessageCatalogue.German));
        Assert.Equal(" Did you mean 'title'?", text.Format(MessageCatalogue.English));
        Assert.Same(Text.None, Suggestion.DidYouMean("xyz", ["title"]));
        Assert.Equal("", Text.None.Format(MessageCatalogue.German));
    }

    [Fact]
    public void A_text_inside_a_text_is_worded_in_the_same_language()
    {
        var outer = new Text("Untranslated", new Text("DidYouMean", "sprache"));

        Assert.Equal(" Meinten Sie 'sprache'?", outer.Format(MessageCatalogue.German));
    }

    [Fact]
    public void Texts_with_the_same_key_and_values_are_equal()
    {
        Assert.Equal(new Text("DidYouMean", "a"), new Text("DidYouMean", "a"));
        Assert.Equal(new Text("DidYouMean", "a").GetHashCode(), new Text("DidYouMean", "a").GetHashCode());
        Assert.NotEqual(new Text("DidYouMean", "a"), new Text("DidYouMean", "b"));
    }

    [Fact]
    public void A_diagnostic_keeps_its_code_and_keyword_in_every_language()
    {
        var diagnostic = new Diagnostic(DiagnosticCodes.UnknownField, Severity.Error, new Text("DidYouMean", "title"), new SourceLocation("content/de/a.md", 2, 1));

        Assert.Equal("content/de/a.md(2,1): error LS2005:  Meinten Sie 'title'?", diagnostic.Format(MessageCatalogue.German));
        Assert.Equal("content/de/a.md(2,1): error LS2005:  Did you mean 'title'?", diagnostic.ToString());
    }

    [Theory]
    [InlineData(null, "de")]
    [InlineData("", "de")]
    [InlineData("de", "de")]
    [InlineData("DE", "de")]
    [InlineData("en", "en")]
    public void The_language_is_chosen_by_code(string? code, string expected)
    {
        Assert.Equal(expected, MessageCatalogue.For(code)!.Culture.TwoLetterISOLanguageName);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("xx-nope")]
    public void A_language_without_a_message_file_is_refused(string code)
    {
        Assert.Null(MessageCatalogue.For(code));
    }
}
