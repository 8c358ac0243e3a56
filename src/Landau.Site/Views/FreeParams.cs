using Scriban.Runtime;

namespace Landau.Site.Views;

/// <summary>
/// The free <c>params</c> a site or a page adds (site.yml, front matter), for layouts as
/// <c>site.params.x</c> and <c>page.params.x</c>. The one view that stays a map: its names are
/// the site's, not the generator's. Read-only, nested maps and lists included.
/// </summary>
public static class FreeParams
{
    public static ScriptObject Of(IReadOnlyDictionary<string, object?> map)
    {
        var view = new ScriptObject();
        foreach (var (key, value) in map)
        {
            view[key] = Plain(value);
        }

        view.IsReadOnly = true;
        return view;
    }

    private static object? Plain(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => Of(map),
        IEnumerable<object?> list => List(list.Select(Plain)),
        _ => value,
    };

    private static ScriptArray List(IEnumerable<object?> items)
    {
        var array = new ScriptArray(items);
        array.IsReadOnly = true;
        return array;
    }
}
