using System.Text;

namespace Landau.Site.Corpus;

/// <summary>
/// A small deterministic random generator (SplitMix64) whose sequence is fixed by this file, not by
/// the .NET version: <see cref="System.Random"/> with a seed is allowed to change between releases,
/// and a benchmark corpus must stay the same bytes for the same seed.
/// </summary>
public sealed class CorpusRandom
{
    private ulong _state;

    public CorpusRandom(ulong seed) => _state = seed;

    /// <summary>A generator for one named stream (a page, a language): independent of the order streams are used in.</summary>
    public static CorpusRandom For(int seed, params string[] parts)
    {
        // FNV-1a over the UTF-8 bytes of the seed and the parts, separated so ("ab","c") differs from ("a","bc").
        var hash = 14695981039346656037UL;
        foreach (var part in parts.Prepend(seed.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            foreach (var b in Encoding.UTF8.GetBytes(part))
            {
                hash = (hash ^ b) * 1099511628211UL;
            }

            hash = (hash ^ 0x1F) * 1099511628211UL;
        }

        return new CorpusRandom(hash);
    }

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>] (both included).</summary>
    public int Between(int min, int max) => min + (int)(NextULong() % (ulong)(max - min + 1));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => (NextULong() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)(NextULong() % (ulong)items.Count)];

    /// <summary><paramref name="count"/> different items, in the order they were drawn.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = new List<int>();
        count = Math.Min(count, items.Count);
        while (indexes.Count < count)
        {
            var i = (int)(NextULong() % (ulong)items.Count);
            if (!indexes.Contains(i))
            {
                indexes.Add(i);
            }
        }

        return indexes.Select(i => items[i]).ToList();
    }
}
