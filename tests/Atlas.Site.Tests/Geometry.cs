using Atlas.Site.Drawing;

namespace Atlas.Site.Tests;

/// <summary>Assertions about drawn boxes.</summary>
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
}
