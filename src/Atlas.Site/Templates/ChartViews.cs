using System.Globalization;
using Atlas.Site.Charts;
using Atlas.Site.Model;

namespace Atlas.Site.Templates;

/// <summary>
/// The benchmark charts as templates see them (<c>charts</c>, by result key): the SVG drawn at
/// build time and the ids of the models that set a new best. Only result keys that at least
/// <see cref="MinimumModels"/> models report get a chart.
/// </summary>
public static class ChartViews
{
    public const int MinimumModels = 3;

    /// <summary>Every chart, in the schema's order of result keys; the charts are drawn in parallel.</summary>
    public static Dictionary<string, object?> Of(ModelTable table) => Schema.ResultKeys
        .AsParallel().AsOrdered()
        .Select(key => (key.Key, Chart: Of(table, key)))
        .Where(c => c.Chart is not null)
        .ToList()
        .ToDictionary(c => c.Key, c => (object?)c.Chart, StringComparer.Ordinal);

    private static Dictionary<string, object?>? Of(ModelTable table, ResultKey key)
    {
        var points = table.Rows
            .Where(r => r.Results.ContainsKey(key.Key))
            .Select(r => new ChartPoint(r.Id, r.Name, r.Date, (double)r.Results[key.Key].Value, r.Results[key.Key].Value.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        if (points.Count < MinimumModels) return null;
        var (axisTitle, ceiling) = ValueAxis(key);
        var diagram = ChartLayout.Layout(points, ceiling);
        return new Dictionary<string, object?>
        {
            ["key"] = key.Key,
            ["label"] = key.Label,
            ["task"] = key.Task,
            ["axis_title"] = axisTitle,
            ["count"] = points.Count,
            ["best_ids"] = diagram.Points.Where(p => p.SetsBest).Select(p => (object?)p.Point.Id).ToList(),
            ["svg"] = ChartSvg.Write(diagram, new ChartText("chart-" + key.Key, $"{key.Label} by publication date", axisTitle)),
        };
    }

    /// <summary>
    /// The value axis's title, the measure and its unit as the schema gives them ("Accuracy (%)",
    /// "CIDEr"), and its ceiling: a percentage stops at 100.
    /// </summary>
    private static (string Title, double Ceiling) ValueAxis(ResultKey key)
    {
        if (!key.Unit.EndsWith('%')) return (key.Unit, double.PositiveInfinity);
        var measure = key.Metric.TrimEnd(' ', '%');
        return ($"{char.ToUpperInvariant(measure[0])}{measure[1..]} (%)", 100);
    }
}
