using System.Globalization;
using System.Text;
using Atlas.Site.Figures.Drawing;

namespace Atlas.Site.Figures.Timeline;

/// <summary>
/// Writes a laid-out timeline as inline SVG. Colours come from CSS classes (theme/assets/css,
/// "Timeline and charts"), so the drawing follows light and dark mode like the rest of the page.
/// </summary>
public static class TimelineSvg
{
    public static string Write(TimelineDiagram diagram, Func<TimelineEntry, string> href)
    {
        var m = diagram.Metrics;
        var years = diagram.Years.Count == 0 ? "" : $", {diagram.Years[0].Year} to {diagram.Years[^1].Year}";
        var svg = Open("timeline", "timeline", diagram.Width, diagram.Height, m, $"Architecture timeline: {diagram.Nodes.Count} models in {diagram.Lanes.Count} lanes{years}");

        svg.Append("<g class=\"tl-grid\" aria-hidden=\"true\">\n");
        foreach (var band in diagram.Lanes)
            svg.Append($"<line class=\"tl-lane-rule\" x1=\"0\" y1=\"{Svg.Num(band.Top)}\" x2=\"{Svg.Num(diagram.Width)}\" y2=\"{Svg.Num(band.Top)}\"/>\n");
        foreach (var year in diagram.Years)
        {
            svg.Append($"<line class=\"tl-year-rule\" x1=\"{Svg.Num(year.X)}\" y1=\"{Svg.Num(m.AxisHeight - 6)}\" x2=\"{Svg.Num(year.X)}\" y2=\"{Svg.Num(diagram.Height - m.Margin)}\"/>\n");
            svg.Append($"<text class=\"tl-year\" x=\"{Svg.Num(year.LabelX)}\" y=\"{Svg.Num(m.AxisHeight - 10)}\" text-anchor=\"middle\">{year.Year}</text>\n");
        }
        svg.Append("</g>\n");

        foreach (var band in diagram.Lanes)
            svg.Append($"<text class=\"tl-lane-title\" font-size=\"{Svg.Num(m.TitleFontSize)}\" x=\"{Svg.Num(band.Title.Left)}\" y=\"{Svg.Num(band.Title.CenterY)}\" dy=\"0.35em\">{Svg.Text(band.Lane.Title)}</text>\n");

        ArrowsAndNodes(svg, diagram.Arrows, diagram.Nodes, "timeline-arrowhead", href);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// The phone's timeline (<see cref="VerticalTimelineLayout"/>): the newest model at the top, a
    /// heading row per year, each lane a column of dots in its family's colour, the names to the right.
    /// Its nodes link and trace as those of the wide timeline do.
    /// </summary>
    public static string WriteVertical(VerticalTimelineDiagram diagram, Func<TimelineEntry, string> href)
    {
        var m = diagram.Metrics;
        var years = diagram.Years.Count == 0 ? "" : $", {diagram.Years[0].Year} back to {diagram.Years[^1].Year}";
        var svg = Open("timeline timeline-vertical-svg", "timeline-vertical", diagram.Width, diagram.Height, m, $"Architecture timeline, newest first: {diagram.Nodes.Count} models in {diagram.Columns.Count} lanes{years}");
        svg.Append("<g class=\"tl-grid\" aria-hidden=\"true\">\n");
        foreach (var column in diagram.Columns)
            svg.Append($"<line class=\"tl-lane-rule\"{FamilyColour(column.Lane)} x1=\"{Svg.Num(column.X)}\" y1=\"{Svg.Num(m.Margin)}\" x2=\"{Svg.Num(column.X)}\" y2=\"{Svg.Num(diagram.Height - m.Margin)}\"/>\n");
        foreach (var year in diagram.Years)
        {
            svg.Append($"<line class=\"tl-year-rule\" x1=\"0\" y1=\"{Svg.Num(year.Top)}\" x2=\"{Svg.Num(diagram.Width)}\" y2=\"{Svg.Num(year.Top)}\"/>\n");
            svg.Append($"<text class=\"tl-year\" font-size=\"{Svg.Num(m.TitleFontSize)}\" x=\"{Svg.Num(year.Label.Left)}\" y=\"{Svg.Num(year.Label.CenterY)}\" dy=\"0.35em\">{year.Year}</text>\n");
        }
        svg.Append("</g>\n");
        ArrowsAndNodes(svg, diagram.Arrows, diagram.Nodes, "timeline-vertical-arrowhead", href);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// The start of a drawing: its svg element titled for screen readers, and its arrowheads (the plain
    /// one and the traced one), with ids starting with <paramref name="id"/> so two drawings share a page.
    /// </summary>
    private static StringBuilder Open(string cssClass, string id, double width, double height, TimelineMetrics m, string title)
    {
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"{cssClass}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Svg.Num(width)}\" height=\"{Svg.Num(height)}\" viewBox=\"0 0 {Svg.Num(width)} {Svg.Num(height)}\" font-size=\"{Svg.Num(m.FontSize)}\" aria-labelledby=\"{id}-svg-title\">\n");
        svg.Append($"<title id=\"{id}-svg-title\">{Svg.Text(title)}</title>\n");
        svg.Append($"<defs>{Arrowhead(id + "-arrowhead", "tl-arrowhead", 8)}{Arrowhead(id + "-arrowhead-traced", "tl-arrowhead traced", 9)}</defs>\n");
        return svg;
    }

    /// <summary>Every arrow (each naming its two models, for tracing), then every node as a link titled with its date, lane and parents.</summary>
    private static void ArrowsAndNodes(StringBuilder svg, IReadOnlyList<TimelineArrow> arrows, IReadOnlyList<TimelineNode> nodes, string arrowhead, Func<TimelineEntry, string> href)
    {
        svg.Append("<g class=\"tl-arrows\" aria-hidden=\"true\">\n");
        foreach (var arrow in arrows)
        {
            svg.Append($"<path class=\"tl-arrow {(arrow.Main ? "main" : "extra")}\" data-from=\"{Svg.Text(arrow.From.Entry.Id)}\" data-to=\"{Svg.Text(arrow.To.Entry.Id)}\" d=\"{Path(arrow)}\" marker-end=\"url(#{arrowhead})\">");
            svg.Append($"<title>{Svg.Text(arrow.To.Entry.Name)} builds on {Svg.Text(arrow.From.Entry.Name)}</title></path>\n");
        }
        svg.Append("</g>\n");

        var parentsOf = arrows.ToLookup(a => a.To.Entry.Id, a => a.From.Entry.Name, StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var parents = parentsOf[node.Entry.Id].ToList();
            var title = $"{node.Entry.Name}, {node.Entry.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, {node.Lane.Title}"
                + (parents.Count > 0 ? $"; builds on {string.Join(", ", parents)}" : "");
            var focus = new Box(node.Marker.Left, node.Label.Top, node.Label.Right - node.Marker.Left, node.Label.Height).Inflate(3);
            svg.Append($"<a class=\"tl-node\" data-id=\"{Svg.Text(node.Entry.Id)}\" href=\"{Svg.Text(href(node.Entry))}\"><title>{Svg.Text(title)}</title>");
            svg.Append($"<rect class=\"tl-focus\" x=\"{Svg.Num(focus.Left)}\" y=\"{Svg.Num(focus.Top)}\" width=\"{Svg.Num(focus.Width)}\" height=\"{Svg.Num(focus.Height)}\" rx=\"4\"/>");
            svg.Append($"<circle class=\"tl-dot\"{FamilyColour(node.Lane)} cx=\"{Svg.Num(node.X)}\" cy=\"{Svg.Num(node.Y)}\" r=\"{Svg.Num(node.Radius)}\"/>");
            svg.Append($"<text class=\"tl-label\" x=\"{Svg.Num(node.Label.Left)}\" y=\"{Svg.Num(node.Y)}\" dy=\"0.35em\">{Svg.Text(node.Entry.Name)}</text></a>\n");
        }
    }

    /// <summary>A marker for path ends; the traced one, bigger and in the accent colour, is what CSS switches to when a model's arrows are traced.</summary>
    private static string Arrowhead(string id, string cssClass, int size) =>
        $"<marker id=\"{id}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"{size}\" markerHeight=\"{size}\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path class=\"{cssClass}\" d=\"M0,1 L10,5 L0,9 z\"/></marker>";

    /// <summary>
    /// A small version for the home page: the lanes, the years, the dots and the main arrows, no
    /// labels or links; it scales to the width it is given and says what it shows in its title.
    /// </summary>
    public static string WriteThumbnail(TimelineDiagram diagram)
    {
        var m = diagram.Metrics;
        var svg = new StringBuilder();
        var years = diagram.Years.Count == 0 ? "" : $" from {diagram.Years[0].Year} to {diagram.Years[^1].Year}";
        svg.Append($"<svg class=\"timeline timeline-thumbnail\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Svg.Num(diagram.Width)} {Svg.Num(diagram.Height)}\" font-size=\"{Svg.Num(m.FontSize * 1.6)}\" role=\"img\" aria-label=\"Architecture timeline: {diagram.Nodes.Count} models{years}, each linked to the one it builds on\">\n");
        foreach (var band in diagram.Lanes)
            svg.Append($"<line class=\"tl-lane-rule\" x1=\"0\" y1=\"{Svg.Num(band.Top)}\" x2=\"{Svg.Num(diagram.Width)}\" y2=\"{Svg.Num(band.Top)}\"/>\n");
        foreach (var year in diagram.Years)
            svg.Append($"<text class=\"tl-year\" x=\"{Svg.Num(year.LabelX)}\" y=\"{Svg.Num(m.AxisHeight - 8)}\" text-anchor=\"middle\">{year.Year}</text>\n");
        foreach (var arrow in diagram.Arrows.Where(a => a.Main))
            svg.Append($"<path class=\"tl-arrow\" d=\"{Path(arrow)}\"/>\n");
        foreach (var node in diagram.Nodes)
            svg.Append($"<circle class=\"tl-dot\"{FamilyColour(node.Lane)} cx=\"{Svg.Num(node.X)}\" cy=\"{Svg.Num(node.Y)}\" r=\"{Svg.Num(node.Radius * 1.4)}\"/>\n");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The family's colour as a CSS variable, so the stylesheet decides how it is used in each theme.</summary>
    private static string FamilyColour(TimelineLane lane) => lane.Colour is { } colour ? $" style=\"--family: {Svg.Text(colour)}\"" : "";

    private static string Path(TimelineArrow arrow) => "M" + string.Join(" L", arrow.Points.Select(Point));

    private static string Point((double X, double Y) point) => $"{Svg.Num(point.X)},{Svg.Num(point.Y)}";
}
