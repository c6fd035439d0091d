using Atlas.Site.Figures.Charts;
using Atlas.Site.Model;

namespace Atlas.Site.Templates;

/// <summary>
/// The series as templates see them (<c>series</c>, in the table's order), their charts
/// (<c>charts</c>, by series id) and the charts of the charts page (<c>benchmark_charts</c>: one
/// per benchmark), drawn by <see cref="BenchmarkCharts"/>; rankings are <see cref="StandingsView"/>'s.
/// </summary>
public static class ChartViews
{
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

    /// <summary>The charts page's charts: every benchmark that at least <see cref="BenchmarkCharts.MinimumModels"/> models report, in the table's order; drawn in parallel.</summary>
    /// <param name="page">The page of a task (by id), to link each chart to, or null.</param>
    public static List<object?> Benchmarks(ModelTable table, Func<string, Links.PageRef?> page) => table.Series
        .GroupBy(s => s.Benchmark)
        .AsParallel().AsOrdered()
        .Select(g => Benchmark(table, g.Key, g.ToList(), page(g.Key.Task)))
        .Where(c => c is not null)
        .ToList();

    private static object? Benchmark(ModelTable table, Benchmark benchmark, IReadOnlyList<Series> series, Links.PageRef? task)
    {
        if (BenchmarkCharts.Of(table, benchmark, series) is not { } chart) return null;
        return CompactRecord.From(new()
        {
            ["id"] = benchmark.Id,
            ["name"] = benchmark.Name,
            ["task_url"] = task?.Url,
            ["task_title"] = task?.Title,
            ["description"] = benchmark.Description,
            ["metric"] = benchmark.Metric,
            ["axis_title"] = chart.AxisTitle,
            ["count"] = chart.Count,
            ["settings"] = chart.Settings.Select(s => (object?)s).ToList(),
            ["legend"] = chart.Legend,
            ["svg"] = chart.Svg,
            ["rows"] = chart.Cells.OrderBy(c => c.Row.Date).ThenBy(c => c.Point.Series).ThenBy(c => c.Row.Id, StringComparer.Ordinal).Select(c => (object?)CompactRecord.From(new()
            {
                ["name"] = c.Row.Name, ["url"] = c.Row.Url, ["date"] = c.Row.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["setting"] = c.Series.SettingLabel, ["variant"] = c.Cell.Variant.Name, ["value"] = c.Cell.Text, ["source"] = c.Cell.Source, ["note"] = c.Cell.Note,
                ["best"] = chart.Best.Contains(c.Point),
            })).ToList(),
        });
    }

    private static Dictionary<string, object?>? Of(ModelTable table, Series series) => BenchmarkCharts.Of(table, series) is not { } chart ? null : new Dictionary<string, object?>
    {
        ["key"] = series.Id,
        ["label"] = series.Label,
        ["task"] = series.Benchmark.Task,
        ["axis_title"] = chart.AxisTitle,
        ["count"] = chart.Count,
        ["best_ids"] = chart.BestIds.Select(id => (object?)id).ToList(),
        ["svg"] = chart.Svg,
    };
}
