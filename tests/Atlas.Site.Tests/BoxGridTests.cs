using Atlas.Site.Figures.Drawing;

namespace Atlas.Site.Tests;

public class BoxGridTests
{
    [Fact]
    public void The_grid_finds_exactly_the_overlaps_a_scan_of_every_box_finds()
    {
        var random = new Random(11);
        Box Any() => new(random.NextDouble() * 600 - 50, random.NextDouble() * 400 - 50, random.NextDouble() * 90, random.NextDouble() * 30);
        var boxes = Enumerable.Range(0, 300).Select(_ => Any()).ToList();
        var grid = new BoxGrid(32);
        foreach (var box in boxes) grid.Add(box);

        var probes = Enumerable.Range(0, 2000).Select(_ => Any()).Append(new Box(boxes[0].Right, boxes[0].Top, 5, 5)).ToList();

        Assert.All(probes, probe => Assert.Equal(boxes.Any(probe.Overlaps), grid.AnyOverlaps(probe)));
        Assert.Contains(probes, probe => grid.AnyOverlaps(probe));
        Assert.Contains(probes, probe => !grid.AnyOverlaps(probe));
    }
}
