namespace Landau.Site.Rendering;

/// <summary>A layout asked for something that does not exist (an unknown UI text, page or partial).</summary>
public sealed class LayoutException(string message) : Exception(message);
