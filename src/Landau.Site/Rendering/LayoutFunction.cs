using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Landau.Site.Rendering;

/// <summary>
/// A function the layouts can call (<c>t</c>, <c>link_to</c>, …), made without reflection: Scriban's
/// <c>Import</c> of a delegate emits a dynamic method each time, which costs more than rendering a
/// page when done for every page. Arguments arrive as Scriban values; <see cref="Text"/> reads one as text.
/// </summary>
internal sealed class LayoutFunction(int parameterCount, Type returnType, Func<TemplateContext, ScriptArray, object?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => parameterCount;

    public int ParameterCount => parameterCount;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => returnType;

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index + 1}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != parameterCount)
        {
            throw new LayoutException($"This function takes {parameterCount} argument(s), not {arguments.Count}.");
        }

        return body(context, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Argument <paramref name="index"/> as text, as Scriban would write it.</summary>
    public static string Text(TemplateContext context, ScriptArray arguments, int index) =>
        arguments[index] as string ?? context.ObjectToString(arguments[index]) ?? "";
}
