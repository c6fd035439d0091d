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

    public static Dictionary<string, object?> Of(ModelTable table)
    {
        var charts = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var key in Schema.ResultKeys)
        {
            var points = table.Rows
                .Where(r => r.Results.ContainsKey(key.Key))
                .Select(r => new ChartPoint(r.Id, r.Name, r.Date, (double)r.Results[key.Key].Value, r.Results[key.Key].Value.ToString(CultureInfo.InvariantCulture)))
                .ToList();
            if (points.Count < MinimumModels) continue;
            var (axisTitle, ceiling) = ValueAxis(key);
            var diagram = ChartLayout.Layout(points, ceiling);
            charts[key.Key] = new Dictionary<string, object?>
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
        return charts;
    }

    /// <summary>The value axis's title, naming the measure and its unit, and its ceiling: every metric of the atlas is a percentage except CIDEr.</summary>
    private static (string Title, double Ceiling) ValueAxis(ResultKey key) => key.Metric switch
    {
        "CIDEr" => ("CIDEr score", double.PositiveInfinity),
        "R@1" => ("Recall@1 (%)", 100),
        "top-1 %" => ("Top-1 accuracy (%)", 100),
        var metric => ($"{char.ToUpperInvariant(metric[0])}{metric[1..]} (%)", 100),
    };
}
