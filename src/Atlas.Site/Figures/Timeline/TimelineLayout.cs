using Atlas.Site.Figures.Drawing;

namespace Atlas.Site.Figures.Timeline;

/// <summary>One model as the timeline needs it.</summary>
public sealed record TimelineEntry(string Id, string Name, DateOnly Date, string Lane, IReadOnlyList<string> BuildsOn);

/// <summary>A horizontal band of the timeline: one architecture family, its nodes in the family's colour (a hex colour of families.yaml; none keeps the accent).</summary>
public sealed record TimelineLane(string Key, string Title, string? Colour = null);

/// <summary>Sizes of the drawing, in SVG user units (CSS pixels at natural size).</summary>
public sealed record TimelineMetrics
{
    public static readonly TimelineMetrics Default = new();

    /// <summary>The width of a year without models; each model dated in it adds <see cref="PixelsPerModel"/>.</summary>
    public double MinPixelsPerYear { get; init; } = 60;
    public double PixelsPerModel { get; init; } = 28;
    public double Margin { get; init; } = 16;
    public double AxisHeight { get; init; } = 30;
    public double LaneTitleHeight { get; init; } = 26;
    public double RowHeight { get; init; } = 24;
    public double LanePadding { get; init; } = 8;
    public double NodeRadius { get; init; } = 6;
    public double LabelGap { get; init; } = 5;
    public double FontSize { get; init; } = 13;
    public double TitleFontSize { get; init; } = 14;

    /// <summary>Least room between the end of one label and the next node in the same row.</summary>
    public double ItemSpacing { get; init; } = 10;

    /// <summary>The width of a lane's column on the vertical timeline (<see cref="VerticalTimelineLayout"/>).</summary>
    public double LaneSpacing { get; init; } = 16;

    public double LabelHeight => Math.Round(TextWidth.LineHeight(FontSize));
}

/// <summary>A model on the timeline: its node at (X, Y) and its label's box.</summary>
public sealed record TimelineNode(TimelineEntry Entry, TimelineLane Lane, double X, double Y, double Radius, Box Label)
{
    public Box Marker => Box.Around(X, Y, Radius);
}

public sealed record TimelineLaneBand(TimelineLane Lane, double Top, double Height, Box Title);

/// <summary>A year boundary at X (its gridline) and where the year's name is centred.</summary>
public sealed record TimelineYear(int Year, double X, double LabelX);

/// <summary>
/// A line from <c>From</c>, a model that <c>To</c> builds on, to <c>To</c>, through <c>Points</c> (straight
/// segments, the first and last on the nodes' circles). <c>Main</c> when <c>From</c> is the first
/// model <c>To</c> builds on: its main parent, drawn by default; the other arrows are shown on demand.
/// </summary>
public sealed record TimelineArrow(TimelineNode From, TimelineNode To, IReadOnlyList<(double X, double Y)> Points, bool Main)
{
    public (double X, double Y) Start => Points[0];

    public (double X, double Y) End => Points[^1];
}

/// <summary>The laid-out timeline; nodes oldest first (ties by id), which is also their tab order.</summary>
public sealed record TimelineDiagram(
    double Width,
    double Height,
    TimelineMetrics Metrics,
    IReadOnlyList<TimelineYear> Years,
    IReadOnlyList<TimelineLaneBand> Lanes,
    IReadOnlyList<TimelineNode> Nodes,
    IReadOnlyList<TimelineArrow> Arrows);

/// <summary>
/// Where everything on the architecture timeline goes. Time runs left to right, each year as
/// wide as its models need (<see cref="DensityYearScale"/>); each lane stacks its models in rows,
/// a model taking the first row where its node and label fit after the labels already there, so
/// no label ever covers another label or a node. Arrows run in the gaps between rows, so none
/// crosses a label.
/// </summary>
public static class TimelineLayout
{
    public static TimelineDiagram Layout(IReadOnlyList<TimelineEntry> entries, IReadOnlyList<TimelineLane> lanes, TimelineMetrics? metrics = null)
    {
        var m = metrics ?? TimelineMetrics.Default;
        var axis = YearAxis.Spanning(entries.Select(e => e.Date));
        var x = DensityYearScale.Of(axis, entries.Select(e => e.Date), m.Margin, m.MinPixelsPerYear, m.PixelsPerModel);

        var bands = new List<TimelineLaneBand>();
        var nodes = new List<TimelineNode>();
        var gutters = new List<double>();
        var top = m.AxisHeight;
        foreach (var lane in lanes)
        {
            var (placed, rows) = PlaceInRows(entries.Where(e => e.Lane == lane.Key), lane, x, axis, m, top + m.LaneTitleHeight);
            var height = m.LaneTitleHeight + rows * m.RowHeight + m.LanePadding;
            gutters.AddRange(Enumerable.Range(0, rows + 1).Select(row => top + m.LaneTitleHeight + row * m.RowHeight));
            var title = new Box(m.Margin, top + 4, TextWidth.Of(lane.Title, m.TitleFontSize), TextWidth.LineHeight(m.TitleFontSize));
            bands.Add(new TimelineLaneBand(lane, top, height, title));
            nodes.AddRange(placed);
            top += height;
        }

        var years = axis.Years.Select(year => new TimelineYear(year, x.Map(year - axis.FirstYear), x.Map(year - axis.FirstYear + 0.5))).ToList();
        var contentRight = nodes.Select(n => n.Label.Right).Concat(bands.Select(b => b.Title.Right)).DefaultIfEmpty(0).Max();
        var width = Math.Ceiling(Math.Max(x.Map(axis.YearCount), contentRight) + m.Margin);
        var byDate = nodes.OrderBy(n => n.Entry.Date).ThenBy(n => n.Entry.Id, StringComparer.Ordinal).ToList();
        var obstacles = byDate.Select(n => n.Label).Concat(bands.Select(b => b.Title)).Select(b => b.Inflate(1)).ToList();
        return new TimelineDiagram(width, Math.Ceiling(top + m.Margin), m, years, bands, byDate, Arrows(byDate, gutters, obstacles, width, m));
    }

    /// <summary>
    /// First-fit by start: taken in date order, each model goes in the lowest row whose last
    /// label ends before its node. Returns the nodes and the rows used (at least one, so an
    /// empty lane still shows).
    /// </summary>
    private static (List<TimelineNode> Nodes, int Rows) PlaceInRows(IEnumerable<TimelineEntry> entries, TimelineLane lane, DensityYearScale x, YearAxis axis, TimelineMetrics m, double rowsTop)
    {
        var rowEnds = new List<double>();
        var nodes = new List<TimelineNode>();
        foreach (var entry in entries.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            var nodeX = x.Map(axis.Offset(entry.Date));
            var row = rowEnds.FindIndex(end => end + m.ItemSpacing <= nodeX - m.NodeRadius);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(0);
            }
            var nodeY = rowsTop + row * m.RowHeight + m.RowHeight / 2;
            var label = new Box(nodeX + m.NodeRadius + m.LabelGap, nodeY - m.LabelHeight / 2, TextWidth.Of(entry.Name, m.FontSize), m.LabelHeight);
            rowEnds[row] = label.Right;
            nodes.Add(new TimelineNode(entry, lane, nodeX, nodeY, m.NodeRadius, label));
        }
        return (nodes, Math.Max(1, rowEnds.Count));
    }

    /// <summary>
    /// One arrow per builds_on whose target is on the timeline, in straight segments through the
    /// gaps between rows, where no label is: from the older model to the gap beside its row, along
    /// it to a column that is clear of labels (the nearest one to the newer model), along that
    /// column to the gap beside the newer model's row, and along that gap into the newer model.
    /// A node's own row is clear straight above and below it, since labels run to the right of nodes
    /// and a row's next node starts after the previous label.
    /// </summary>
    private static List<TimelineArrow> Arrows(IReadOnlyList<TimelineNode> nodes, IReadOnlyList<double> gutters, IReadOnlyList<Box> obstacles, double width, TimelineMetrics m)
    {
        var byId = nodes.ToDictionary(n => n.Entry.Id, StringComparer.Ordinal);
        var blockers = new ColumnBlockers(obstacles.Select(b => (b, (TimelineNode?)null)).Concat(nodes.Select(n => (n.Marker.Inflate(1), (TimelineNode?)n))));
        var arrows = new List<TimelineArrow>();
        foreach (var to in nodes)
        {
            var parents = to.Entry.BuildsOn.Select(id => byId.GetValueOrDefault(id)).OfType<TimelineNode>().ToList();
            foreach (var from in parents)
            {
                var down = to.Y >= from.Y;
                var leave = Gutter(gutters, from.Y, below: down);
                var enter = to.Y == from.Y ? leave : Gutter(gutters, to.Y, below: !down);
                var column = leave == enter ? to.X : ClearColumn(from, to, Math.Min(leave, enter), Math.Max(leave, enter), blockers, width, m);
                var points = new List<(double X, double Y)>
                {
                    (from.X, from.Y + (down ? from.Radius : -from.Radius)), (from.X, leave), (column, leave), (column, enter), (to.X, enter),
                    (to.X, to.Y + (enter > to.Y ? to.Radius : -to.Radius)),
                };
                arrows.Add(new TimelineArrow(from, to, Simplify(points), from == parents[0]));
            }
        }
        return arrows;
    }

    /// <summary>The gap between rows just below (or above) a row centred at <paramref name="y"/>.</summary>
    private static double Gutter(IReadOnlyList<double> gutters, double y, bool below) =>
        below ? gutters.Where(g => g > y).Min() : gutters.Where(g => g < y).Max();

    /// <summary>
    /// The x nearest to just left of the newer model (either way: a lane title in the way is passed
    /// on its right rather than its left) where a vertical line between the two gaps touches no label,
    /// lane title or other node.
    /// </summary>
    private static double ClearColumn(TimelineNode from, TimelineNode to, double top, double bottom, ColumnBlockers blockers, double width, TimelineMetrics m)
    {
        bool Clear(double x) => blockers.IsClear(x, top, bottom, from, to);
        var first = to.X - to.Radius - 4;
        for (var d = 0.0; d < width; d += 2)
        {
            if (first - d > m.Margin / 2 && Clear(first - d)) return first - d;
            if (first + d < width - m.Margin / 2 && Clear(first + d)) return first + d;
        }
        return first;
    }

    /// <summary>
    /// The labels, lane titles and node markers an arrow's vertical run must miss, filed by x in
    /// fixed-width buckets, so that testing a column looks only at the boxes near it: with every
    /// box tested for every arrow, a timeline of 10,000 models took minutes.
    /// </summary>
    private sealed class ColumnBlockers
    {
        private const double BucketWidth = 64;
        private readonly Dictionary<int, List<(Box Box, TimelineNode? Node)>> _buckets = [];

        public ColumnBlockers(IEnumerable<(Box Box, TimelineNode? Node)> blockers)
        {
            foreach (var blocker in blockers)
                for (var bucket = Bucket(blocker.Box.Left); bucket <= Bucket(blocker.Box.Right); bucket++)
                {
                    if (!_buckets.TryGetValue(bucket, out var list)) _buckets[bucket] = list = [];
                    list.Add(blocker);
                }
        }

        /// <summary>True when the vertical line at x between top and bottom touches no box but the markers of the two ends.</summary>
        public bool IsClear(double x, double top, double bottom, TimelineNode from, TimelineNode to) =>
            !_buckets.TryGetValue(Bucket(x), out var list) || !list.Any(b =>
                b.Node != from && b.Node != to && b.Box.Bottom > top && b.Box.Top < bottom && b.Box.Left <= x && x <= b.Box.Right);

        private static int Bucket(double x) => (int)Math.Floor(x / BucketWidth);
    }

    /// <summary>The points without repeats and without middle points of straight runs.</summary>
    private static List<(double X, double Y)> Simplify(List<(double X, double Y)> points)
    {
        var kept = new List<(double X, double Y)>();
        foreach (var point in points)
        {
            if (kept.Count > 0 && kept[^1] == point) continue;
            if (kept.Count > 1 && ((kept[^2].X == kept[^1].X && kept[^1].X == point.X) || (kept[^2].Y == kept[^1].Y && kept[^1].Y == point.Y)))
                kept[^1] = point;
            else
                kept.Add(point);
        }
        return kept;
    }

}
