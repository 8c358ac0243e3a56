using ArchUnitNET.Domain;
using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using Landau.Site.Building;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Landau.Site.Tests.Architecture;

/// <summary>
/// The library's folders form layers, read from the compiled types (not from <c>using</c> lines): a
/// folder may use only folders of earlier layers. Stages run top to bottom — Load, Assemble, the views
/// layouts see, the features, Render, Check, Build — and the small shared pieces (diagnostics, YAML, output
/// descriptors, configuration, the content model) sit under them. A dependency on a later layer, a
/// dependency between two folders of one layer, or a folder missing from the list fails here.
/// </summary>
public sealed class StageDirectionTests
{
    /// <summary>The layers, lowest first. A new folder is added where its dependencies put it.</summary>
    public static readonly string[][] Layers =
    [
        ["Diagnostics"],
        ["Yaml", "Output"],
        ["Configuration"],
        ["Model", "Incremental", "Markdown", "Publishing", "Assets"],
        ["Readability"],
        ["Loading", "Localization"],
        ["Assembly"],
        ["Views"],
        ["Offers", "Feeds", "Hosting", "Print", "Search", "Translations", "Scaffolding"],
        ["Planning"],
        ["Rendering"],
        ["Checking"],
        ["Building"],
    ];

    private static readonly System.Reflection.Assembly Library = typeof(SiteBuilder).Assembly;

    private static readonly ArchUnitNET.Domain.Architecture Site = new ArchLoader().LoadAssemblies(Library).Build();

    public static TheoryData<string> Folders => [.. Layers.SelectMany(l => l)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_only_folders_of_earlier_layers(string folder)
    {
        var layer = Array.FindIndex(Layers, l => l.Contains(folder));
        var forbidden = Layers.Skip(layer + 1).SelectMany(l => l).Concat(Layers[layer].Where(f => f != folder)).ToList();
        var rule = Types().That().ResideInNamespace($"Landau.Site.{folder}")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching($"^Landau\\.Site\\.({string.Join('|', forbidden)})$"))
            .Because($"{folder} is in layer {layer + 1} of StageDirectionTests.Layers and may use only earlier layers");
        rule.Check(Site);
    }

    [Fact]
    public void No_two_folders_depend_on_each_other_through_any_path()
    {
        SliceRuleDefinition.Slices().Matching("Landau.Site.(*)").Should().BeFreeOfCycles().Check(Site);
    }

    [Fact]
    public void Every_folder_of_the_library_has_its_layer()
    {
        var namespaces = Library.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("Landau.Site.", StringComparison.Ordinal))
            .Select(n => n["Landau.Site.".Length..].Split('.')[0])
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(Folders.Select(f => (string)f.Data).Order(StringComparer.Ordinal), namespaces);
    }
}
