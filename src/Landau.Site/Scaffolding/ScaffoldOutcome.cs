namespace Landau.Site.Scaffolding;

/// <summary>How a request of <c>landau-site new</c> ended.</summary>
public enum ScaffoldOutcome
{
    /// <summary>The new file is ready (<see cref="ContentScaffold.Plan"/>) or written (<see cref="ContentScaffold.Create"/>).</summary>
    Created,

    /// <summary>The request cannot be done as asked: unknown type or language, a path outside <c>content/</c>, a translation …</summary>
    Refused,

    /// <summary>The file exists already; nothing was changed.</summary>
    Exists,

    /// <summary>The file could not be written (permissions, disk full).</summary>
    Failed,
}
