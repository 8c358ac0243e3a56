using System.Security.Cryptography;
using Landau.Site.Diagnostics;

namespace Landau.Site.Incremental;

/// <summary>
/// Remembers one input of the build (site.yml, the layouts, the UI texts, the assets) with the
/// problems found in it, as long as the files it was made from are byte for byte the same.
/// </summary>
public sealed class InputCache<T>
{
    private string? _fingerprint;
    private T? _value;
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    /// <summary>Whether the last <see cref="GetOrLoad"/> loaded anew.</summary>
    public bool Changed { get; private set; } = true;

    /// <summary>The fingerprint of the files the value was made from.</summary>
    public string Fingerprint => _fingerprint ?? "";

    public T GetOrLoad(string fingerprint, DiagnosticBag diagnostics, Func<DiagnosticBag, T> load)
    {
        Changed = fingerprint != _fingerprint;
        if (Changed)
        {
            var own = new DiagnosticBag();
            _value = load(own);
            _diagnostics = own.ToSortedList();
            _fingerprint = fingerprint;
        }

        foreach (var diagnostic in _diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return _value!;
    }

    /// <summary>A fingerprint of files: their paths below <paramref name="root"/> and their bytes.</summary>
    public static string FingerprintOf(string root, IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file) + "\n"));
            try
            {
                hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes("unreadable"));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The files of a folder and below (none if it does not exist), not following links.</summary>
    public static IEnumerable<string> FilesOf(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            : [];
}
