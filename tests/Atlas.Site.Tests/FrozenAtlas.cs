using Atlas.Site.Links;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Model;
using Atlas.Site.Templates;
using Atlas.Site.Yaml;

namespace Atlas.Site.Tests;

/// <summary>
/// The table of the frozen copy of the real atlas (Fuzzing/frozen-input/), read once: figures are
/// tested on the field's real shape without a paper added to input/ changing what the tests see.
/// </summary>
public static class FrozenAtlas
{
    public static string Input { get; } = Path.Combine(TestSite.RepositoryRoot, "tests", "Atlas.Site.Tests", "Fuzzing", "frozen-input");

    private static readonly Lazy<ModelTable> Lazy = new(Read);

    public static ModelTable Table => Lazy.Value;

    /// <summary>The timeline's lanes of the frozen vocabulary, in its families' colours.</summary>
    public static IReadOnlyList<Figures.Timeline.TimelineLane> Lanes =>
        ModelView.Lanes(Table.Vocabulary).Select(l => new Figures.Timeline.TimelineLane(l.Key, l.Title, l.Colour)).ToList();

    private static ModelTable Read()
    {
        var diagnostics = new DiagnosticBag();
        var path = Path.Combine(Input, "data", "models.yaml");
        var vocabulary = VocabularyReader.ReadFolder(Path.Combine(Input, "data"), p => p, diagnostics);
        var table = new ModelTableReader(path, diagnostics, new DateOnly(2030, 1, 1), vocabulary, new FacetValueSlugs(Facet.Organisations).Add).Read(YamlReader.Read(File.ReadAllText(path), path, diagnostics));
        if (diagnostics.HasErrors) throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        return table;
    }
}
