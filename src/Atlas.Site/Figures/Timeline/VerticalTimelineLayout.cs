using Atlas.Site.Figures.Drawing;

namespace Atlas.Site.Figures.Timeline;

/// <summary>A year's heading row on the vertical timeline: the rule at its top and its name's box.</summary>
public sealed record TimelineYearRow(int Year, double Top, Box Label);

/// <summary>A lane of the vertical timeline: a narrow column at X, in its family's colour.</summary>
public sealed record TimelineColumn(TimelineLane Lane, double X);

/// <summary>The vertical timeline laid out; nodes newest first (ties by id), which is also their tab order.</summary>
public sealed record VerticalTimelineDiagram(
    double Width,
    double Height,
    TimelineMetrics Metrics,
    IReadOnlyList<TimelineYearRow> Years,
    IReadOnlyList<TimelineColumn> Columns,
    IReadOnlyList<TimelineNode> Nodes,
    IReadOnlyList<TimelineArrow> Arrows);

/// <summary>
/// The timeline for a phone: time runs down the screen from the newest model, one model per row
/// under its year's heading, each lane a narrow column on the left (as a git history graph draws
/// branches) and every name to the right of all the columns. An arrow leaves its older model along
/// the row, climbs in the gap right of that model's column, where no node is, and turns into the
/// newer model along the boundary below its row, where no node or label is: so no arrow crosses a
/// label, and none passes through another node.
/// </summary>
public static class VerticalTimelineLayout
{
    public static VerticalTimelineDiagram Layout(IReadOnlyList<TimelineEntry> entries, IReadOnlyList<TimelineLane> lanes, TimelineMetrics? metrics = null)
    {
        var m = metrics ?? TimelineMetrics.Default;
        var columns = lanes.Select((lane, i) => new TimelineColumn(lane, m.Margin + (i + 0.5) * m.LaneSpacing)).ToList();
        var columnOf = columns.ToDictionary(c => c.Lane.Key, StringComparer.Ordinal);
        var labelLeft = m.Margin + lanes.Count * m.LaneSpacing + m.LabelGap;

        var years = new List<TimelineYearRow>();
        var nodes = new List<TimelineNode>();
        var top = m.Margin;
        foreach (var entry in entries.Where(e => columnOf.ContainsKey(e.Lane)).OrderByDescending(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            if (years.Count == 0 || years[^1].Year != entry.Date.Year)
            {
                var title = entry.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                years.Add(new TimelineYearRow(entry.Date.Year, top, new Box(labelLeft, top + (m.RowHeight - TextWidth.LineHeight(m.TitleFontSize)) / 2, TextWidth.Of(title, m.TitleFontSize), TextWidth.LineHeight(m.TitleFontSize))));
                top += m.RowHeight;
            }
            var column = columnOf[entry.Lane];
            var y = top + m.RowHeight / 2;
            var label = new Box(labelLeft, y - m.LabelHeight / 2, TextWidth.Of(entry.Name, m.FontSize), m.LabelHeight);
            nodes.Add(new TimelineNode(entry, column.Lane, column.X, y, m.NodeRadius, label));
            top += m.RowHeight;
        }

        var right = nodes.Select(n => n.Label.Right).Concat(years.Select(y => y.Label.Right)).DefaultIfEmpty(labelLeft).Max();
        return new VerticalTimelineDiagram(Math.Ceiling(right + m.Margin), Math.Ceiling(top + m.Margin), m, years, columns, nodes, Arrows(nodes, m));
    }

    /// <summary>
    /// One arrow per builds_on whose target is drawn, from the older model to the newer (up the
    /// screen; down when the model built on shares the newer one's date and stands above it).
    /// </summary>
    private static List<TimelineArrow> Arrows(IReadOnlyList<TimelineNode> nodes, TimelineMetrics m)
    {
        var byId = nodes.ToDictionary(n => n.Entry.Id, StringComparer.Ordinal);
        var arrows = new List<TimelineArrow>();
        foreach (var to in nodes)
        {
            var parents = to.Entry.BuildsOn.Select(id => byId.GetValueOrDefault(id)).OfType<TimelineNode>().ToList();
            foreach (var from in parents)
            {
                var up = from.Y > to.Y ? 1 : -1;
                var gap = from.X + m.LaneSpacing / 2;
                var boundary = to.Y + up * m.RowHeight / 2;
                (double X, double Y)[] points =
                [
                    (from.X + from.Radius, from.Y), (gap, from.Y), (gap, boundary), (to.X, boundary), (to.X, to.Y + up * to.Radius),
                ];
                arrows.Add(new TimelineArrow(from, to, points, from == parents[0]));
            }
        }
        return arrows;
    }
}
