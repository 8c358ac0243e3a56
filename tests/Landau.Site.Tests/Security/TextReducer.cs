namespace Landau.Site.Tests.Security;

/// <summary>
/// Makes a failing text small, after CsCheck has found it: CsCheck shrinks by generating smaller
/// random cases, which seldom hits a small page that fails the same way. This removes lines, then
/// characters, in halving chunks (Zeller's delta debugging, simplified), keeping each removal after which
/// the text still fails with the same <c>problem</c> signature.
/// </summary>
internal static class TextReducer
{
    /// <param name="text">A text for which <paramref name="problem"/> returns a signature.</param>
    /// <param name="problem">The failure's signature (kind, not detail), or null when the text does not fail.</param>
    /// <param name="budget">At most this many calls of <paramref name="problem"/>.</param>
    public static string Reduce(string text, Func<string, string?> problem, int budget = 4000)
    {
        var signature = problem(text);
        if (signature is null)
        {
            return text;
        }

        var calls = 0;
        bool SameFailure(string candidate) => ++calls <= budget && problem(candidate) == signature;

        var lines = text.Split('\n').ToList();
        lines = Reduce(lines, parts => SameFailure(string.Join('\n', parts)));
        var chars = string.Join('\n', lines).ToList();
        chars = Reduce(chars, parts => SameFailure(new string(parts.ToArray())));
        return new string(chars.ToArray());
    }

    private static List<T> Reduce<T>(List<T> parts, Func<List<T>, bool> stillFails)
    {
        for (var chunk = Math.Max(1, parts.Count / 2); chunk >= 1; chunk /= 2)
        {
            var removed = true;
            while (removed)
            {
                removed = false;
                for (var start = 0; start < parts.Count; start += chunk)
                {
                    var candidate = parts.Take(start).Concat(parts.Skip(start + chunk)).ToList();
                    if (candidate.Count < parts.Count && stillFails(candidate))
                    {
                        parts = candidate;
                        removed = true;
                        start -= chunk;
                    }
                }
            }

            if (chunk == 1)
            {
                break;
            }
        }

        return parts;
    }
}
