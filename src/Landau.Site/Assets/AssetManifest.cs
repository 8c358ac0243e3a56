namespace Landau.Site.Assets;

/// <summary>The published URL of each asset by its name in <c>layouts/assets/</c> (fingerprinted for caching).</summary>
public sealed class AssetManifest(IReadOnlyDictionary<string, string> urls, IReadOnlyDictionary<string, long>? sizes = null)
{
    /// <summary>The size in bytes of an asset, to tell readers on prepaid data what a download costs.</summary>
    public long SizeOf(string name) => sizes?.GetValueOrDefault(name) ?? 0;

    public static readonly AssetManifest Empty = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Urls { get; } = urls;

    public string? UrlOf(string name) => Urls.GetValueOrDefault(name);
}
