using System.Globalization;
using System.Text;
using Atlas.Site.Drawing;

namespace Atlas.Site.Charts;

/// <summary>What a chart says about itself: its id (unique on a page), title and value axis.</summary>
public sealed record ChartText(string Id, string Title, string ValueAxis);

/// <summary>
/// Writes a laid-out chart as inline SVG, an image with a title and a description; the data
/// table beside it on the page carries the same facts. Colours come from CSS classes.
/// </summary>
public static class ChartSvg
{
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

        if (diagram.BestLine.Count > 0)
        {
            var path = new StringBuilder($"M{Svg.Num(diagram.BestLine[0].X1)},{Svg.Num(diagram.BestLine[0].Y1)}");
            foreach (var segment in diagram.BestLine)
                path.Append(segment.Y1 == segment.Y2 ? $" H{Svg.Num(segment.X2)}" : $" V{Svg.Num(segment.Y2)}");
            svg.Append($"<path class=\"chart-best-line\" d=\"{path}\"/>\n");
        }

        foreach (var point in diagram.Points)
        {
            svg.Append($"<g class=\"chart-point{(point.SetsBest ? " best" : "")}\"><title>{Svg.Text(PointTitle(point.Point, point.SetsBest))}</title>");
            svg.Append($"<circle cx=\"{Svg.Num(point.X)}\" cy=\"{Svg.Num(point.Y)}\" r=\"{Svg.Num(point.Radius)}\"/>");
            if (point.Label is { } label)
            {
                if (label.Leader)
                {
                    var (toX, toY) = label.Box.NearestPointTo(point.X, point.Y);
                    svg.Append($"<line class=\"chart-leader\" x1=\"{Svg.Num(point.X)}\" y1=\"{Svg.Num(point.Y)}\" x2=\"{Svg.Num(toX)}\" y2=\"{Svg.Num(toY)}\"/>");
                }
                svg.Append($"<text class=\"chart-label\" x=\"{Svg.Num(label.Box.Left)}\" y=\"{Svg.Num(label.Box.CenterY)}\" dy=\"0.35em\">{Svg.Text(point.Point.Name)}</text>");
            }
            svg.Append("</g>\n");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string PointTitle(ChartPoint point, bool best) =>
        $"{point.Name}, {point.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {point.Display}{(best ? " (new best)" : "")}";

    private static string Describe(ChartDiagram diagram, ChartText text)
    {
        var records = diagram.Points.Where(p => p.SetsBest).Select(p => $"{p.Point.Name} {p.Point.Display} ({p.Point.Date.Year})");
        return $"{diagram.Points.Count} models from {diagram.Years.FirstYear} to {diagram.Years.EndYear - 1}. {text.ValueAxis}, best so far: {string.Join(", then ", records)}.";
    }
}
