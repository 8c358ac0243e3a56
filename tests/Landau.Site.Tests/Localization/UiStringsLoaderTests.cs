using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Localization;

/// <summary>An i18n file that is not valid YAML: one message, where the mistake is, and no knock-on errors.</summary>
public sealed class UiStringsLoaderTests
{
    /// <summary>The fixture's i18n/en.yml with line <paramref name="line"/> (1-based) replaced.</summary>
    private static string WithLine(TestSite site, int line, string text)
    {
        var lines = site.Read("i18n/en.yml").Split('\n');
        lines[line - 1] = text;
        return string.Join('\n', lines);
    }

    [Theory]
    [InlineData(5, "  note: [Note", 5, 9)]
    [InlineData(5, "  note: {Note", 5, 9)]
    [InlineData(5, "  note: \"Note", 5, 9)]
    [InlineData(5, "  note: 'Note", 5, 9)]
    [InlineData(5, "  note: Note: read this", 5, 13)]
    [InlineData(6, "   warning: Important", 6, 11)]
    public void A_yaml_error_in_the_middle_is_one_error_at_its_line_without_missing_text_errors(int lineNumber, string broken, int line, int column)
    {
        using var site = TestSite.FromFixture();
        // The lines replaced are the callout labels, as the cases assume.
        var original = site.Read("i18n/en.yml").Split('\n');
        Assert.Equal(("  note: Note", "  warning: Important"), (original[4], original[5]));
        site.Write("i18n/en.yml", WithLine(site, lineNumber, broken));

        var result = site.Build(write: false);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(new SourceLocation("i18n/en.yml", line, column), error.Location);
    }

    [Fact]
    public void Texts_missing_from_a_readable_file_are_still_listed_while_another_file_is_broken()
    {
        using var site = TestSite.FromFixture();
        site.Write("i18n/en.yml", WithLine(site, 5, "  note: [Note"));
        site.Write("i18n/ar.yml", string.Join('\n', site.Read("i18n/ar.yml").Split('\n').Where(l => !l.StartsWith("  tip:", StringComparison.Ordinal))));

        var result = site.Build(write: false);

        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax && d.Location!.Path == "i18n/en.yml");
        var missing = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UiStringMissing);
        Assert.Equal("i18n/ar.yml", missing.Location!.Path);
        Assert.Contains("'callout.tip'", missing.Message);
        Assert.DoesNotContain("i18n/en.yml", missing.Message);
        Assert.Equal(2, result.Diagnostics.Count);
    }

    [Fact]
    public void A_missing_interface_text_is_worded_in_german()
    {
        using var site = TestSite.FromFixture();
        site.Write("i18n/ar.yml", string.Join('\n', site.Read("i18n/ar.yml").Split('\n').Where(l => !l.StartsWith("  tip:", StringComparison.Ordinal))));

        var missing = Assert.Single(site.Build(write: false).Diagnostics, d => d.Code == DiagnosticCodes.UiStringMissing);

        Assert.StartsWith("Der Oberflächentext 'callout.tip' fehlt in i18n/ar.yml (", missing.Text.Format(MessageCatalogue.German), StringComparison.Ordinal);
        Assert.EndsWith("Er steht in i18n/de.yml, i18n/en.yml: Ergänzen Sie ihn mit seiner Übersetzung.", missing.Text.Format(MessageCatalogue.German), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_interface_file_is_worded_in_german()
    {
        using var site = TestSite.FromFixture();
        File.Delete(Path.Combine(site.Root, "i18n/ar.yml"));

        var missing = Assert.Single(site.Build(write: false).Diagnostics, d => d.Code == DiagnosticCodes.UiStringsFileMissing);

        Assert.EndsWith("fehlen: Legen Sie die Datei i18n/ar.yml an. Kopieren Sie dazu i18n/de.yml und übersetzen Sie die Texte.", missing.Text.Format(MessageCatalogue.German), StringComparison.Ordinal);
    }
}
