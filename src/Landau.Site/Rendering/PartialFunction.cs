using Landau.Site.Incremental;
using Landau.Site.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Landau.Site.Rendering;

/// <summary>
/// <c>partial 'name' [value]</c>: renders <c>layouts/partials/name.html</c> from the parsed layout set,
/// with <c>$1</c> bound to the optional value. Replaces Scriban's <c>include</c>, which would read
/// templates by path and return text that the escaping context would escape a second time.
/// </summary>
/// <param name="layouts">The parsed layouts.</param>
/// <param name="log">The log of the page being rendered: asking for a partial is a read of that page.</param>
internal sealed class PartialFunction(LayoutSet layouts, ReadLog log) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(HtmlFragment);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = arguments.Count > 0 ? arguments[0] as string : null;
        var partial = name is null ? null : layouts.Get("partials/" + name, log)
            ?? throw new LayoutException($"There is no partial layouts/partials/{name}.html.");
        if (partial is null)
        {
            throw new LayoutException("partial needs the name of a file in layouts/partials/, e.g. partial 'footer'.");
        }

        return new HtmlFragment(context.RenderTemplate(partial, arguments, callerContext));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
