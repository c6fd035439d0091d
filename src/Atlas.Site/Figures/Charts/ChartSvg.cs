using System.Globalization;
using System.Text;
using Atlas.Site.Figures.Drawing;

namespace Atlas.Site.Figures.Charts;

/// <summary>What a chart says about itself: its id (unique on a page), title and value axis, and the names of its series (settings), by index.</summary>
public sealed record ChartText(string Id, string Title, string ValueAxis, IReadOnlyList<string>? Series = null);

/// <summary>
/// Writes a laid-out chart as inline SVG, an image with a title and a description; the data
/// table beside it on the page carries the same facts. Colours come from CSS classes. Each series
/// has its own marker shape (<see cref="Shapes"/>) and dash pattern, so it reads without colour too.
/// </summary>
public static class ChartSvg
{
    /// <summary>The marker shapes of series 0, 1, 2, ... in turn.</summary>
    public static readonly IReadOnlyList<string> Shapes = ["circle", "square", "triangle", "diamond", "triangle-down"];

    public static string ShapeOf(int series) => Shapes[series % Shapes.Count];

    public static string Write(ChartDiagram diagram, ChartText text)
    {
        var m = diagram.Metrics;
        var plot = diagram.Plot;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Svg.Num(m.Width)}\" height=\"{Svg.Num(m.Height)}\" viewBox=\"0 0 {Svg.Num(m.Width)} {Svg.Num(m.Height)}\" font-size=\"{Svg.Num(m.FontSize)}\" role=\"img\" aria-labelledby=\"{text.Id}-title {text.Id}-desc\">\n");
        svg.Append($"<title id=\"{text.Id}-title\">{Svg.Text(text.Title)}</title>\n");
        svg.Append($"<desc id=\"{text.Id}-desc\">{Svg.Text(Describe(diagram, text))}</desc>\n");

        svg.Append("<g class=\"chart-grid\">\n");
        foreach (var tick in diagram.Ticks.Values)
        {
            var y = diagram.Y.Map(tick);
            svg.Append($"<line x1=\"{Svg.Num(plot.Left)}\" y1=\"{Svg.Num(y)}\" x2=\"{Svg.Num(plot.Right)}\" y2=\"{Svg.Num(y)}\"/>\n");
            svg.Append($"<text class=\"chart-tick\" x=\"{Svg.Num(plot.Left - 6)}\" y=\"{Svg.Num(y)}\" dy=\"0.35em\" text-anchor=\"end\">{tick.ToString("0.##", CultureInfo.InvariantCulture)}</text>\n");
        }
        foreach (var year in diagram.Years.Years.Append(diagram.Years.EndYear))
        {
            var x = diagram.X.Map(year - diagram.Years.FirstYear);
            svg.Append($"<line x1=\"{Svg.Num(x)}\" y1=\"{Svg.Num(plot.Top)}\" x2=\"{Svg.Num(x)}\" y2=\"{Svg.Num(plot.Bottom + 4)}\"/>\n");
            if (year < diagram.Years.EndYear)
                svg.Append($"<text class=\"chart-tick\" x=\"{Svg.Num(diagram.X.Map(year - diagram.Years.FirstYear + 0.5))}\" y=\"{Svg.Num(plot.Bottom + 18)}\" text-anchor=\"middle\">{year}</text>\n");
        }
        svg.Append("</g>\n");
        svg.Append($"<rect class=\"chart-frame\" x=\"{Svg.Num(plot.Left)}\" y=\"{Svg.Num(plot.Top)}\" width=\"{Svg.Num(plot.Width)}\" height=\"{Svg.Num(plot.Height)}\"/>\n");
        svg.Append($"<text class=\"chart-axis-title\" transform=\"translate(16 {Svg.Num(plot.CenterY)}) rotate(-90)\" text-anchor=\"middle\">{Svg.Text(text.ValueAxis)}</text>\n");
        svg.Append($"<text class=\"chart-axis-title\" x=\"{Svg.Num(plot.CenterX)}\" y=\"{Svg.Num(m.Height - 10)}\" text-anchor=\"middle\">Publication date (first arXiv version)</text>\n");

        for (var series = 0; series < diagram.BestLines.Count; series++)
        {
            var line = diagram.BestLines[series];
            if (line.Count == 0) continue;
            var path = new StringBuilder($"M{Svg.Num(line[0].X1)},{Svg.Num(line[0].Y1)}");
            foreach (var segment in line)
                path.Append(segment.Y1 == segment.Y2 ? $" H{Svg.Num(segment.X2)}" : $" V{Svg.Num(segment.Y2)}");
            svg.Append($"<path class=\"chart-best-line series-{series}\" d=\"{path}\"/>\n");
        }

        foreach (var point in diagram.Points)
        {
            svg.Append($"<g class=\"chart-point series-{point.Point.Series}{(point.SetsBest ? " best" : "")}\"><title>{Svg.Text(PointTitle(point, text))}</title>");
            svg.Append(Marker(ShapeOf(point.Point.Series), point.X, point.Y, point.Radius));
            if (point.Label is { } label)
            {
                if (label.Leader is { } leader)
                    svg.Append($"<line class=\"chart-leader\" x1=\"{Svg.Num(leader.X1)}\" y1=\"{Svg.Num(leader.Y1)}\" x2=\"{Svg.Num(leader.X2)}\" y2=\"{Svg.Num(leader.Y2)}\"/>");
                svg.Append($"<text class=\"chart-label\" x=\"{Svg.Num(label.Box.Left)}\" y=\"{Svg.Num(label.Box.CenterY)}\" dy=\"0.35em\">{Svg.Text(point.Point.Name)}</text>");
            }
            svg.Append("</g>\n");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// The key of a chart's series as an HTML list: each setting's marker (filled: a new best) and
    /// line beside its name. Drawn beside the chart rather than in it, so it never covers a point.
    /// </summary>
    public static string Legend(IReadOnlyList<string> series)
    {
        var html = new StringBuilder("<ul class=\"chart-legend\">");
        for (var i = 0; i < series.Count; i++)
        {
            html.Append($"<li class=\"series-{i}\"><svg class=\"chart-key\" xmlns=\"http://www.w3.org/2000/svg\" width=\"30\" height=\"14\" viewBox=\"0 0 30 14\" aria-hidden=\"true\" focusable=\"false\">");
            html.Append($"<path class=\"chart-best-line series-{i}\" d=\"M0,7 H30\"/><g class=\"chart-point best series-{i}\">{Marker(ShapeOf(i), 15, 7, 5)}</g></svg>");
            html.Append($"{Svg.Text(series[i])} <span class=\"visually-hidden\">({ShapeOf(i)} markers)</span></li>");
        }
        return html.Append("</ul>").ToString();
    }

    /// <summary>A marker of the given shape centred on (x, y), about as big as a circle of radius <paramref name="r"/>.</summary>
    private static string Marker(string shape, double x, double y, double r) => shape switch
    {
        "square" => $"<rect class=\"chart-marker\" x=\"{Svg.Num(x - r * 0.9)}\" y=\"{Svg.Num(y - r * 0.9)}\" width=\"{Svg.Num(r * 1.8)}\" height=\"{Svg.Num(r * 1.8)}\"/>",
        "triangle" => Polygon(x, y, [(0, -r * 1.15), (r * 1.1, r * 0.8), (-r * 1.1, r * 0.8)]),
        "triangle-down" => Polygon(x, y, [(0, r * 1.15), (r * 1.1, -r * 0.8), (-r * 1.1, -r * 0.8)]),
        "diamond" => Polygon(x, y, [(0, -r * 1.25), (r * 1.25, 0), (0, r * 1.25), (-r * 1.25, 0)]),
        _ => $"<circle class=\"chart-marker\" cx=\"{Svg.Num(x)}\" cy=\"{Svg.Num(y)}\" r=\"{Svg.Num(r)}\"/>",
    };

    private static string Polygon(double x, double y, (double Dx, double Dy)[] corners) =>
        $"<path class=\"chart-marker\" d=\"M{string.Join(" L", corners.Select(c => $"{Svg.Num(x + c.Dx)},{Svg.Num(y + c.Dy)}"))} Z\"/>";

    private static string PointTitle(PlottedPoint point, ChartText text)
    {
        var setting = text.Series is { Count: > 1 } names ? $" ({names[point.Point.Series]})" : "";
        return $"{point.Point.Name}{setting}, {point.Point.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {point.Point.Display}{(point.SetsBest ? " (new best)" : "")}";
    }

    private static string Describe(ChartDiagram diagram, ChartText text)
    {
        var models = diagram.Points.Select(p => p.Point.Id).Distinct(StringComparer.Ordinal).Count();
        var lines = diagram.Points.Where(p => p.SetsBest).GroupBy(p => p.Point.Series).OrderBy(g => g.Key).Select(g =>
        {
            var records = string.Join(", then ", g.Select(p => $"{p.Point.Name} {p.Point.Display} ({p.Point.Date.Year})"));
            return text.Series is { Count: > 1 } names ? $"{names[g.Key]}, best so far: {records}." : $"{text.ValueAxis}, best so far: {records}.";
        });
        return $"{models} models from {diagram.Years.FirstYear} to {diagram.Years.EndYear - 1}. {string.Join(" ", lines)}";
    }
}
