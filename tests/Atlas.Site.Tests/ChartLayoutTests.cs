using Atlas.Site.Charts;
using Atlas.Site.Drawing;
using Atlas.Site.Model;
using Atlas.Site.Templates;

namespace Atlas.Site.Tests;

public class ChartLayoutTests(RealAtlasFixture atlas) : IClassFixture<RealAtlasFixture>
{
    /// <summary>The real atlas's points of every series that gets a chart, by series id.</summary>
    private Dictionary<string, List<ChartPoint>> RealCharts()
    {
        var charts = atlas.Table.Series
            .Select(s => (Key: s.Id, Points: atlas.Rows
                .Where(r => atlas.Table.Cell(r, s) is not null)
                .Select(r => new ChartPoint(r.Id, r.Name, r.Date, (double)atlas.Table.Cell(r, s)!.Value, atlas.Table.Cell(r, s)!.Text))
                .ToList()))
            .Where(c => c.Points.Count >= ChartViews.MinimumModels)
            .ToDictionary(c => c.Key, c => c.Points);
        Assert.True(charts.Count >= 10, $"expected the real atlas's charts, got {charts.Count}");
        return charts;
    }

    /// <summary>Fifteen models published the same week with results a hair apart: not every name can fit.</summary>
    private static List<ChartPoint> Crowded() => Enumerable.Range(0, 15)
        .Select(i => new ChartPoint($"m{i:00}", $"Model-{i:00}-Large", new DateOnly(2022, 5, 1 + i % 7), 80 + i * 0.1, $"{80 + i * 0.1}"))
        .Append(new ChartPoint("old", "Old", new DateOnly(2019, 1, 1), 60, "60"))
        .ToList();

    [Theory]
    [InlineData(0, 10, 100, 600)]
    [InlineData(68, 86, 330, 12)]
    [InlineData(-5, 5, 0, 1)]
    public void A_scale_maps_the_ends_of_its_domain_to_the_ends_of_its_range(double min, double max, double from, double to)
    {
        var scale = new LinearScale(min, max, from, to);

        Assert.Equal(from, scale.Map(min), 9);
        Assert.Equal(to, scale.Map(max), 9);
        Assert.Equal((from + to) / 2, scale.Map((min + max) / 2), 9);
    }

    [Fact]
    public void Real_charts_put_the_axes_ends_on_the_plot_edges_and_every_point_inside()
    {
        foreach (var (key, points) in RealCharts())
        {
            var percentage = atlas.Table.Series.Single(s => s.Id == key).Benchmark.IsPercentage;

            var chart = ChartLayout.Layout(points, valueCeiling: percentage ? 100 : double.PositiveInfinity);

            Assert.Equal(chart.Plot.Left, chart.X.Map(0), 9);
            Assert.Equal(chart.Plot.Right, chart.X.Map(chart.Years.YearCount), 9);
            Assert.Equal(chart.Plot.Bottom, chart.Y.Map(chart.Ticks.Min), 9);
            Assert.Equal(chart.Plot.Top, chart.Y.Map(chart.Ticks.Max), 9);
            Assert.Equal(chart.Ticks.Min, chart.Ticks.Values[0]);
            Assert.Equal(chart.Ticks.Max, chart.Ticks.Values[^1]);
            Assert.True(chart.Ticks.Max <= 100 || !percentage, $"{key}: a percentage axis runs to {chart.Ticks.Max}");
            Assert.Equal(points.Count, chart.Points.Count);
            Assert.All(chart.Points, p => Assert.True(chart.Plot.Contains(Box.Around(p.X, p.Y, 0)), $"{key}: {p.Point.Name} is outside the plot"));
        }
    }

    [Fact]
    public void Real_charts_name_every_point_without_overlaps()
    {
        foreach (var (key, points) in RealCharts())
        {
            var percentage = atlas.Table.Series.Single(s => s.Id == key).Benchmark.IsPercentage;
            var chart = ChartLayout.Layout(points, valueCeiling: percentage ? 100 : double.PositiveInfinity);

            Assert.All(chart.Points, p => Assert.True(p.Label is not null, $"{key}: {p.Point.Name} has no label"));
            AssertLabelsClear(chart, key);
        }
    }

    [Fact]
    public void A_crowded_chart_leaves_names_out_rather_than_overlap_them()
    {
        var chart = ChartLayout.Layout(Crowded());

        AssertLabelsClear(chart, "crowded");
        Assert.Contains(chart.Points, p => p.Label is not null);
        Assert.NotNull(chart.Points.Single(p => p.Point.Id == "m14").Label);
    }

    [Fact]
    public void The_running_best_takes_only_points_that_beat_every_earlier_one()
    {
        var points = new[] { ("a", 70.0), ("b", 72.5), ("c", 71.0), ("d", 72.5), ("e", 80.0), ("f", 79.9) }
            .Select((p, i) => new ChartPoint(p.Item1, p.Item1.ToUpperInvariant(), new DateOnly(2020, 1, 1).AddDays(30 * i), p.Item2, $"{p.Item2}"))
            .ToList();

        Assert.Equal(["a", "b", "e"], ChartLayout.RunningBest(points).Select(p => p.Id));
        var chart = ChartLayout.Layout(points);
        Assert.Equal(["a", "b", "e"], chart.Points.Where(p => p.SetsBest).Select(p => p.Point.Id));
        // The staircase: across to b, up to b, across to e, up to e, across to the right edge.
        Assert.Equal(5, chart.BestLine.Count);
        Assert.Equal(chart.Plot.Right, chart.BestLine[^1].X2);
    }

    [Theory]
    [InlineData(new[] { 70.55, 84.3 }, 100, 2)]
    [InlineData(new[] { 97.6, 83.6, 67.7 }, 100, 5)]
    [InlineData(new[] { 127.8, 154.9 }, double.PositiveInfinity, 5)]
    [InlineData(new[] { 79.38, 79.38 }, 100, 2)]
    public void Nice_ticks_enclose_every_value_in_round_steps_and_stop_at_the_ceiling(double[] values, double ceiling, double step)
    {
        var ticks = NiceTicks.Enclosing(values, ceiling: ceiling);

        Assert.Equal(step, ticks.Step);
        Assert.True(ticks.Min < values.Min() && values.Max() <= ticks.Max, $"{ticks.Min}..{ticks.Max} does not enclose the values");
        Assert.True(ticks.Max <= ceiling);
        Assert.All(ticks.Values, v => Assert.Equal(0, Math.Round(v / step % 1, 9)));
    }

    private static void AssertLabelsClear(ChartDiagram chart, string chartName)
    {
        var labels = chart.Points.Where(p => p.Label is not null).Select(p => ($"{chartName}: label of {p.Point.Name}", p.Label!.Box)).ToList();
        Geometry.AssertDisjoint(labels);
        foreach (var (name, box) in labels)
        {
            Assert.True(chart.Plot.Contains(box), $"{name} leaves the plot");
            foreach (var point in chart.Points)
                Assert.False(box.Overlaps(point.Marker), $"{name} covers the point of {point.Point.Name}");
        }
    }
}
