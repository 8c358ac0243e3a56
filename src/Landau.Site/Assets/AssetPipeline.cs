using System.Security.Cryptography;
using System.Text;
using Landau.Site.Diagnostics;
using Landau.Site.Output;
using NUglify;

namespace Landau.Site.Assets;

/// <summary>
/// Publishes <c>layouts/assets/</c>: CSS and JavaScript minified once with NUglify, every file named
/// with a short content hash (<c>site.3f2a9c1b.css</c>) so hosts can cache it for a year.
/// </summary>
public static class AssetPipeline
{
    public const string SourceFolder = "layouts/assets";
    public const string OutputFolder = "assets";

    public static (AssetManifest Manifest, IReadOnlyList<OutputFile> Files) Build(string sourceDirectory, string basePath, DiagnosticBag diagnostics)
    {
        var root = Path.Combine(sourceDirectory, SourceFolder);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var files = new List<OutputFile>();
        if (!Directory.Exists(root))
        {
            return (new AssetManifest(urls), files);
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden };
        foreach (var file in Directory.EnumerateFiles(root, "*", options).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            var content = File.ReadAllBytes(file);
            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (extension is ".css" or ".js")
            {
                var text = Encoding.UTF8.GetString(content);
                var result = extension == ".css" ? Uglify.Css(text) : Uglify.Js(text);
                if (result.HasErrors)
                {
                    foreach (var error in result.Errors.Where(e => e.IsError))
                    {
                        diagnostics.Error(DiagnosticCodes.AssetInvalid, new SourceLocation($"{SourceFolder}/{name}", error.StartLine, error.StartColumn),
                            $"Cannot minify this file: {error.Message}");
                    }

                    continue;
                }

                content = Encoding.UTF8.GetBytes(result.Code);
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
            var published = $"{OutputFolder}/{Path.ChangeExtension(name, null)}.{hash}{extension}";
            urls[name] = basePath + published;
            sizes[name] = content.LongLength;
            files.Add(new OutputFile(published, content));
        }

        return (new AssetManifest(urls, sizes), files);
    }
}
