using Atlas.Site.Figures.Charts;
using Atlas.Site.Model;

namespace Atlas.Site.Templates;

/// <summary>
/// The series as templates see them (<c>series</c>, in the table's order), their charts
/// (<c>charts</c>, by series id: one series on its own, as a task page shows it) and the charts
/// of the charts page (<c>benchmark_charts</c>: one per benchmark, one series per setting, each
/// with its own marker and best-so-far line, so settings share an axis but never a line or a "best").
/// A chart draws each model's number as the comparison table shows it (<see cref="ModelTable.ShownRule"/>)
/// and marks the models that set a new best. Only series (benchmarks) that at least
/// <see cref="MinimumModels"/> models report get a chart; rankings are <see cref="StandingsView"/>'s.
/// </summary>
public static class ChartViews
{
    public const int MinimumModels = 3;

    /// <summary>Every series with its points, oldest model first.</summary>
    public static List<object?> Series(ModelTable table) => table.Series.Select(s => (object?)new Dictionary<string, object?>
    {
        ["id"] = s.Id,
        ["label"] = s.Label,
        ["benchmark"] = s.Benchmark.Name,
        ["benchmark_id"] = s.Benchmark.Id,
        ["description"] = s.Benchmark.Description,
        ["setting"] = s.SettingLabel,
        ["task"] = s.Benchmark.Task,
        ["metric"] = s.Benchmark.Metric,
        ["unit"] = s.Benchmark.Unit,
        ["points"] = table.Rows.Select(row => (Row: row, Cell: table.Cell(row, s))).Where(p => p.Cell is not null).Select(p => (object?)CompactRecord.From(new()
        {
            ["id"] = p.Row.Id, ["name"] = p.Row.Name, ["url"] = p.Row.Url, ["date"] = p.Row.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["variant"] = p.Cell!.Variant.Name, ["value"] = p.Cell.Text, ["source"] = p.Cell.Source, ["note"] = p.Cell.Note,
        })).ToList(),
    }).ToList();

    /// <summary>Every chart, by series id; the charts are drawn in parallel.</summary>
    public static Dictionary<string, object?> Of(ModelTable table) => table.Series
        .AsParallel().AsOrdered()
        .Select(s => (s.Id, Chart: Of(table, s)))
        .Where(c => c.Chart is not null)
        .ToList()
        .ToDictionary(c => c.Id, c => (object?)c.Chart, StringComparer.Ordinal);

    /// <summary>The charts page's charts: every benchmark that at least <see cref="MinimumModels"/> models report, in the table's order; drawn in parallel.</summary>
    /// <param name="page">The page of a task (by id), to link each chart to, or null.</param>
    public static List<object?> Benchmarks(ModelTable table, Func<string, Links.PageRef?> page) => table.Series
        .GroupBy(s => s.Benchmark)
        .AsParallel().AsOrdered()
        .Select(g => Benchmark(table, g.Key, g.ToList(), page(g.Key.Task)))
        .Where(c => c is not null)
        .ToList();

    private static object? Benchmark(ModelTable table, Benchmark benchmark, IReadOnlyList<Series> series, Links.PageRef? task)
    {
        var cells = Cells(table, series);
        if (cells.Select(c => c.Row.Id).Distinct(StringComparer.Ordinal).Count() < MinimumModels) return null;
        var (axisTitle, ceiling) = ValueAxis(benchmark);
        var diagram = ChartLayout.Layout(cells.Select(c => c.Point).ToList(), ceiling, ChartMetrics.Small);
        var settings = series.Select(s => s.SettingLabel).ToList();
        var best = diagram.Points.Where(p => p.SetsBest).Select(p => p.Point).ToHashSet();
        return CompactRecord.From(new()
        {
            ["id"] = benchmark.Id,
            ["name"] = benchmark.Name,
            ["task_url"] = task?.Url,
            ["task_title"] = task?.Title,
            ["description"] = benchmark.Description,
            ["metric"] = benchmark.Metric,
            ["axis_title"] = axisTitle,
            ["count"] = cells.Select(c => c.Row.Id).Distinct(StringComparer.Ordinal).Count(),
            ["settings"] = settings.Select(s => (object?)s).ToList(),
            ["legend"] = ChartSvg.Legend(settings),
            ["svg"] = ChartSvg.Write(diagram, new ChartText("chart-" + benchmark.Id, $"{benchmark.Name} by publication date, one series per setting", axisTitle, settings)),
            ["rows"] = cells.OrderBy(c => c.Row.Date).ThenBy(c => c.Point.Series).ThenBy(c => c.Row.Id, StringComparer.Ordinal).Select(c => (object?)CompactRecord.From(new()
            {
                ["name"] = c.Row.Name, ["url"] = c.Row.Url, ["date"] = c.Row.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["setting"] = c.Series.SettingLabel, ["variant"] = c.Cell.Variant.Name, ["value"] = c.Cell.Text, ["source"] = c.Cell.Source, ["note"] = c.Cell.Note,
                ["best"] = best.Contains(c.Point),
            })).ToList(),
        });
    }

    /// <summary>A point of a benchmark's chart with the row and result it stands for.</summary>
    public sealed record ChartCell(Series Series, ModelRow Row, Result Cell, ChartPoint Point);

    /// <summary>The points of a benchmark's chart: each series' cells, oldest model first, each point numbered with its series' index.</summary>
    public static List<ChartCell> Cells(ModelTable table, IReadOnlyList<Series> series) => series
        .SelectMany((s, index) => Points(table, s).Select(p => new ChartCell(s, p.Row, p.Cell, p.Point with { Series = index })))
        .ToList();

    /// <summary>Each model's number in the series as its comparison cell shows it, oldest model first.</summary>
    private static IEnumerable<(ModelRow Row, Result Cell, ChartPoint Point)> Points(ModelTable table, Series series) => table.Rows
        .Select(r => (Row: r, Cell: table.Cell(r, series)))
        .Where(p => p.Cell is not null)
        .Select(p => (p.Row, p.Cell!, new ChartPoint(p.Row.Id, p.Row.Name, p.Row.Date, (double)p.Cell!.Value, p.Cell.Text)));

    private static Dictionary<string, object?>? Of(ModelTable table, Series series)
    {
        var points = Points(table, series).Select(p => p.Point).ToList();
        if (points.Count < MinimumModels) return null;
        var (axisTitle, ceiling) = ValueAxis(series.Benchmark);
        var diagram = ChartLayout.Layout(points, ceiling);
        return new Dictionary<string, object?>
        {
            ["key"] = series.Id,
            ["label"] = series.Label,
            ["task"] = series.Benchmark.Task,
            ["axis_title"] = axisTitle,
            ["count"] = points.Count,
            ["best_ids"] = diagram.Points.Where(p => p.SetsBest).Select(p => (object?)p.Point.Id).ToList(),
            ["svg"] = ChartSvg.Write(diagram, new ChartText("chart-" + series.Id, $"{series.Label} by publication date", axisTitle)),
        };
    }

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
