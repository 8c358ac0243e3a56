using System.Text;
using Landau.Site.Output;

namespace Landau.Site.Publishing;

/// <summary>
/// The file every build writes at the top of its output folder. It tells a person who finds the
/// folder that the generator made it and replaces it on every build, and it tells the next build
/// that the folder is its own to replace. Its text is fixed (no date), so two builds of the same
/// sources stay byte-identical.
/// </summary>
public static class OutputMarker
{
    /// <summary>The marker's name: a dotfile, so directory listings and <c>cp public/*</c> pass it by.</summary>
    public const string FileName = ".landau-site-output";

    /// <summary>The marker as a file of the build.</summary>
    public static OutputFile FileToWrite { get; } = new(FileName, Encoding.UTF8.GetBytes("""
        This folder was made by landau-site, the static site generator of the Landau integration site.
        Every build replaces the whole folder: files put here by hand are deleted by the next build.
        landau-site replaces a folder that is not empty only when this file is in it (or with build --force).

        Diesen Ordner hat landau-site erzeugt. Jeder Build ersetzt ihn ganz: Legen Sie hier keine eigenen Dateien ab.

        """.ReplaceLineEndings("\n")));

    /// <summary>Whether <paramref name="folder"/> has the marker, i.e. an earlier build made it.</summary>
    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));
}
