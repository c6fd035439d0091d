using Atlas.Site.Drawing;

namespace Atlas.Site.Timeline;

/// <summary>One model as the timeline needs it.</summary>
public sealed record TimelineEntry(string Id, string Name, DateOnly Date, string Lane, IReadOnlyList<string> BuildsOn);

/// <summary>A horizontal band of the timeline: one architecture family.</summary>
public sealed record TimelineLane(string Key, string Title);

/// <summary>Sizes of the drawing, in SVG user units (CSS pixels at natural size).</summary>
public sealed record TimelineMetrics
{
    public static readonly TimelineMetrics Default = new();

    public double PixelsPerYear { get; init; } = 150;
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

    public double LabelHeight => Math.Round(FontSize * 1.3);
}

/// <summary>A model on the timeline: its node at (X, Y) and its label's box.</summary>
public sealed record TimelineNode(TimelineEntry Entry, TimelineLane Lane, double X, double Y, double Radius, Box Label)
{
    public Box Marker => Box.Around(X, Y, Radius);
}

public sealed record TimelineLaneBand(TimelineLane Lane, double Top, double Height, Box Title);

/// <summary>A year boundary at X (its gridline) and where the year's name is centred.</summary>
public sealed record TimelineYear(int Year, double X, double LabelX);

/// <summary>A cubic curve from <c>From</c>, a model that <c>To</c> builds on, to <c>To</c>.</summary>
public sealed record TimelineArrow(TimelineNode From, TimelineNode To, (double X, double Y) Start, (double X, double Y) Control1, (double X, double Y) Control2, (double X, double Y) End);

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
/// Where everything on the architecture timeline goes. Time runs left to right; each lane
/// stacks its models in rows, a model taking the first row where its node and label fit after
/// the labels already there, so no label ever covers another label or a node.
/// </summary>
public static class TimelineLayout
{
    public static TimelineDiagram Layout(IReadOnlyList<TimelineEntry> entries, IReadOnlyList<TimelineLane> lanes, TimelineMetrics? metrics = null)
    {
        var m = metrics ?? TimelineMetrics.Default;
        var axis = YearAxis.Spanning(entries.Select(e => e.Date));
        var x = axis.Scale(m.Margin, m.Margin + axis.YearCount * m.PixelsPerYear);

        var bands = new List<TimelineLaneBand>();
        var nodes = new List<TimelineNode>();
        var top = m.AxisHeight;
        foreach (var lane in lanes)
        {
            var (placed, rows) = PlaceInRows(entries.Where(e => e.Lane == lane.Key), lane, x, axis, m, top + m.LaneTitleHeight);
            var height = m.LaneTitleHeight + rows * m.RowHeight + m.LanePadding;
            var title = new Box(m.Margin, top + 4, TextWidth.Of(lane.Title, m.TitleFontSize), m.TitleFontSize * 1.3);
            bands.Add(new TimelineLaneBand(lane, top, height, title));
            nodes.AddRange(placed);
            top += height;
        }

        var years = axis.Years.Select(year => new TimelineYear(year, x.Map(year - axis.FirstYear), x.Map(year - axis.FirstYear + 0.5))).ToList();
        var contentRight = nodes.Select(n => n.Label.Right).Concat(bands.Select(b => b.Title.Right)).DefaultIfEmpty(0).Max();
        var width = Math.Ceiling(Math.Max(x.Map(axis.YearCount), contentRight) + m.Margin);
        var byDate = nodes.OrderBy(n => n.Entry.Date).ThenBy(n => n.Entry.Id, StringComparer.Ordinal).ToList();
        return new TimelineDiagram(width, Math.Ceiling(top + m.Margin), m, years, bands, byDate, Arrows(byDate));
    }

    /// <summary>
    /// First-fit by start: taken in date order, each model goes in the lowest row whose last
    /// label ends before its node. Returns the nodes and the rows used (at least one, so an
    /// empty lane still shows).
    /// </summary>
    private static (List<TimelineNode> Nodes, int Rows) PlaceInRows(IEnumerable<TimelineEntry> entries, TimelineLane lane, LinearScale x, YearAxis axis, TimelineMetrics m, double rowsTop)
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
    /// One arrow per builds_on whose target is on the timeline. It leaves the older model
    /// downwards (upwards when the newer one is higher), so it does not run along that model's
    /// own label, and enters the newer model from the left, where no label is.
    /// </summary>
    private static List<TimelineArrow> Arrows(IReadOnlyList<TimelineNode> nodes)
    {
        var byId = nodes.ToDictionary(n => n.Entry.Id, StringComparer.Ordinal);
        var arrows = new List<TimelineArrow>();
        foreach (var to in nodes)
        {
            foreach (var from in to.Entry.BuildsOn.Select(id => byId.GetValueOrDefault(id)).OfType<TimelineNode>())
            {
                var down = to.Y >= from.Y ? 1 : -1;
                var drop = Math.Min(Math.Max(Math.Abs(to.Y - from.Y) / 2, 16), 24);
                var run = Math.Max(Math.Abs(to.X - from.X) / 2, 16);
                var control1 = (from.X, from.Y + down * drop);
                // Between models of the same row, the arrow stays below the row all the way.
                var control2 = (to.X - run, to.Y == from.Y ? to.Y + drop : to.Y);
                arrows.Add(new TimelineArrow(from, to, OnCircle(from, control1), control1, control2, OnCircle(to, control2)));
            }
        }
        return arrows;
    }

    /// <summary>Where the line from the node's centre towards <paramref name="toward"/> crosses its circle.</summary>
    private static (double X, double Y) OnCircle(TimelineNode node, (double X, double Y) toward)
    {
        var dx = toward.X - node.X;
        var dy = toward.Y - node.Y;
        var length = Math.Sqrt(dx * dx + dy * dy);
        return length == 0 ? (node.X, node.Y) : (node.X + dx / length * node.Radius, node.Y + dy / length * node.Radius);
    }
}
