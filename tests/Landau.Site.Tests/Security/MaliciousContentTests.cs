using Landau.Site.Cli;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Security;

/// <summary>
/// Content from outside the city hall, written to hurt: every attempt ends in a clean diagnostic,
/// no script reaches any output, and nothing is written outside the output folder.
/// </summary>
public sealed class MaliciousContentTests
{
    private const string Page = "content/de/themen/zweiter-schritt.md";

    public static TheoryData<string, string> Attacks => new()
    {
        { "---\ntitle: A\n---\n<script>alert(1)</script>\n", DiagnosticCodes.RawHtml },
        { "---\ntitle: A\n---\nText <img src=x onerror=alert(1)> Text\n", DiagnosticCodes.RawHtml },
        { "---\ntitle: A\n---\n<svg><script>alert(1)</script></svg>\n", DiagnosticCodes.RawHtml },
        { "---\ntitle: A\n---\n[Bitte klicken](javascript:alert(1))\n", DiagnosticCodes.UnsafeLink },
        { "---\ntitle: A\n---\n[Bitte klicken](JaVaScRiPt:alert(1))\n", DiagnosticCodes.UnsafeLink },
        { "---\ntitle: A\n---\n[Bitte klicken](jav&#x09;ascript:alert(1))\n", DiagnosticCodes.UnsafeLink },
        { "---\ntitle: A\n---\n[Bitte klicken](&#106;avascript:alert(1))\n", DiagnosticCodes.UnsafeLink },
        { "---\ntitle: A\n---\n[Bitte klicken](vbscript:msgbox(1))\n", DiagnosticCodes.UnsafeLink },
        { "---\ntitle: A\n---\n![Bild](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)\n", DiagnosticCodes.UnsafeLink },
        { "---\ntitle: A\n---\n<javascript:alert(1)>\n", DiagnosticCodes.UnsafeLink },
        { "---\ntitle: A\ntranslation_key: ../../../etc/passwd.md\n---\n", DiagnosticCodes.InvalidFieldValue },
        { "---\ntitle: A\ntranslation_key: /etc/passwd\n---\n", DiagnosticCodes.InvalidFieldValue },
        { "---\ntitle: A\ntype: offer\nprovider: X\nsections: [wohnen]\nurl: javascript:alert(1)\n---\n", DiagnosticCodes.UnsafeLink },
        { "---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nparams: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: A\n---\n", DiagnosticCodes.YamlAlias },
        { "---\ntitle: \"{{ site | object.eval }}\"\n---\n", "" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Attack_ends_in_a_clean_diagnostic_and_no_script_in_any_output(string text, string code)
    {
        using var site = TestSite.FromFixture();
        var outside = Directory.GetFileSystemEntries(Path.GetDirectoryName(site.Root)!).Length;
        site.Write(Page, text);
        var (exit, _, stderr) = site.RunCli();

        if (code.Length > 0)
        {
            Assert.Equal(CommandLine.ContentErrors, exit);
            Assert.Contains($"{Page}(", stderr);
            Assert.Contains($" {code}: ", stderr);
        }

        Assert.DoesNotContain("   at ", stderr);
        if (Directory.Exists(site.Output))
        {
            foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
            {
                var html = File.ReadAllText(file);
                Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
            }
        }

        // Nothing new beside the site folder (the staging folder is inside its parent and must be gone).
        Assert.Equal(outside, Directory.GetFileSystemEntries(Path.GetDirectoryName(site.Root)!).Length);
    }

    [Fact]
    public void Template_syntax_in_content_is_text_not_code()
    {
        using var site = TestSite.FromFixture();
        site.Write(Page, "---\ntitle: \"{{ 6 * 7 }}\"\n---\nText {{ 6 * 7 }}\n");
        Assert.True(site.Build().Succeeded);
        var html = site.ReadOutput("de/themen/zweiter-schritt/index.html");
        Assert.Contains("{{ 6 * 7 }}", html);
        Assert.DoesNotContain("42", html);
    }

    [Fact]
    public void A_symlink_pointing_outside_the_source_tree_is_refused()
    {
        using var site = TestSite.FromFixture();
        var secret = Path.Combine(Path.GetTempPath(), "landau-secret-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(secret);
        File.WriteAllText(Path.Combine(secret, "geheim.md"), "---\ntitle: Geheim\n---\nPasswort\n");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "de", "link"), secret);
            var (exit, _, stderr) = site.RunCli();
            Assert.Equal(CommandLine.ContentErrors, exit);
            Assert.Contains("content/de/link: error LS2022: ", stderr);
            Assert.False(Directory.Exists(Path.Combine(site.Output, "de", "link")));
        }
        finally
        {
            Directory.Delete(secret, recursive: true);
        }
    }

    [Fact]
    public void An_svg_in_content_is_never_published()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/de/themen/bild.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Location!.Path == "content/de/themen/bild.svg");
        Assert.False(File.Exists(Path.Combine(site.Output, "de", "themen", "bild.svg")));
        Assert.All(Directory.EnumerateFiles(site.Output, "*.svg", SearchOption.AllDirectories), f => Assert.DoesNotContain("<script", File.ReadAllText(f)));
    }

    [Fact]
    public void A_50_megabyte_front_matter_is_refused_quickly()
    {
        using var site = TestSite.FromFixture();
        var huge = "---\ntitle: A\ndescription: \"" + new string('x', 50 * 1024 * 1024) + "\"\n---\n";
        site.Write(Page, huge);
        var (exit, _, stderr) = site.RunCli();
        Assert.Equal(CommandLine.ContentErrors, exit);
        Assert.Contains($"{Page}: error {DiagnosticCodes.TooLarge}: ", stderr);
    }

    [Fact]
    public void Raw_html_allow_list_admits_only_lang_dir_and_title()
    {
        using var site = TestSite.FromFixture();
        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Root, "site.yml")) + "raw_html: [span]\n");
        site.Write(Page, "---\ntitle: A\n---\nDer Name <span lang=\"de\" dir=\"ltr\">Bürgerbüro</span> bleibt deutsch.\n");
        var ok = site.Build();
        Assert.True(ok.Succeeded, string.Join('\n', ok.Diagnostics));
        Assert.Contains("<span lang=\"de\" dir=\"ltr\">Bürgerbüro</span>", site.ReadOutput("de/themen/zweiter-schritt/index.html"));

        site.Write(Page, "---\ntitle: A\n---\nDer Name <span onclick=\"alert(1)\">Bürgerbüro</span> bleibt.\n\n<div lang=\"de\">Block</div>\n");
        var refused = site.Build();
        Assert.Equal(2, refused.Diagnostics.Count(d => d.Code == DiagnosticCodes.RawHtml));
        Assert.Contains(refused.Diagnostics, d => d.Message.Contains("'onclick'"));
    }
}
