namespace Landau.Site.Output;

/// <summary>A file to publish: its path below the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
