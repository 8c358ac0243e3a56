using Landau.Site.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Landau.Site.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is an
/// <see cref="HtmlFragment"/>. Scriban does not escape by default; here escaping is the default and
/// trusting HTML is the exception, so a title like <c>&lt;script&gt;</c> can never become markup.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        // Limits keep a faulty layout from hanging or exhausting the build.
        // A loop over the site's own lists may be long (the translation dashboard of a 50,000-page
        // site lists more than 10,000 pages); a runaway loop still stops.
        LoopLimit = 1_000_000;
        RecursiveLimit = 50;

        // No cut-off for long texts: Scriban's default cuts any text longer than 1 MB to "..."
        // without a word, which at 50,000 pages truncated an offer list in the middle of a tag.
        // Runaway layouts are stopped by the loop and recursion limits above.
        LimitToString = 0;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        HtmlFragment fragment => Write(fragment.Html),
        _ => Write(HtmlText.Escape(ObjectToString(textAsObject, false) ?? "")),
    };
}
