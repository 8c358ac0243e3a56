using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Landau.Site.Incremental;

/// <summary>
/// The one way the build tells whether an input changed between builds: a text's fingerprint
/// (the first 16 bytes of its SHA-256, as hex), and forgetting entries whose inputs are gone.
/// </summary>
public static class Fingerprint
{
    /// <summary>A fingerprint of <paramref name="text"/>: equal texts, equal fingerprints.</summary>
    public static string Of(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);

    /// <summary>Removes every entry of <paramref name="entries"/> whose key is not in <paramref name="keep"/>.</summary>
    internal static void KeepOnly<T>(ConcurrentDictionary<string, T> entries, IEnumerable<string> keep)
    {
        var wanted = keep.ToHashSet(StringComparer.Ordinal);
        foreach (var key in entries.Keys.Where(k => !wanted.Contains(k)).ToList())
        {
            entries.TryRemove(key, out _);
        }
    }
}
