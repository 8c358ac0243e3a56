using Landau.Site.Rendering;
using Landau.Site.Views;
using Scriban;

namespace Landau.Site.Tests.Rendering;

/// <summary>A long page (an offer list of hundreds of cards) is rendered whole, never cut off.</summary>
public sealed class LongOutputTests
{
    [Fact]
    public void A_layout_writing_more_than_a_megabyte_through_fragments_is_not_truncated()
    {
        var card = new HtmlFragment("<li lang=\"de\">" + new string('x', 2_000) + "</li>");
        var cards = Enumerable.Repeat(card, 1_500).ToList();
        var context = new EscapingTemplateContext(TemplateContext.GetDefaultBuiltinObject());
        var globals = new Scriban.Runtime.ScriptObject { ["cards"] = cards };
        context.PushGlobal(globals);
        var list = Template.Parse("<ul>{{ for c in cards }}{{ c }}{{ end }}</ul>").Render(context);
        var page = Template.Parse("<main>{{ main }}</main>").Render(Context(new HtmlFragment(list)));

        Assert.Equal(1_500 * 2_019 + "<ul></ul>".Length + "<main></main>".Length, page.Length);
        Assert.EndsWith("</li></ul></main>", page);
    }

    private static EscapingTemplateContext Context(HtmlFragment main)
    {
        var context = new EscapingTemplateContext(TemplateContext.GetDefaultBuiltinObject());
        context.PushGlobal(new Scriban.Runtime.ScriptObject { ["main"] = main });
        return context;
    }
}
