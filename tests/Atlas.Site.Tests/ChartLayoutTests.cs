using Atlas.Site.Figures.Charts;
using Atlas.Site.Figures.Drawing;
using Atlas.Site.Model;

namespace Atlas.Site.Tests;

public class ChartLayoutTests
{
    /// <summary>The frozen atlas's chart of every benchmark (one series per setting) that gets one, by benchmark id, with whether its unit is a percentage.</summary>
    private static Dictionary<string, (List<ChartPoint> Points, bool Percentage)> FrozenCharts()
    {
        var table = FrozenAtlas.Table;
        var charts = table.Series.GroupBy(s => s.Benchmark)
            .Select(g => (g.Key, Points: BenchmarkCharts.Cells(table, g.ToList()).Select(c => c.Point).ToList()))
            .Where(c => c.Points.Select(p => p.Id).Distinct().Count() >= BenchmarkCharts.MinimumModels)
            .ToDictionary(c => c.Key.Id, c => (c.Points, c.Key.IsPercentage));
        Assert.True(charts.Count >= 10, $"expected the frozen atlas's charts, got {charts.Count}");
        Assert.Contains(charts.Values, c => c.Points.Select(p => p.Series).Distinct().Count() >= 2);
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
    public void Frozen_charts_put_the_axes_ends_on_the_plot_edges_and_every_point_inside()
    {
        foreach (var (key, (points, percentage)) in FrozenCharts())
        {
            var chart = ChartLayout.Layout(points, valueCeiling: percentage ? 100 : double.PositiveInfinity, ChartMetrics.Small);

            Assert.Equal(chart.Plot.Left, chart.X.Map(0), 9);
            Assert.Equal(chart.Plot.Right, chart.X.Map(chart.Years.YearCount), 9);
            Assert.Equal(chart.Plot.Bottom, chart.Y.Map(chart.Ticks.Min), 9);
            Assert.Equal(chart.Plot.Top, chart.Y.Map(chart.Ticks.Max), 9);
            Assert.Equal(chart.Ticks.Min, chart.Ticks.Values[0]);
            Assert.Equal(chart.Ticks.Max, chart.Ticks.Values[^1]);
            Assert.True(chart.Ticks.Max <= 100 || !percentage, $"{key}: a percentage axis runs to {chart.Ticks.Max}");
            Assert.Equal(points.Count, chart.Points.Count);
            Assert.All(chart.Points, p => Assert.True(chart.Plot.Contains(p.Marker), $"{key}: {p.Point.Name} is outside the plot"));
        }
    }

    [Fact]
    public void Frozen_charts_keep_every_label_off_the_points_the_lines_and_the_other_labels()
    {
        // A label is left out rather than laid on a point or a line; most still find a place.
        var named = 0;
        var total = 0;
        foreach (var (key, (points, percentage)) in FrozenCharts())
        {
            var chart = ChartLayout.Layout(points, valueCeiling: percentage ? 100 : double.PositiveInfinity, ChartMetrics.Small);

            AssertLabelsClear(chart, key);
            named += chart.Points.Count(p => p.Label is not null);
            total += chart.Points.Count;
        }
        Assert.True(named >= total * 0.8, $"only {named} of {total} points are named");
    }

    [Fact]
    public void Frozen_charts_draw_no_point_over_another_even_where_two_models_share_a_date_and_a_value()
    {
        foreach (var (key, (points, percentage)) in FrozenCharts())
        {
            var chart = ChartLayout.Layout(points, valueCeiling: percentage ? 100 : double.PositiveInfinity, ChartMetrics.Small);

            Geometry.AssertDisjoint(chart.Points.Select(p => ($"{key}: {p.Point.Name} (series {p.Point.Series})", p.Marker)).ToList());
        }
    }

    [Fact]
    public void Points_that_coincide_are_set_side_by_side_and_each_series_keeps_its_own_best_line()
    {
        var day = new DateOnly(2022, 6, 1);
        var points = new List<ChartPoint>
        {
            new("a", "Alpha", day, 80, "80.0", Series: 0),
            new("b", "Beta", day, 80, "80.0", Series: 0),
            new("a", "Alpha", day, 80, "80.0", Series: 1),
            new("c", "Gamma", day.AddDays(200), 85, "85.0", Series: 1),
            new("d", "Delta", day.AddDays(-300), 70, "70.0", Series: 0),
        };

        var chart = ChartLayout.Layout(points, 100, ChartMetrics.Small);

        Geometry.AssertDisjoint(chart.Points.Select(p => ($"{p.Point.Name} (series {p.Point.Series})", p.Marker)).ToList());
        Assert.Equal(2, chart.Points.Count(p => p.Nudged));
        Assert.Equal(2, chart.BestLines.Count);
        Assert.Equal(["d", "a"], chart.Points.Where(p => p.SetsBest && p.Point.Series == 0).Select(p => p.Point.Id));
        Assert.Equal(["a", "c"], chart.Points.Where(p => p.SetsBest && p.Point.Series == 1).Select(p => p.Point.Id));
        AssertLabelsClear(chart, "coinciding");
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
        var line = Assert.Single(chart.BestLines);
        Assert.Equal(5, line.Count);
        Assert.Equal(chart.Plot.Right, line[^1].X2);
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

    /// <summary>
    /// No label overlaps another label, a point or a line, and no leader passes over a label or another
    /// point; lines are walked in small steps, so this does not rely on the layout's own geometry.
    /// </summary>
    private static void AssertLabelsClear(ChartDiagram chart, string chartName)
    {
        var labels = chart.Points.Where(p => p.Label is not null).Select(p => (Name: $"{chartName}: label of {p.Point.Name} (series {p.Point.Series})", p.Label!.Box, Point: p)).ToList();
        Geometry.AssertDisjoint(labels.Select(l => (l.Name, l.Box)).ToList());
        foreach (var (name, box, _) in labels)
        {
            Assert.True(chart.Plot.Contains(box), $"{name} leaves the plot");
            foreach (var point in chart.Points)
                Assert.False(box.Overlaps(point.Marker), $"{name} covers the point of {point.Point.Name}");
        }
        foreach (var line in chart.Lines)
            Geometry.AssertPathAvoids($"{chartName}: the best-so-far line {line}", [(line.X1, line.Y1), (line.X2, line.Y2)], labels.Select(l => (l.Name, l.Box)));
        foreach (var (name, _, owner) in labels.Where(l => l.Point.Label!.Leader is not null))
        {
            var leader = owner.Label!.Leader!.Value;
            var others = labels.Where(l => l.Point != owner).Select(l => (l.Name, l.Box))
                .Concat(chart.Points.Where(p => p != owner).Select(p => ($"point of {p.Point.Name}", p.Marker)));
            Geometry.AssertPathAvoids($"the leader of {name}", [(leader.X1, leader.Y1), (leader.X2, leader.Y2)], others);
        }
    }
}
