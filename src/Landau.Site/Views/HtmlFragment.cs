namespace Landau.Site.Views;

/// <summary>
/// HTML the generator made itself (a rendered Markdown body, a partial's output): the only kind of
/// value templates write without escaping. Every other value is HTML-escaped on output.
/// </summary>
public sealed record HtmlFragment(string Html)
{
    public override string ToString() => Html;
}
