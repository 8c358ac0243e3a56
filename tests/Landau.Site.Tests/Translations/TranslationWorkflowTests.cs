using System.Diagnostics;
using Landau.Site.Building;
using Landau.Site.Cli;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;
using Landau.Site.Translations;

namespace Landau.Site.Tests.Translations;

/// <summary>The translators' workflow on a temporary Git repository: status, new, stamp, edit, minor edit, diff.</summary>
public sealed class TranslationWorkflowTests
{
    private const string German = "content/de/themen/erste-schritte.md";
    private const string EnglishFile = "content/en/themen/erste-schritte.md";

    private static TranslationReport Status(TestSite site)
    {
        var diagnostics = new DiagnosticBag();
        var model = SiteBuilder.Assemble(site.Root, diagnostics)!;
        return TranslationReport.Create(model);
    }

    private static PageReport English(TranslationReport report, string key = "themen/erste-schritte.md") =>
        report.Languages.Single(l => l.Code == "en").Pages.Single(p => p.Key == key);

    private static (int, string, string) Cli(TestSite site, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run([.. args, "--source", site.Root, "--messages", "en"], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void Git(TestSite site, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.org" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
    }

    [Fact]
    public void Unstamped_translation_is_outdated_stamping_makes_it_current_and_an_edit_outdated_again()
    {
        using var site = TestSite.FromFixture();
        Assert.Equal(PageState.Outdated, English(Status(site)).State);

        var (code, stdout, _) = Cli(site, "translations", "stamp", "en", "themen/erste-schritte.md");
        Assert.Equal(0, code);
        Assert.Contains("Stamped", stdout);
        Assert.Equal(PageState.UpToDate, English(Status(site)).State);

        // Whitespace and line endings only: still current.
        site.Write(German, File.ReadAllText(Path.Combine(site.Root, German)).Replace("## Anmelden\n\n", "## Anmelden\n\n\n").Replace("Gehen Sie zum", "Gehen  Sie zum").ReplaceLineEndings("\r\n"));
        Assert.Equal(PageState.UpToDate, English(Status(site)).State);

        // A changed word: outdated, and the page says so until stamped.
        site.Write(German, File.ReadAllText(Path.Combine(site.Root, German)).Replace("Pass", "Reisepass"));
        Assert.Equal(PageState.Outdated, English(Status(site)).State);
        site.Build();
        Assert.Contains("class=\"notice\"", site.ReadOutput("en/themen/erste-schritte/index.html"));
    }

    [Fact]
    public void Status_lists_missing_and_orphaned_pages_with_percentages_as_text_json_and_csv()
    {
        using var site = TestSite.FromFixture();
        site.Write("content/en/gibt-es-nicht.md", "---\ntitle: Orphan\n---\n");
        var report = Status(site);
        var english = report.Languages.Single(l => l.Code == "en");
        Assert.Equal(9, english.Total);
        Assert.Equal(7, english.Missing);
        Assert.Equal(["content/en/gibt-es-nicht.md"], english.Orphaned);
        Assert.Equal(22.2, english.PercentTranslated);

        var (code, text, _) = Cli(site, "translations", "status", "--lang", "en");
        Assert.Equal(0, code);
        Assert.StartsWith("en (English): 22.2 % translated — 0 up to date, 2 outdated, 7 missing, 1 orphaned", text);
        Assert.Contains("  orphaned  content/en/gibt-es-nicht.md", text);

        var (_, json, _) = Cli(site, "translations", "status", "--format", "json");
        var document = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.Equal("de", document.GetProperty("source_language").GetString());
        var en = document.GetProperty("languages")[0];
        Assert.Equal("en", en.GetProperty("code").GetString());
        Assert.Equal(7, en.GetProperty("missing").GetInt32());
        Assert.Equal(22.2, en.GetProperty("percent_translated").GetDouble());

        var (_, csv, _) = Cli(site, "translations", "status", "--format", "csv");
        Assert.StartsWith("language,key,state,draft,path,source_path\n", csv);
        Assert.Contains("en,themen/zweiter-schritt.md,missing,false,,content/de/themen/zweiter-schritt.md\n", csv);
        Assert.Contains("en,,orphaned,false,content/en/gibt-es-nicht.md,\n", csv);
    }

    [Fact]
    public void New_creates_a_draft_from_the_source_and_refuses_to_overwrite()
    {
        using var site = TestSite.FromFixture();
        var (code, stdout, _) = Cli(site, "translations", "new", "ar", "themen/erste-schritte.md");
        Assert.Equal(0, code);
        Assert.Contains("Created content/ar/themen/erste-schritte.md", stdout);
        var text = File.ReadAllText(Path.Combine(site.Root, "content/ar/themen/erste-schritte.md"));
        Assert.Contains("translation_status: draft", text);
        Assert.Contains("## Anmelden", text);
        var report = Status(site).Languages.Single(l => l.Code == "ar").Pages.Single(p => p.Key == "themen/erste-schritte.md");
        Assert.Equal(PageState.UpToDate, report.State);
        Assert.True(report.Draft);

        // The translator translates; the page is published with the "not yet reviewed" notice.
        var draft = File.ReadAllText(Path.Combine(site.Root, "content/ar/themen/erste-schritte.md"));
        var body = draft.IndexOf("## Anmelden", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site.Root, "content/ar/themen/erste-schritte.md"),
            draft[..body].Replace("title: Erste Schritte", "title: الخطوات الأولى") + "## التسجيل\n\nاذهبوا إلى [المكتب](../kontakte/buero.md).\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("class=\"notice\"", site.ReadOutput("ar/themen/erste-schritte/index.html"));

        var (again, _, stderr) = Cli(site, "translations", "new", "ar", "themen/erste-schritte.md");
        Assert.Equal(CommandLine.UsageError, again);
        Assert.Contains("exists already", stderr);
    }

    [Theory]
    [InlineData("new", "xx", "themen/erste-schritte.md", "is not a translated language")]
    [InlineData("new", "en", "themen/gibt-es-nicht.md", "There is no source page")]
    [InlineData("stamp", "ar", "themen/erste-schritte.md", "does not exist. Create it with")]
    [InlineData("diff", "xx", "themen/erste-schritte.md", "is not a translated language")]
    public void A_language_or_page_that_does_not_fit_is_a_usage_error(string command, string language, string page, string message)
    {
        using var site = TestSite.FromFixture();

        var (code, _, stderr) = Cli(site, "translations", command, language, page);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void Offers_new_translations_only_the_fields_to_translate()
    {
        using var site = TestSite.FromFixture();
        Cli(site, "translations", "new", "en", "angebote/kurs.md");
        var text = File.ReadAllText(Path.Combine(site.Root, "content/en/angebote/kurs.md"));
        Assert.Contains("provider: Volkshochschule", text);
        Assert.Contains("type: offer", text);
        Assert.DoesNotContain("sections:", text);
        Assert.DoesNotContain("languages:", text);
    }

    [Fact]
    public void Minor_edit_restamps_translations_that_matched_the_committed_version()
    {
        using var site = TestSite.FromFixture();
        Cli(site, "translations", "stamp", "en", "themen/erste-schritte.md");
        Git(site, "init", "-q");
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "-m", "start");

        site.Write(German, File.ReadAllText(Path.Combine(site.Root, German)).Replace("Bringen Sie", "Bitte bringen Sie"));
        Assert.Equal(PageState.Outdated, English(Status(site)).State);
        var (code, stdout, _) = Cli(site, "translations", "minor-edit", "themen/erste-schritte.md");
        Assert.Equal(0, code);
        Assert.Contains(EnglishFile, stdout);
        Assert.Equal(PageState.UpToDate, English(Status(site)).State);
    }

    [Fact]
    public void Diff_shows_the_changed_paragraphs_since_the_translation_was_made()
    {
        using var site = TestSite.FromFixture();
        Cli(site, "translations", "stamp", "en", "themen/erste-schritte.md");
        Git(site, "init", "-q");
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "-m", "translated");
        site.Write(German, File.ReadAllText(Path.Combine(site.Root, German)).Replace("Ein Satz mit Fußnote.[^1]", "Ein neuer Satz mit Fußnote.[^1]"));
        Git(site, "commit", "-q", "-am", "source changed");

        var (code, stdout, _) = Cli(site, "translations", "diff", "en", "themen/erste-schritte.md");
        Assert.Equal(0, code);
        Assert.Contains("- Ein Satz mit Fußnote.[^1]", stdout);
        Assert.Contains("+ Ein neuer Satz mit Fußnote.[^1]", stdout);
        Assert.DoesNotContain("Anmelden", stdout);
    }

    [Fact]
    public void Diff_says_clearly_when_it_cannot()
    {
        using var site = TestSite.FromFixture();
        Cli(site, "translations", "stamp", "en", "themen/erste-schritte.md");
        site.Write(German, File.ReadAllText(Path.Combine(site.Root, German)).Replace("Pass", "Reisepass"));
        var (code, _, stderr) = Cli(site, "translations", "diff", "en", "themen/erste-schritte.md");
        Assert.Equal(1, code);
        Assert.StartsWith("Cannot show what changed", stderr);
    }

    [Fact]
    public void A_pivot_language_is_judged_against_its_pivot_and_inherits_its_staleness()
    {
        using var site = TestSite.FromFixture();
        // Arabic translated from English, as agencies often do.
        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Root, "site.yml")).Replace("name: العربية\n    dir: rtl", "name: العربية\n    dir: rtl\n    translated_from: en"));
        Cli(site, "translations", "stamp", "en", "themen/erste-schritte.md");
        Cli(site, "translations", "new", "ar", "themen/erste-schritte.md");
        var text = File.ReadAllText(Path.Combine(site.Root, "content/ar/themen/erste-schritte.md"));
        Assert.Contains("title: First steps", text);
        Assert.Equal(PageState.UpToDate, Status(site).Languages.Single(l => l.Code == "ar").Pages.Single(p => p.Key == "themen/erste-schritte.md").State);

        // The German source changes: English is outdated, and so is the Arabic made from it.
        site.Write(German, File.ReadAllText(Path.Combine(site.Root, German)).Replace("Pass", "Reisepass"));
        var report = Status(site);
        Assert.Equal(PageState.Outdated, English(report).State);
        Assert.Equal(PageState.Outdated, report.Languages.Single(l => l.Code == "ar").Pages.Single(p => p.Key == "themen/erste-schritte.md").State);
        Assert.Equal("en", report.Languages.Single(l => l.Code == "ar").TranslatedFrom);
    }
}
