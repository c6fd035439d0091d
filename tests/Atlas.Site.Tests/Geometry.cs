using Atlas.Engine.Diagnostics;
using Atlas.Site.Drawing;
using Atlas.Site.Model;
using Atlas.Site.Yaml;

namespace Atlas.Site.Tests;

/// <summary>Assertions about drawn boxes, and the atlas's real table for layout tests.</summary>
public static class Geometry
{
    /// <summary>Fails naming every pair of boxes that share area.</summary>
    public static void AssertDisjoint(IReadOnlyList<(string Name, Box Box)> boxes)
    {
        var clashes = new List<string>();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                if (boxes[i].Box.Overlaps(boxes[j].Box)) clashes.Add($"{boxes[i].Name} overlaps {boxes[j].Name}");
            }
        }
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }

    /// <summary>input/data/models.yaml of this repository, read and validated as the build reads it.</summary>
    public static ModelTable RealAtlas()
    {
        var path = Path.Combine(TestSite.RepositoryRoot, "input", "data", "models.yaml");
        var diagnostics = new DiagnosticBag();
        var yaml = YamlReader.Read(File.ReadAllText(path), path, diagnostics);
        var table = new ModelTableReader(path, diagnostics, DateOnly.FromDateTime(DateTime.UtcNow)).Read(yaml);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.True(table.Rows.Count >= 20, $"expected the real atlas, got {table.Rows.Count} rows");
        return table;
    }
}
