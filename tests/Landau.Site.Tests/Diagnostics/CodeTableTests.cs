using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Diagnostics;

/// <summary>
/// The code tables of docs/redaktion.md (German) and the README (English) are the catalogue's words.
/// To write them after changing the catalogue:
/// <c>LANDAU_UPDATE_DOCS=1 dotnet test tests/Landau.Site.Tests -c Release -- --filter-class "*CodeTable*"</c>.
/// </summary>
public sealed class CodeTableTests
{
    private const string Regenerate = "LANDAU_UPDATE_DOCS=1 dotnet test tests/Landau.Site.Tests -c Release -- --filter-class \"*CodeTable*\"";

    [Fact]
    public void Every_code_is_in_exactly_one_group()
    {
        var grouped = CodeTable.Groups.SelectMany(g => g.Codes).ToList();
        Assert.Empty(grouped.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => $"{g.Key} is in more than one group"));
        Assert.Empty(DiagnosticHelp.Codes.Except(grouped).Select(c => $"{c} is in no group of CodeTable.Groups"));
        Assert.Empty(grouped.Except(DiagnosticHelp.Codes));
    }

    [Theory]
    [InlineData("docs/redaktion.md", "de")]
    [InlineData("README.md", "en")]
    public void The_committed_table_is_the_catalogues(string file, string language)
    {
        var path = Path.Combine(RepoPaths.Root, file);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var table = CodeTable.Markdown(MessageCatalogue.For(language)!);
        Assert.True(CodeTable.Between(text) is not null, $"{file} has no generated code table: put the lines '{CodeTable.StartMarker}…-->' and '{CodeTable.EndMarker}' where it belongs.");

        if (Environment.GetEnvironmentVariable("LANDAU_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, CodeTable.Replace(text, table));
            return;
        }

        Assert.True(CodeTable.Between(text) == table,
            $"The code table in {file} differs from the message catalogue (src/Landau.Site/Diagnostics/Messages*.resx). Write it anew with:\n  {Regenerate}");
    }

    [Fact]
    public void A_table_row_keeps_a_bar_inside_its_cell()
    {
        var table = CodeTable.Markdown(MessageCatalogue.German);
        Assert.Contains("`\\|---\\|---\\|`", table);
        Assert.Contains("| LS2001 | Fehler | Schreibfehler im Kopf oder in einer .yml-Datei | ", table);
        Assert.Contains("#### Die Einstellungen in `site.yml` (LS1001–LS1003)", table);
    }

    [Fact]
    public void Runs_of_codes_are_shortened() =>
        Assert.Equal("LS2001–LS2003, LS2005, LS2006, LS3001", CodeTable.Ranges(["LS2001", "LS2002", "LS2003", "LS2005", "LS2006", "LS3001"]));
}
