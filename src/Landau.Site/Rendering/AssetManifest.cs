namespace Landau.Site.Rendering;

/// <summary>The published URL of each asset by its name in <c>layouts/assets/</c> (fingerprinted for caching).</summary>
public sealed class AssetManifest(IReadOnlyDictionary<string, string> urls)
{
    public static readonly AssetManifest Empty = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Urls { get; } = urls;

    public string? UrlOf(string name) => Urls.GetValueOrDefault(name);
}
