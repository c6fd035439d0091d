using Atlas.Site.Model;

namespace Atlas.Site.Figures.Charts;

/// <summary>A series' chart drawn: its value axis, how many models it plots, those that set a new best, and the SVG.</summary>
public sealed record SeriesChart(string AxisTitle, int Count, IReadOnlyList<string> BestIds, string Svg);

/// <summary>A benchmark's chart drawn, one series per setting: its points (with the row and result each stands for), those that set a new best, and the SVG.</summary>
public sealed record BenchmarkChart(string AxisTitle, int Count, IReadOnlyList<string> Settings, string Legend, string Svg, IReadOnlyList<BenchmarkCharts.ChartCell> Cells, IReadOnlySet<ChartPoint> Best);

/// <summary>
/// The charts of the model table: one series on its own (as a task page shows it), or one
/// benchmark with a series per setting, each with its own marker and best-so-far line, so settings
/// share an axis but never a line or a "best". A chart draws each model's number as the comparison
/// table shows it (<see cref="ModelTable.ShownRule"/>) and marks the models that set a new best.
/// Only series (benchmarks) that at least <see cref="MinimumModels"/> models report get a chart.
/// </summary>
public static class BenchmarkCharts
{
    public const int MinimumModels = 3;

    /// <summary>A point of a benchmark's chart with the row and result it stands for.</summary>
    public sealed record ChartCell(Series Series, ModelRow Row, Result Cell, ChartPoint Point);

    /// <summary>The points of a benchmark's chart: each series' cells, oldest model first, each point numbered with its series' index.</summary>
    public static List<ChartCell> Cells(ModelTable table, IReadOnlyList<Series> series) => series
        .SelectMany((s, index) => Points(table, s).Select(p => new ChartCell(s, p.Row, p.Cell, p.Point with { Series = index })))
        .ToList();

    /// <summary>The chart of one series; null when fewer than <see cref="MinimumModels"/> models report it.</summary>
    public static SeriesChart? Of(ModelTable table, Series series)
    {
        var points = Points(table, series).Select(p => p.Point).ToList();
        if (points.Count < MinimumModels) return null;
        var (axisTitle, ceiling) = ValueAxis(series.Benchmark);
        var diagram = ChartLayout.Layout(points, ceiling);
        return new SeriesChart(
            axisTitle,
            points.Count,
            diagram.Points.Where(p => p.SetsBest).Select(p => p.Point.Id).ToList(),
            ChartSvg.Write(diagram, new ChartText("chart-" + series.Id, $"{series.Label} by publication date", axisTitle)));
    }

    /// <summary>The chart of a benchmark, one series per setting; null when fewer than <see cref="MinimumModels"/> models report it.</summary>
    public static BenchmarkChart? Of(ModelTable table, Benchmark benchmark, IReadOnlyList<Series> series)
    {
        var cells = Cells(table, series);
        var count = cells.Select(c => c.Row.Id).Distinct(StringComparer.Ordinal).Count();
        if (count < MinimumModels) return null;
        var (axisTitle, ceiling) = ValueAxis(benchmark);
        var diagram = ChartLayout.Layout(cells.Select(c => c.Point).ToList(), ceiling, ChartMetrics.Small);
        var settings = series.Select(s => s.SettingLabel).ToList();
        return new BenchmarkChart(
            axisTitle,
            count,
            settings,
            ChartSvg.Legend(settings),
            ChartSvg.Write(diagram, new ChartText("chart-" + benchmark.Id, $"{benchmark.Name} by publication date, one series per setting", axisTitle, settings)),
            cells,
            diagram.Points.Where(p => p.SetsBest).Select(p => p.Point).ToHashSet());
    }

    /// <summary>Each model's number in the series as its comparison cell shows it, oldest model first.</summary>
    private static IEnumerable<(ModelRow Row, Result Cell, ChartPoint Point)> Points(ModelTable table, Series series) => table.Rows
        .Select(r => (Row: r, Cell: table.Cell(r, series)))
        .Where(p => p.Cell is not null)
        .Select(p => (p.Row, p.Cell!, new ChartPoint(p.Row.Id, p.Row.Name, p.Row.Date, (double)p.Cell!.Value, p.Cell.Text)));

    /// <summary>
    /// The value axis's title, the metric and its unit as benchmarks.yaml gives them ("VQA accuracy (%)",
    /// "CIDEr"), and its ceiling: a percentage stops at the top of the benchmark's range.
    /// </summary>
    private static (string Title, double Ceiling) ValueAxis(Benchmark benchmark)
    {
        if (!benchmark.IsPercentage) return (benchmark.Unit, double.PositiveInfinity);
        return ($"{char.ToUpperInvariant(benchmark.Metric[0])}{benchmark.Metric[1..]} (%)", (double)benchmark.Max);
    }
}
