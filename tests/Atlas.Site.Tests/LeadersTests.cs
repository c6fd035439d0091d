using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Atlas.Site.Tests;

/// <summary>
/// Issue 13, "pages that lead with the answer": rank badges on model pages, the state of the art
/// and ranked tables of task pages, the best per benchmark on the Tasks index, the home page's
/// "current best" strip and newest additions, each as a reader sees it on a small site whose
/// numbers make ties, two settings of one benchmark, several variants and a lower-is-better benchmark.
/// </summary>
public class LeadersTests
{
    private static readonly HtmlParser Html = new();

    /// <summary>
    /// <see cref="TestSite.Complete"/> plus Gamma (two variants) and Delta, and two benchmarks:
    /// VQA dev (zero-shot and fine-tuned, the home page's headline is fine-tuned) and Caption error
    /// (lower is better). On VQA dev fine-tuned Beta and Gamma-H tie at 75.5, Delta has 72.0 and
    /// Alpha 70.0; zero-shot, Alpha has 60.0 and Delta 50.0; on Caption error Beta's 8.0 beats Alpha's 10.0.
    /// </summary>
    private static TestSite LeadersSite()
    {
        var site = TestSite.Complete();
        site.Write("data/settings.yaml", "- {id: zero-shot, name: zero-shot}\n- {id: fine-tuned, name: fine-tuned}\n");
        File.AppendAllText(Path.Combine(site.Input, "data/benchmarks.yaml"), """
            - id: vqa-dev
              name: VQA dev
              dataset: VQA
              split: dev
              task: vqa
              metric: VQA accuracy
              unit: "%"
              range: [0, 100]
              higher_is_better: true
              settings: [zero-shot, fine-tuned]
              headline: fine-tuned
              description: Questions about images.

            - id: caption-error
              name: Caption error
              dataset: Captions
              split: test
              task: zero-shot-classification
              metric: error rate
              unit: "%"
              range: [0, 100]
              higher_is_better: false
              settings: [zero-shot]
              description: How often a caption is wrong.

            """);
        var models = Path.Combine(site.Input, "data/models.yaml");
        File.WriteAllText(models, File.ReadAllText(models)
            .Replace("""
                    - {benchmark: imagenet-1k-top1, setting: zero-shot, variant: base, value: 70.1, source: "Table 1"}
                """, """
                    - {benchmark: imagenet-1k-top1, setting: zero-shot, variant: base, value: 70.1, source: "Table 1"}
                    - {benchmark: vqa-dev, setting: fine-tuned, variant: base, value: 70.0, source: "Table 4"}
                    - {benchmark: vqa-dev, setting: zero-shot, variant: base, value: 60.0, source: "Table 5"}
                    - {benchmark: caption-error, setting: zero-shot, variant: base, value: 10.0, source: "Table 6"}
                """, StringComparison.Ordinal)
            .Replace("""
                    - {benchmark: imagenet-1k-top1, setting: zero-shot, variant: large, value: 75.5, source: "Table 2"}
                """, """
                    - {benchmark: imagenet-1k-top1, setting: zero-shot, variant: large, value: 75.5, source: "Table 2"}
                    - {benchmark: vqa-dev, setting: fine-tuned, variant: large, value: 75.5, source: "Table 3"}
                    - {benchmark: caption-error, setting: zero-shot, variant: large, value: 8.0, source: "Table 7"}
                """, StringComparison.Ordinal));
        site.AddModel(TestModel.Gamma with
        {
            Category = "a",
            Variants = ["{id: main, name: Gamma-B, source: \"Table 3\"}", "{id: huge, name: Gamma-H, source: \"Table 4\"}"],
            Results =
            [
                "{benchmark: vqa-dev, setting: fine-tuned, variant: main, value: 74.0, source: \"Table 3\"}",
                "{benchmark: vqa-dev, setting: fine-tuned, variant: huge, value: 75.5, source: \"Table 4\"}",
            ],
            Summary = "Gamma scales up.",
            Body = "Text.",
        });
        site.AddModel(new TestModel("delta", "Delta", "Delta: the fourth model", "2024-01-02")
        {
            Family = "fusion-encoder",
            Objective = "itm",
            Variants = ["{id: main, name: Delta-L, params: {value: \"1B\", source: \"Table 9\"}, pretrain_data: {value: \"4M pairs\", source: \"Section 4\"}}"],
            Results =
            [
                "{benchmark: vqa-dev, setting: fine-tuned, variant: main, value: 72.0, source: \"Table 2\"}",
                "{benchmark: vqa-dev, setting: zero-shot, variant: main, value: 50.0, source: \"Table 8\"}",
            ],
            Summary = "Delta answers questions.",
            Body = "Text.",
        });
        site.Write("tasks/vqa.md", "---\nid: vqa\ntitle: Visual question answering\nsummary: Answer questions about images.\n---\n## What is measured\n\nAnswers.\n");
        return site;
    }

    private static async Task<TestSite> BuiltAsync()
    {
        var site = LeadersSite();
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return site;
    }

    private static string Text(IElement element) => string.Join(" ", element.TextContent.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static List<(string Text, string? Href)> Badges(TestSite site, string model) =>
        Html.ParseDocument(site.ReadOutput($"models/{model}/index.html")).QuerySelectorAll(".rank-badges a")
            .Select(a => (Text(a), a.GetAttribute("href"))).ToList();

    [Fact]
    public async Task A_model_page_says_where_the_model_ranks_in_each_series_settings_apart_and_the_direction_from_data()
    {
        using var site = await BuiltAsync();

        Assert.Equal(
        [
            ("2nd of 2 on ImageNet-1k top-1, zero-shot", "/tasks/zero-shot-classification/#rank-imagenet-1k-top1-zero-shot-alpha"),
            ("1st of 2 on VQA dev, zero-shot", "/tasks/vqa/#rank-vqa-dev-zero-shot-alpha"),
            ("4th of 4 on VQA dev, fine-tuned", "/tasks/vqa/#rank-vqa-dev-fine-tuned-alpha"),
            ("2nd of 2 on Caption error, zero-shot", "/tasks/zero-shot-classification/#rank-caption-error-zero-shot-alpha"),
        ], Badges(site, "alpha"));
        // Lower is better on Caption error: Beta's 8.0 is first.
        Assert.Contains(("1st of 2 on Caption error, zero-shot", "/tasks/zero-shot-classification/#rank-caption-error-zero-shot-beta"), Badges(site, "beta"));
    }

    [Fact]
    public async Task Models_with_equal_values_share_a_rank_and_each_model_counts_once_with_its_best_variant()
    {
        using var site = await BuiltAsync();

        Assert.Contains("joint 1st of 4 on VQA dev, fine-tuned", Badges(site, "beta").Select(b => b.Text));
        // Gamma's two variants are one entry, Gamma-H's 75.5, tied with Beta: its headline Gamma-B's 74.0 does not count.
        Assert.Equal(["joint 1st of 4 on VQA dev, fine-tuned"], Badges(site, "gamma").Select(b => b.Text));
        Assert.Contains("3rd of 4 on VQA dev, fine-tuned", Badges(site, "delta").Select(b => b.Text));

        var task = Html.ParseDocument(site.ReadOutput("tasks/vqa/index.html"));
        var rows = task.QuerySelectorAll("#ranking-vqa-dev-fine-tuned tbody tr").ToList();
        Assert.Equal(["rank-vqa-dev-fine-tuned-beta", "rank-vqa-dev-fine-tuned-gamma", "rank-vqa-dev-fine-tuned-delta", "rank-vqa-dev-fine-tuned-alpha"], rows.Select(r => r.Id));
        Assert.Equal(["=1", "=1", "3", "4"], rows.Select(r => Text(r.QuerySelector(".c-rank")!)));
        Assert.Equal("Gamma Gamma-H", Text(rows[1].QuerySelector("th")!));
        Assert.Equal(["Table 3", "Table 4", "Table 2", "Table 4"], rows.Select(r => Text(r.QuerySelector(".c-source")!)));
    }

    [Fact]
    public async Task A_task_page_opens_with_the_state_of_the_art_per_benchmark_and_setting()
    {
        using var site = await BuiltAsync();

        var task = Html.ParseDocument(site.ReadOutput("tasks/vqa/index.html"));
        var sota = task.QuerySelector("section.state-of-the-art")!;
        // The state of the art comes before the task's text and its ranked tables.
        Assert.Same(sota, task.QuerySelector("article > h1 ~ section, article > h1 ~ div"));
        Assert.Equal(
        [
            "VQA dev zero-shot | Alpha Alpha-B | 60.0 % | Table 5 | 2",
            "VQA dev fine-tuned | Beta Beta-L | 75.5 % | Table 3 | 4",
            "VQA dev fine-tuned | Gamma Gamma-H | 75.5 % | Table 4 | 4",
        ], sota.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(Text))));
        Assert.Equal("/tasks/vqa/#ranking-vqa-dev-fine-tuned", sota.QuerySelectorAll("tbody tr")[1].QuerySelector(".c-count a")!.GetAttribute("href"));
        Assert.NotNull(task.GetElementById("ranking-vqa-dev-fine-tuned"));
    }

    [Fact]
    public async Task The_tasks_index_shows_the_best_model_of_each_benchmark_and_setting_under_its_task()
    {
        using var site = await BuiltAsync();

        var index = Html.ParseDocument(site.ReadOutput("tasks/index.html"));
        var vqa = index.QuerySelector("section[aria-labelledby='task-vqa']")!;
        Assert.Equal("/tasks/vqa/", vqa.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal(["Alpha", "Beta", "Gamma"], vqa.QuerySelectorAll("tbody .c-model a").Select(a => a.TextContent));
        var classification = index.QuerySelector("section[aria-labelledby='task-zero-shot-classification']")!;
        Assert.Equal(
            ["ImageNet-1k top-1 zero-shot | Beta Beta-L | 75.5 % | Table 2 | 2", "Caption error zero-shot | Beta Beta-L | 8.0 % | Table 7 | 2"],
            classification.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(Text))));
    }

    [Fact]
    public async Task The_home_page_shows_the_current_best_on_the_headline_benchmarks_and_the_newest_additions()
    {
        using var site = await BuiltAsync();

        var home = Html.ParseDocument(site.ReadOutput("index.html"));
        // Only VQA dev is a headline in benchmarks.yaml, with its fine-tuned setting.
        var strip = Assert.Single(home.QuerySelectorAll(".current-best li"));
        Assert.Equal("VQA dev fine-tuned", Text(strip.QuerySelector(".best-series")!));
        Assert.Equal("/tasks/vqa/#ranking-vqa-dev-fine-tuned", strip.QuerySelector(".best-series")!.GetAttribute("href"));
        Assert.Equal("75.5 %", Text(strip.QuerySelector(".best-value")!));
        Assert.Equal(["Beta", "Gamma"], strip.QuerySelectorAll(".best-model a").Select(a => a.TextContent));
        Assert.Equal("Table 3 · best of 4", Text(strip.QuerySelector(".source")!));
        var newest = home.QuerySelectorAll("section[aria-labelledby=newest-title] tbody th a[href^='/models/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/models/delta/", "/models/gamma/", "/models/beta/", "/models/alpha/"], newest);
    }

    [Fact]
    public async Task A_variant_sourced_fact_by_fact_shows_its_facts_sources_in_the_variants_table()
    {
        using var site = await BuiltAsync();

        var page = Html.ParseDocument(site.ReadOutput("models/delta/index.html"));
        var headers = page.QuerySelectorAll(".variants-table thead th").Select(Text).ToList();
        var row = page.GetElementById("variant-main")!;
        Assert.Equal("Source", headers[^1]);
        Assert.Equal("Table 9; Section 4", Text(row.Children[^1]));
    }
}
