using Landau.Site.Rendering;

namespace Landau.Site.Tests.Security;

public sealed class BodySafetyCheckTests
{
    private readonly BodySafetyCheck _check = new();

    [Theory]
    [InlineData("<p>Text <a href=\"https://www.landau.de\">Stadt</a> <a href=\"tel:+496341135025\">Telefon</a> <a href=\"mailto:a@b.de\">Mail</a></p>")]
    [InlineData("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabelle\"><table><thead><tr><th scope=\"col\">A</th></tr></thead></table></div>")]
    [InlineData("<h2 id=\"anmelden\">Anmelden</h2><div class=\"callout callout-note\" role=\"note\"><p class=\"callout-label\">Hinweis</p></div>")]
    [InlineData("<p>نص <bdi>Landau in der Pfalz</bdi> <span lang=\"de\" dir=\"ltr\">Bürgerbüro</span></p>")]
    public void What_the_markdown_pipeline_makes_passes(string html) => Assert.Empty(_check.Problems(html));

    [Theory]
    [InlineData("<p style=\"color:red\">x</p>", "style")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\" alt=\"x\">", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "href")]
    [InlineData("<form action=\"/x\"><input></form>", "<form>")]
    [InlineData("<p tabindex=\"1\">x</p>", "tabindex")]
    [InlineData("<p accesskey=\"x\">x</p>", "accesskey")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "<iframe>")]
    [InlineData("<svg><script>alert(1)</script></svg>", "<svg>")]
    public void Anything_the_sanitizer_would_remove_is_a_problem(string html, string expected) =>
        Assert.Contains(_check.Problems(html), p => p.Contains(expected, StringComparison.Ordinal));
}
