using Atlas.Site.Figures.Drawing;

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

    /// <summary>
    /// Fails when the polyline (an arrow, by name) passes strictly inside one of the boxes, walked in
    /// quarter-pixel steps, so the check does not rely on the layout's own geometry.
    /// </summary>
    public static void AssertPathAvoids(string path, IReadOnlyList<(double X, double Y)> points, IEnumerable<(string Name, Box Box)> boxes)
    {
        foreach (var (what, box) in boxes)
        {
            for (var i = 1; i < points.Count; i++)
            {
                var (a, b) = (points[i - 1], points[i]);
                var steps = (int)Math.Ceiling(Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y)) * 4) + 1;
                var hit = Enumerable.Range(0, steps + 1)
                    .Select(k => (X: a.X + (b.X - a.X) * k / steps, Y: a.Y + (b.Y - a.Y) * k / steps))
                    .Any(p => box.Left < p.X && p.X < box.Right && box.Top < p.Y && p.Y < box.Bottom);
                Assert.False(hit, $"{path} crosses the {what} between ({a.X:F1}, {a.Y:F1}) and ({b.X:F1}, {b.Y:F1})");
            }
        }
    }
}
