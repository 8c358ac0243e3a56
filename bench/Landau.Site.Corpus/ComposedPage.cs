namespace Landau.Site.Corpus;

/// <summary>The text of one page in one language: what a translator translates.</summary>
/// <param name="Title">The title.</param>
/// <param name="Description">One or two sentences.</param>
/// <param name="TextFields">The type's translatable fields (provider, statement, role …) that the page has, in front matter order.</param>
/// <param name="Body">The Markdown body.</param>
public sealed record ComposedPage(string Title, string Description, IReadOnlyList<(string Field, string Value)> TextFields, string Body);
