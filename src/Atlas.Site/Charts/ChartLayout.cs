using Atlas.Site.Drawing;

namespace Atlas.Site.Charts;

/// <summary>One model's result on one benchmark; <c>Display</c> is the number exactly as printed.</summary>
public sealed record ChartPoint(string Id, string Name, DateOnly Date, double Value, string Display);

/// <summary>Sizes of a chart, in SVG user units (CSS pixels at natural size).</summary>
public sealed record ChartMetrics
{
    public static readonly ChartMetrics Default = new();

    public double Width { get; init; } = 720;
    public double Height { get; init; } = 380;
    public double MarginLeft { get; init; } = 64;
    public double MarginRight { get; init; } = 16;
    public double MarginTop { get; init; } = 12;
    public double MarginBottom { get; init; } = 52;
    public double PointRadius { get; init; } = 4.5;
    public double BestPointRadius { get; init; } = 5.5;
    public double FontSize { get; init; } = 12;

    public double LabelHeight => Math.Round(FontSize * 1.3);
}

/// <summary>A point drawn at (X, Y); <c>Label</c> is null when no free spot was left for its name.</summary>
public sealed record PlottedPoint(ChartPoint Point, double X, double Y, double Radius, bool SetsBest, PlacedLabel? Label)
{
    public Box Marker => Box.Around(X, Y, Radius);
}

public sealed record ChartDiagram(
    ChartMetrics Metrics,
    Box Plot,
    YearAxis Years,
    LinearScale X,
    NiceTicks Ticks,
    LinearScale Y,
    IReadOnlyList<PlottedPoint> Points,
    IReadOnlyList<Segment> BestLine);

/// <summary>
/// The state-of-the-art-over-time chart of one benchmark: value against publication date,
/// the running best as a step line, and every point named where its name fits.
/// </summary>
public static class ChartLayout
{
    /// <param name="valueCeiling">The highest value the measure can take (100 for a percentage): the axis stops there.</param>
    public static ChartDiagram Layout(IReadOnlyList<ChartPoint> points, double valueCeiling = double.PositiveInfinity, ChartMetrics? metrics = null)
    {
        var m = metrics ?? ChartMetrics.Default;
        double Radius(bool best) => best ? m.BestPointRadius : m.PointRadius;
        var byDate = points.OrderBy(p => p.Date).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var plot = new Box(m.MarginLeft, m.MarginTop, m.Width - m.MarginLeft - m.MarginRight, m.Height - m.MarginTop - m.MarginBottom);
        var years = YearAxis.Spanning(byDate.Select(p => p.Date));
        var x = years.Scale(plot.Left, plot.Right);
        var ticks = NiceTicks.Enclosing(byDate.Select(p => p.Value).DefaultIfEmpty(0).ToList(), ceiling: valueCeiling);
        var y = new LinearScale(ticks.Min, ticks.Max, plot.Bottom, plot.Top);

        var records = RunningBest(byDate).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var positioned = byDate.Select(p => (Point: p, X: x.Map(years.Offset(p.Date)), Y: y.Map(p.Value), Best: records.Contains(p.Id))).ToList();
        var bestLine = StepLine(positioned.Where(p => p.Best).Select(p => (p.X, p.Y)).ToList(), plot.Right);

        // Records are named first, as they tell the story of the chart; OrderBy is stable, so each group stays in date order.
        var naming = positioned.OrderBy(p => p.Best ? 0 : 1).ToList();
        var labels = LabelPlacer.Place(
            naming.Select(p => new LabelRequest(p.X, p.Y, Radius(p.Best), TextWidth.Of(p.Point.Name, m.FontSize), m.LabelHeight)).ToList(),
            plot,
            bestLine);
        var labelOf = naming.Zip(labels).ToDictionary(t => t.First.Point.Id, t => t.Second, StringComparer.Ordinal);

        var plotted = positioned.Select(p => new PlottedPoint(p.Point, p.X, p.Y, Radius(p.Best), p.Best, labelOf[p.Point.Id])).ToList();
        return new ChartDiagram(m, plot, years, x, ticks, y, plotted, bestLine);
    }

    /// <summary>The points, oldest first, that beat every earlier point (higher is better on every benchmark of the atlas).</summary>
    public static IReadOnlyList<ChartPoint> RunningBest(IEnumerable<ChartPoint> byDate)
    {
        var records = new List<ChartPoint>();
        foreach (var point in byDate)
        {
            if (records.Count == 0 || point.Value > records[^1].Value) records.Add(point);
        }
        return records;
    }

    /// <summary>The best so far as a staircase: flat until the next record, up to it, and flat again to the right edge.</summary>
    private static List<Segment> StepLine(IReadOnlyList<(double X, double Y)> records, double right)
    {
        var segments = new List<Segment>();
        for (var i = 0; i < records.Count; i++)
        {
            var (x, y) = records[i];
            var nextX = i + 1 < records.Count ? records[i + 1].X : right;
            segments.Add(new Segment(x, y, nextX, y));
            if (i + 1 < records.Count) segments.Add(new Segment(nextX, y, nextX, records[i + 1].Y));
        }
        return segments;
    }
}
