using Atlas.Site.Charts;
using Atlas.Site.Model;

namespace Atlas.Site.Templates;

/// <summary>
/// The series as templates see them (<c>series</c>, in the table's order) and their charts
/// (<c>charts</c>, by series id): one chart per series, never two settings on one axis. A chart
/// draws each model's number as the comparison table shows it (<see cref="ModelTable.ShownRule"/>)
/// and the ids of the models that set a new best. Only series that at least
/// <see cref="MinimumModels"/> models report get a chart. Rankings are <see cref="StandingsView"/>'s.
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

    private static Dictionary<string, object?>? Of(ModelTable table, Series series)
    {
        var points = table.Rows
            .Select(r => (Row: r, Cell: table.Cell(r, series)))
            .Where(p => p.Cell is not null)
            .Select(p => new ChartPoint(p.Row.Id, p.Row.Name, p.Row.Date, (double)p.Cell!.Value, p.Cell.Text))
            .ToList();
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
