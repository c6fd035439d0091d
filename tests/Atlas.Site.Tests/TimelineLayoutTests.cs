using Atlas.Site.Figures.Drawing;
using Atlas.Site.Templates;
using Atlas.Site.Figures.Timeline;

namespace Atlas.Site.Tests;

public class TimelineLayoutTests(RealAtlasFixture atlas) : IClassFixture<RealAtlasFixture>
{
    private IReadOnlyList<TimelineLane> Lanes => ModelView.Lanes(atlas.Table.Vocabulary).Select(l => new TimelineLane(l.Key, l.Title)).ToList();

    private List<TimelineEntry> RealEntries() =>
        atlas.Rows.Select(r => new TimelineEntry(r.Id, r.Name, r.Date, r.Lane, r.BuildsOn)).ToList();

    /// <summary>Twelve models in the same month on one lane, with long and short names, plus a few around them.</summary>
    private static List<TimelineEntry> Crowded()
    {
        var names = new[] { "InstructBLIP", "W", "MMMMMMMMMM", "BLIP-2", "i", "LLaVA-1.5-13B", "CoCa", "OFA", "Qwen-VL-Chat", "X", "BEiT-3", "Flamingo-80B" };
        var entries = names.Select((name, i) => new TimelineEntry($"m{i:00}", name, new DateOnly(2022, 3, 1 + i), "encoder-decoder", i > 0 ? [$"m{i - 1:00}"] : [])).ToList();
        entries.Add(new TimelineEntry("early", "Early", new DateOnly(2022, 2, 20), "encoder-decoder", []));
        entries.Add(new TimelineEntry("late", "Late", new DateOnly(2022, 3, 31), "encoder-decoder", ["m00", "early"]));
        entries.Add(new TimelineEntry("other", "Other lane", new DateOnly(2022, 3, 5), "dual-encoder", ["m03"]));
        return entries;
    }

    public static TheoryData<string> Sets() => new() { "real atlas", "crowded month" };

    private List<TimelineEntry> EntriesOf(string set) => set == "real atlas" ? RealEntries() : Crowded();

    [Theory]
    [MemberData(nameof(Sets))]
    public void No_label_overlaps_another_label_a_node_or_a_lane_title(string set)
    {
        var diagram = TimelineLayout.Layout(EntriesOf(set), Lanes);

        var boxes = diagram.Nodes.Select(n => ($"label of {n.Entry.Name}", n.Label))
            .Concat(diagram.Nodes.Select(n => ($"node of {n.Entry.Name}", n.Marker)))
            .Concat(diagram.Lanes.Select(l => ($"title of lane {l.Lane.Key}", l.Title)))
            .ToList();
        Geometry.AssertDisjoint(boxes);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_model_appears_exactly_once_inside_its_lane_and_the_drawing(string set)
    {
        var entries = EntriesOf(set);

        var diagram = TimelineLayout.Layout(entries, Lanes);

        Assert.Equal(entries.Select(e => e.Id).Order(StringComparer.Ordinal), diagram.Nodes.Select(n => n.Entry.Id).Order(StringComparer.Ordinal));
        var drawing = new Box(0, 0, diagram.Width, diagram.Height);
        foreach (var node in diagram.Nodes)
        {
            var band = diagram.Lanes.Single(l => l.Lane.Key == node.Entry.Lane);
            var lane = new Box(0, band.Top, diagram.Width, band.Height);
            Assert.True(lane.Contains(node.Marker) && lane.Contains(node.Label), $"{node.Entry.Name} leaves lane {band.Lane.Key}");
            Assert.True(drawing.Contains(node.Label), $"the label of {node.Entry.Name} leaves the drawing");
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Nodes_run_along_x_in_date_order(string set)
    {
        var nodes = TimelineLayout.Layout(EntriesOf(set), Lanes).Nodes;

        for (var i = 1; i < nodes.Count; i++)
        {
            var (earlier, later) = (nodes[i - 1], nodes[i]);
            Assert.True(earlier.Entry.Date <= later.Entry.Date, "nodes are listed oldest first");
            if (earlier.Entry.Date < later.Entry.Date)
                Assert.True(earlier.X < later.X, $"{earlier.Entry.Name} ({earlier.Entry.Date}) is not left of {later.Entry.Name} ({later.Entry.Date})");
            else
                Assert.Equal(earlier.X, later.X);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_builds_on_gives_one_arrow_from_the_older_node_to_the_newer(string set)
    {
        var entries = EntriesOf(set);

        var diagram = TimelineLayout.Layout(entries, Lanes);

        var expected = entries.SelectMany(e => e.BuildsOn.Select(parent => $"{parent}->{e.Id}")).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, diagram.Arrows.Select(a => $"{a.From.Entry.Id}->{a.To.Entry.Id}").Order(StringComparer.Ordinal));
        foreach (var arrow in diagram.Arrows)
        {
            Assert.Equal(arrow.From.Radius, Distance(arrow.Start, (arrow.From.X, arrow.From.Y)), 6);
            Assert.Equal(arrow.To.Radius, Distance(arrow.End, (arrow.To.X, arrow.To.Y)), 6);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void No_arrow_crosses_a_label_a_lane_title_or_another_node(string set)
    {
        var diagram = TimelineLayout.Layout(EntriesOf(set), Lanes);

        Assert.NotEmpty(diagram.Arrows);
        foreach (var arrow in diagram.Arrows)
        {
            var obstacles = diagram.Nodes.Select(n => ($"label of {n.Entry.Name}", n.Label))
                .Concat(diagram.Lanes.Select(l => ($"title of lane {l.Lane.Key}", l.Title)))
                .Concat(diagram.Nodes.Where(n => n != arrow.From && n != arrow.To).Select(n => ($"node of {n.Entry.Name}", n.Marker)));
            Geometry.AssertPathAvoids($"the arrow {arrow.From.Entry.Name} -> {arrow.To.Entry.Name}", arrow.Points, obstacles);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_model_has_one_main_arrow_from_the_first_model_it_builds_on(string set)
    {
        var entries = EntriesOf(set);

        var diagram = TimelineLayout.Layout(entries, Lanes);

        var expected = entries.Where(e => e.BuildsOn.Count > 0).Select(e => $"{e.BuildsOn[0]}->{e.Id}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, diagram.Arrows.Where(a => a.Main).Select(a => $"{a.From.Entry.Id}->{a.To.Entry.Id}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_year_is_as_wide_as_its_models_need_so_sparse_early_years_stay_narrow()
    {
        // A frozen history shaped like the field's: a model or two a year at first, then a crowd.
        int[] perYear = [1, 1, 2, 2, 4, 9, 14];
        var entries = perYear.SelectMany((count, i) => Enumerable.Range(0, count).Select(k =>
            new TimelineEntry($"y{i}m{k}", $"Model {i}.{k}", new DateOnly(2017 + i, 1 + k % 12, 1 + k), Lanes[k % Lanes.Count].Key, []))).ToList();
        var diagram = TimelineLayout.Layout(entries, Lanes);

        var widths = diagram.Years.Zip(diagram.Years.Skip(1), (a, b) => (a.Year, Width: b.X - a.X)).ToDictionary(y => y.Year, y => y.Width);
        Assert.True(widths[2022] > 2 * widths[2017], $"2022 (9 models) is {widths[2022]:F0} wide, 2017 (1) {widths[2017]:F0}");
        var sparse = diagram.Years.Single(y => y.Year == 2021).X - diagram.Years[0].X;
        Assert.True(sparse < diagram.Width / 3, $"the four sparse years 2017-2020 (6 models of 33) take {sparse:F0} of {diagram.Width:F0}");
    }

    [Fact]
    public void The_year_axis_spans_whole_years_from_the_first_date_to_the_last()
    {
        var entries = RealEntries();
        var diagram = TimelineLayout.Layout(entries, Lanes);

        // VSE++ (2017) opens the atlas; the last year is that of the newest row, whatever content adds.
        var last = entries.Max(e => e.Date).Year;
        Assert.Equal(Enumerable.Range(2017, last - 2017 + 1), diagram.Years.Select(y => y.Year));
        var vsepp = diagram.Nodes.Single(n => n.Entry.Id == "vsepp");
        Assert.InRange(vsepp.X, diagram.Years[0].X, diagram.Years[1].X);
        Assert.Equal(Lanes.Select(l => l.Key), diagram.Lanes.Select(l => l.Lane.Key));
    }

    [Fact]
    public void The_svg_links_every_node_and_marks_every_arrow()
    {
        var entries = Crowded();
        var diagram = TimelineLayout.Layout(entries, Lanes);

        var svg = TimelineSvg.Write(diagram, e => $"/atlas/models/{e.Id}/");

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{svg}</body>");
        var links = document.QuerySelectorAll("svg a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(entries.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => $"/atlas/models/{e.Id}/"), links);
        Assert.Equal(diagram.Arrows.Count, document.QuerySelectorAll("path.tl-arrow[marker-end='url(#timeline-arrowhead)']").Length);
        Assert.Contains("Late, 31 March 2022, Encoder-decoder; builds on InstructBLIP, Early", document.QuerySelectorAll("svg a title").Select(t => t.TextContent));
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
