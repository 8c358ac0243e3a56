using Landau.Site.Rendering;

namespace Landau.Site.Tests.Rendering;

public sealed class BidiIsolationTests
{
    [Theory]
    [InlineData("في منطقة البفالتس (Landau in der Pfalz).", "في منطقة البفالتس (<bdi>Landau in der Pfalz</bdi>).")]
    [InlineData("اتصلوا على 06341 13-5025 اليوم", "اتصلوا على <bdi>06341 13-5025</bdi> اليوم")]
    [InlineData("مكتب BAMF هنا", "مكتب BAMF هنا")]
    [InlineData("مشروع Ask your doctor! في لانداو", "مشروع <bdi>Ask your doctor!</bdi> في لانداو")]
    [InlineData("دورة <Integrationskurs & mehr>", "دورة &lt;<bdi>Integrationskurs &amp; mehr</bdi>&gt;")]
    public void Isolates_multi_word_latin_runs_and_escapes_the_rest(string text, string expected) =>
        Assert.Equal(expected, BidiIsolation.EscapeAndIsolate(text));
}
