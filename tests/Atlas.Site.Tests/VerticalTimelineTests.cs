using AngleSharp.Html.Parser;
using Atlas.Site.Figures.Drawing;
using Atlas.Site.Figures.Timeline;

namespace Atlas.Site.Tests;

/// <summary>The phone's timeline: newest model at the top, lanes as columns, no arrow over a label or a node.</summary>
public class VerticalTimelineTests
{
    private static List<TimelineEntry> FrozenEntries() =>
        FrozenAtlas.Table.Rows.Select(r => new TimelineEntry(r.Id, r.Name, r.Date, r.Lane, r.BuildsOn)).ToList();

    /// <summary>Models of one day and one lane building on each other, one on a model of the same day, and others around them.</summary>
    private static List<TimelineEntry> Crowded()
    {
        var lanes = FrozenAtlas.Lanes;
        var entries = Enumerable.Range(0, 10).Select(i => new TimelineEntry($"m{i}", $"Model {i}", new DateOnly(2022, 3, 1), lanes[i % 3].Key, i > 0 ? [$"m{i - 1}"] : [])).ToList();
        entries.Add(new TimelineEntry("early", "Early", new DateOnly(2019, 2, 20), lanes[^1].Key, []));
        entries.Add(new TimelineEntry("late", "A late model with a long name", new DateOnly(2024, 3, 31), lanes[0].Key, ["m0", "early", "m9"]));
        return entries;
    }

    public static TheoryData<string> Sets() => new() { "frozen atlas", "crowded day" };

    private static VerticalTimelineDiagram Layout(string set) =>
        VerticalTimelineLayout.Layout(set == "frozen atlas" ? FrozenEntries() : Crowded(), FrozenAtlas.Lanes);

    [Theory]
    [MemberData(nameof(Sets))]
    public void Nodes_run_down_from_the_newest_under_their_years_each_in_its_lanes_column(string set)
    {
        var diagram = Layout(set);

        var nodes = diagram.Nodes;
        for (var i = 1; i < nodes.Count; i++)
        {
            Assert.True(nodes[i - 1].Entry.Date >= nodes[i].Entry.Date, "nodes are listed newest first");
            Assert.True(nodes[i - 1].Y < nodes[i].Y, $"{nodes[i - 1].Entry.Name} is not above {nodes[i].Entry.Name}");
        }
        Assert.Equal(nodes.Select(n => n.Entry.Date.Year).Distinct(), diagram.Years.Select(y => y.Year));
        foreach (var node in nodes)
        {
            var year = diagram.Years.Single(y => y.Year == node.Entry.Date.Year);
            Assert.True(year.Top < node.Y, $"{node.Entry.Name} is above the heading of {year.Year}");
            Assert.Equal(diagram.Columns.Single(c => c.Lane.Key == node.Entry.Lane).X, node.X);
        }
        var drawing = new Box(0, 0, diagram.Width, diagram.Height);
        Assert.All(nodes, n => Assert.True(drawing.Contains(n.Label) && drawing.Contains(n.Marker), $"{n.Entry.Name} leaves the drawing"));
        Geometry.AssertDisjoint(nodes.Select(n => ($"label of {n.Entry.Name}", n.Label))
            .Concat(nodes.Select(n => ($"node of {n.Entry.Name}", n.Marker)))
            .Concat(diagram.Years.Select(y => ($"year {y.Year}", y.Label))).ToList());
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_builds_on_is_one_arrow_that_crosses_no_label_no_year_and_no_other_node(string set)
    {
        var diagram = Layout(set);

        var entries = diagram.Nodes.Select(n => n.Entry).ToList();
        var expected = entries.SelectMany(e => e.BuildsOn.Where(p => entries.Any(x => x.Id == p)).Select(p => $"{p}->{e.Id}")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, diagram.Arrows.Select(a => $"{a.From.Entry.Id}->{a.To.Entry.Id}").Order(StringComparer.Ordinal));
        Assert.NotEmpty(diagram.Arrows);
        foreach (var arrow in diagram.Arrows)
        {
            Assert.Equal(arrow.From.Radius, Distance(arrow.Start, (arrow.From.X, arrow.From.Y)), 6);
            Assert.Equal(arrow.To.Radius, Distance(arrow.End, (arrow.To.X, arrow.To.Y)), 6);
            var obstacles = diagram.Nodes.Select(n => ($"label of {n.Entry.Name}", n.Label))
                .Concat(diagram.Years.Select(y => ($"year {y.Year}", y.Label)))
                .Concat(diagram.Nodes.Where(n => n != arrow.From && n != arrow.To).Select(n => ($"node of {n.Entry.Name}", n.Marker)));
            Geometry.AssertPathAvoids($"the arrow {arrow.From.Entry.Name} -> {arrow.To.Entry.Name}", arrow.Points, obstacles);
        }
    }

    [Fact]
    public void The_frozen_atlas_fits_a_phone_and_its_svg_links_every_model_newest_first()
    {
        var diagram = Layout("frozen atlas");
        Assert.True(diagram.Width <= 343, $"the vertical timeline is {diagram.Width} wide, more than a 375px phone's column");

        var svg = TimelineSvg.WriteVertical(diagram, e => $"/atlas/models/{e.Id}/");

        var document = new HtmlParser().ParseDocument($"<body>{svg}</body>");
        var newestFirst = FrozenAtlas.Table.Rows.OrderByDescending(r => r.Date).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => $"/atlas/models/{r.Id}/");
        Assert.Equal(newestFirst, document.QuerySelectorAll("svg a").Select(a => a.GetAttribute("href")));
        Assert.Equal(diagram.Arrows.Count, document.QuerySelectorAll("path.tl-arrow[marker-end='url(#timeline-vertical-arrowhead)']").Length);
        Assert.Equal(diagram.Arrows.Count(a => a.Main), document.QuerySelectorAll("path.tl-arrow.main").Length);
        Assert.NotNull(document.GetElementById("timeline-vertical-arrowhead-traced"));
    }

    [Fact]
    public async Task The_timeline_page_holds_both_drawings_the_vertical_one_newest_first()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync()).Succeeded);

        var page = new HtmlParser().ParseDocument(site.ReadOutput("timeline/index.html"));
        Assert.NotNull(page.QuerySelector("figure .timeline-wide svg.timeline"));
        var vertical = page.QuerySelector("figure .timeline-vertical svg.timeline-vertical-svg")!;
        Assert.Equal(["/models/beta/", "/models/alpha/"], vertical.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["2022", "2021"], vertical.QuerySelectorAll("text.tl-year").Select(t => t.TextContent));
        Assert.Single(vertical.QuerySelectorAll("path.tl-arrow[data-from=alpha][data-to=beta]"));
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
