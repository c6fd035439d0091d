using AngleSharp.Html.Parser;

namespace Atlas.Site.Tests;

public class TimelineAndChartPagesTests
{
    private static readonly HtmlParser Html = new();

    [Fact]
    public async Task The_timeline_page_draws_a_linked_node_per_model_and_lists_the_same_facts()
    {
        using var site = TestSite.Minimal();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var page = Html.ParseDocument(site.ReadOutput("timeline/index.html"));
        var svg = page.QuerySelector("figure svg.timeline")!;
        Assert.NotNull(svg);
        var nodes = svg.QuerySelectorAll("a").Select(a => (Href: a.GetAttribute("href"), Label: a.QuerySelector("text")!.TextContent)).ToList();
        Assert.Equal([("/models/alpha/", "Alpha"), ("/models/beta/", "Beta")], nodes);
        Assert.Single(svg.QuerySelectorAll("path.tl-arrow"));
        Assert.Equal(["2021", "2022"], svg.QuerySelectorAll("text.tl-year").Select(t => t.TextContent));
        Assert.Contains("Fusion encoder, detector-free", svg.QuerySelectorAll("text.tl-lane-title").Select(t => t.TextContent));

        var list = page.QuerySelectorAll("ol.timeline-list li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, list.Count);
        Assert.Equal("2021-01-05 Alpha, Dual encoder", list[0]);
        Assert.Equal("2022-02-06 Beta, Fusion encoder, detector-free; builds on Alpha", list[1]);
    }

    [Fact]
    public async Task Benchmarks_with_three_results_get_a_chart_on_the_charts_page_and_their_task_page()
    {
        using var site = TestSite.Minimal();
        site.AddModel(TestModel.Gamma with
        {
            BuildsOn = ["beta"],
            Variants = ["{id: main, name: Gamma-B, source: \"Table 3\"}", "{id: huge, name: Gamma-H, source: \"Table 4\"}"],
            Results =
            [
                "{benchmark: imagenet-1k-top1, setting: zero-shot, variant: main, value: 74.0, source: \"Table 3\"}",
                "{benchmark: imagenet-1k-top1, setting: zero-shot, variant: huge, value: 79.0, source: \"Table 4\"}",
            ],
            Summary = "Gamma generates text.",
        });
        site.Write("tasks/zero-shot-classification.md", "---\nid: zero-shot-classification\ntitle: Zero-shot classification\n---\nName the class.\n");

        var report = await site.BuildAsync("/atlas/");

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var charts = Html.ParseDocument(site.ReadOutput("charts/index.html"));
        var section = charts.QuerySelector("section#imagenet-1k-top1")!;
        Assert.NotNull(section);
        Assert.Single(charts.QuerySelectorAll("section.chart-section"));
        var chart = section.QuerySelector("svg.chart[role='img']")!;
        Assert.Equal("ImageNet-1k top-1 by publication date, one series per setting", chart.QuerySelector("title")!.TextContent);
        Assert.Equal(["Alpha", "Beta", "Gamma"], chart.QuerySelectorAll("text.chart-label").Select(t => t.TextContent).Order());
        Assert.Equal(2, chart.QuerySelectorAll(".chart-point.best").Length);
        var rows = section.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("new best", rows[1]);
        Assert.DoesNotContain("new best", rows[2]);
        Assert.Contains("Gamma-B", rows[2]);
        Assert.Equal("/atlas/tasks/zero-shot-classification/", section.QuerySelector(".kicker a")!.GetAttribute("href"));

        var task = Html.ParseDocument(site.ReadOutput("tasks/zero-shot-classification/index.html"));
        Assert.NotNull(task.QuerySelector(".task-results figure svg.chart"));
        // The task page ranks each model once, with its best variant (Gamma-H, not the headline Gamma-B), best first.
        var ranking = task.QuerySelectorAll(".task-results table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, ranking.Count);
        Assert.Contains("Gamma-H", ranking[0]);
        Assert.DoesNotContain(ranking, r => r.Contains("Gamma-B"));
        Assert.Contains("Alpha-B", ranking[2]);

        var comparison = Html.ParseDocument(site.ReadOutput("compare/index.html"));
        Assert.NotNull(comparison.QuerySelector("a[href='/atlas/charts/']"));
    }

    [Fact]
    public async Task A_benchmark_chart_draws_one_series_per_setting_with_its_own_marker_line_and_legend_entry()
    {
        using var site = TestSite.Complete();
        var benchmarks = Path.Combine(site.Input, "data/benchmarks.yaml");
        File.WriteAllText(benchmarks, File.ReadAllText(benchmarks).Replace("settings: [zero-shot]", "settings: [zero-shot, fine-tuned]", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(site.Input, "data/settings.yaml"), "- id: fine-tuned\n  name: fine-tuned\n  description: Trained on the benchmark.\n");
        var models = Path.Combine(site.Input, "data/models.yaml");
        File.WriteAllText(models, File.ReadAllText(models).Replace(
            "    - {benchmark: imagenet-1k-top1, setting: zero-shot, variant: large, value: 75.5, source: \"Table 2\"}",
            "    - {benchmark: imagenet-1k-top1, setting: zero-shot, variant: large, value: 75.5, source: \"Table 2\"}\n    - {benchmark: imagenet-1k-top1, setting: fine-tuned, variant: large, value: 75.5, source: \"Table 4\"}",
            StringComparison.Ordinal));
        site.AddModel(TestModel.Gamma with
        {
            Date = "2022-02-06",
            Results = ["{benchmark: imagenet-1k-top1, setting: fine-tuned, variant: main, value: 75.5, source: \"Table 3\"}"],
            Summary = "Gamma.",
            Body = "Gamma.",
        });

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var section = Html.ParseDocument(site.ReadOutput("charts/index.html")).QuerySelector("section#imagenet-1k-top1")!;
        Assert.Equal(["zero-shot", "fine-tuned"], section.QuerySelectorAll(".chart-legend li").Select(li => li.TextContent.Split(" (")[0].Trim()));
        var chart = section.QuerySelector("svg.chart")!;
        Assert.Equal(["circle"], chart.QuerySelectorAll(".chart-point.series-0 .chart-marker").Select(m => m.LocalName).Distinct());
        Assert.Equal(["rect"], chart.QuerySelectorAll(".chart-point.series-1 .chart-marker").Select(m => m.LocalName).Distinct());
        Assert.Equal(2, chart.QuerySelectorAll(".chart-point.series-0").Length);
        Assert.Equal(2, chart.QuerySelectorAll(".chart-point.series-1").Length);
        Assert.Single(chart.QuerySelectorAll("path.chart-best-line.series-0"));
        Assert.Single(chart.QuerySelectorAll("path.chart-best-line.series-1"));
        // Beta (fine-tuned), Beta (zero-shot) and Gamma share a date and a value: three markers, side by side.
        var markers = chart.QuerySelectorAll(".chart-marker").Select(m => m.LocalName == "circle"
            ? (X: double.Parse(m.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture), Y: double.Parse(m.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture))
            : (X: double.Parse(m.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture) + double.Parse(m.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture) / 2,
               Y: double.Parse(m.GetAttribute("y")!, System.Globalization.CultureInfo.InvariantCulture) + double.Parse(m.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture) / 2)).ToList();
        Assert.Equal(markers.Count, markers.Distinct().Count());
        var rows = section.QuerySelectorAll("table tbody tr").Select(r => r.Children[2].TextContent).ToList();
        Assert.Equal(["zero-shot", "zero-shot", "fine-tuned", "fine-tuned"], rows);
    }
}
