using Atlas.Site.Figures.Drawing;

namespace Atlas.Site.Figures.Charts;

/// <summary>
/// One model's result on one benchmark; <c>Display</c> is the number exactly as printed;
/// <c>Series</c> the index of its setting among the chart's series (0 when the chart has one).
/// </summary>
public sealed record ChartPoint(string Id, string Name, DateOnly Date, double Value, string Display, int Series = 0);

/// <summary>Sizes of a chart, in SVG user units (CSS pixels at natural size).</summary>
public sealed record ChartMetrics
{
    public static readonly ChartMetrics Default = new();

    /// <summary>A chart among others in a grid of small multiples: two fit side by side on a laptop.</summary>
    public static readonly ChartMetrics Small = new() { Width = 540, Height = 340 };

    public double Width { get; init; } = 720;
    public double Height { get; init; } = 380;
    public double MarginLeft { get; init; } = 64;
    public double MarginRight { get; init; } = 16;
    public double MarginTop { get; init; } = 12;
    public double MarginBottom { get; init; } = 52;
    public double PointRadius { get; init; } = 4.5;
    public double BestPointRadius { get; init; } = 5.5;
    public double FontSize { get; init; } = 12;

    public double LabelHeight => Math.Round(TextWidth.LineHeight(FontSize));
}

/// <summary>
/// A point drawn at (X, Y): a little to the side of its date when it would otherwise cover another
/// point (<c>Nudged</c>); <c>Label</c> is null when no free spot was left for its name.
/// </summary>
public sealed record PlottedPoint(ChartPoint Point, double X, double Y, double Radius, bool SetsBest, PlacedLabel? Label, bool Nudged = false)
{
    public Box Marker => Box.Around(X, Y, Radius);
}

/// <summary>The laid-out chart; <c>BestLines</c> holds each series' best-so-far staircase, by series index.</summary>
public sealed record ChartDiagram(
    ChartMetrics Metrics,
    Box Plot,
    YearAxis Years,
    LinearScale X,
    NiceTicks Ticks,
    LinearScale Y,
    IReadOnlyList<PlottedPoint> Points,
    IReadOnlyList<IReadOnlyList<Segment>> BestLines)
{
    /// <summary>Every segment of every best-so-far line.</summary>
    public IEnumerable<Segment> Lines => BestLines.SelectMany(l => l);
}

/// <summary>
/// The state-of-the-art-over-time chart of one benchmark: value against publication date, one
/// series per setting, each with its running best as a step line, points that would cover one
/// another set apart, and every point named where its name fits.
/// </summary>
public static class ChartLayout
{
    /// <summary>How many nudges either way a point may take to leave the points it covers.</summary>
    private const int MaxNudges = 6;

    /// <param name="valueCeiling">The highest value the measure can take (100 for a percentage): the axis stops there.</param>
    public static ChartDiagram Layout(IReadOnlyList<ChartPoint> points, double valueCeiling = double.PositiveInfinity, ChartMetrics? metrics = null)
    {
        var m = metrics ?? ChartMetrics.Default;
        double Radius(bool best) => best ? m.BestPointRadius : m.PointRadius;
        var byDate = points.OrderBy(p => p.Date).ThenBy(p => p.Series).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var plot = new Box(m.MarginLeft, m.MarginTop, m.Width - m.MarginLeft - m.MarginRight, m.Height - m.MarginTop - m.MarginBottom);
        var years = YearAxis.Spanning(byDate.Select(p => p.Date));
        var x = years.Scale(plot.Left, plot.Right);
        var ticks = NiceTicks.Enclosing(byDate.Select(p => p.Value).DefaultIfEmpty(0).ToList(), ceiling: valueCeiling);
        var y = new LinearScale(ticks.Min, ticks.Max, plot.Bottom, plot.Top);

        var records = byDate.GroupBy(p => p.Series).SelectMany(RunningBest).ToHashSet();
        var markers = new BoxGrid(m.BestPointRadius * 4);
        var positioned = byDate.Select(p =>
        {
            var best = records.Contains(p);
            var (px, nudged) = Separate(x.Map(years.Offset(p.Date)), y.Map(p.Value), Radius(best), plot, markers);
            return (Point: p, X: px, Y: y.Map(p.Value), Best: best, Nudged: nudged);
        }).ToList();
        var seriesCount = byDate.Select(p => p.Series + 1).DefaultIfEmpty(0).Max();
        var bestLines = Enumerable.Range(0, seriesCount)
            .Select(s => (IReadOnlyList<Segment>)StepLine(positioned.Where(p => p.Best && p.Point.Series == s).Select(p => (p.X, p.Y)).ToList(), plot.Right))
            .ToList();

        // Records are named first, newest first (the state of the art before the steps to it), as they tell
        // the story of the chart; the other points then in date order.
        var naming = positioned.Where(p => p.Best).Reverse().Concat(positioned.Where(p => !p.Best)).ToList();
        var labels = LabelPlacer.Place(
            naming.Select(p => new LabelRequest(p.X, p.Y, Radius(p.Best), TextWidth.Of(p.Point.Name, m.FontSize), m.LabelHeight)).ToList(),
            plot,
            bestLines.SelectMany(l => l).ToList());
        var labelOf = naming.Zip(labels).ToDictionary(t => t.First.Point, t => t.Second);

        var plotted = positioned.Select(p => new PlottedPoint(p.Point, p.X, p.Y, Radius(p.Best), p.Best, labelOf[p.Point], p.Nudged)).ToList();
        return new ChartDiagram(m, plot, years, x, ticks, y, plotted, bestLines);
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

    /// <summary>
    /// Where a point's marker covers no marker placed before it: at its date, else nudged sideways by a
    /// marker's width at a time, right then left, as far as <see cref="MaxNudges"/> steps and within the plot.
    /// Two models of the same date and value then show as two markers side by side, not one.
    /// </summary>
    private static (double X, bool Nudged) Separate(double x, double y, double radius, Box plot, BoxGrid markers)
    {
        var step = 2 * radius + 1;
        var chosen = x;
        for (var i = 0; i <= 2 * MaxNudges; i++)
        {
            var candidate = x + (i + 1) / 2 * step * (i % 2 == 1 ? 1 : -1);
            if (candidate - radius < plot.Left || candidate + radius > plot.Right || markers.AnyOverlaps(Box.Around(candidate, y, radius + 0.5))) continue;
            chosen = candidate;
            break;
        }
        markers.Add(Box.Around(chosen, y, radius + 0.5));
        return (chosen, chosen != x);
    }

    /// <summary>The best so far as a staircase: flat until the next record, up to it, and flat again to the right edge.</summary>
    private static List<Segment> StepLine(IReadOnlyList<(double X, double Y)> records, double right)
    {
        var segments = new List<Segment>();
        for (var i = 0; i < records.Count; i++)
        {
            var (x, y) = records[i];
            var nextX = i + 1 < records.Count ? Math.Max(records[i + 1].X, x) : right;
            segments.Add(new Segment(x, y, nextX, y));
            if (i + 1 < records.Count) segments.Add(new Segment(nextX, y, nextX, records[i + 1].Y));
        }
        return segments;
    }
}
