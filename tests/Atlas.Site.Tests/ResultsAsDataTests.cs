using System.Text.Json;
using AngleSharp.Html.Parser;
using Atlas.Engine.Diagnostics;

namespace Atlas.Site.Tests;

/// <summary>Issue 12: benchmarks, settings, families and objectives are data; adding one needs no code.</summary>
public class ResultsAsDataTests
{
    private static readonly HtmlParser Html = new();

    [Fact]
    public async Task A_new_benchmark_and_family_in_input_data_reach_every_page_and_export_without_a_code_change()
    {
        using var site = TestSite.Complete();
        site.Write("tasks/vqa.md", "---\nid: vqa\ntitle: Visual question answering\n---\nAnswer questions about images.\n");
        File.AppendAllText(Path.Combine(site.Input, "data/benchmarks.yaml"), """
            - id: gqa-test-dev
              name: GQA test-dev
              dataset: GQA
              split: test-dev
              task: vqa
              metric: accuracy
              unit: "%"
              range: [0, 100]
              higher_is_better: true
              settings: [zero-shot]
              description: Compositional questions about scene graphs of real images.

            """);
        File.AppendAllText(Path.Combine(site.Input, "data/families.yaml"),
            "- {id: llm-based, name: Multimodal LLM, description: A vision encoder and a large language model., lane: 3, colour: \"#6b46c1\"}\n");
        var models = Path.Combine(site.Input, "data/models.yaml");
        File.WriteAllText(models, File.ReadAllText(models).Replace(
            "    - {benchmark: imagenet-1k-top1, setting: zero-shot, variant: base, value: 70.1, source: \"Table 1\"}",
            "    - {benchmark: imagenet-1k-top1, setting: zero-shot, variant: base, value: 70.1, source: \"Table 1\"}\n    - {benchmark: gqa-test-dev, setting: zero-shot, variant: base, value: 30.5, source: \"Table 5\"}",
            StringComparison.Ordinal));
        foreach (var (id, name, value) in new[] { ("gamma", "Gamma", "41.0"), ("delta", "Delta", "49.5") })
        {
            site.AppendModelRow($$"""
                - id: {{id}}
                  name: {{name}}
                  title: "{{name}}: a multimodal LLM"
                  date: 2023-0{{(id == "gamma" ? 3 : 5)}}-01
                  family: llm-based
                  category: none
                  objectives: [itc]
                  headline: main
                  variants: [{id: main, name: {{name}}-7B, source: "Table 2"}]
                  results:
                    - {benchmark: gqa-test-dev, setting: zero-shot, variant: main, value: {{value}}, source: "Table 2"}
                """);
            site.Write($"models/{id}.md", $"---\nid: {id}\nsummary: {name} answers questions.\n---\nText.\n");
        }

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Warning);
        var compare = Html.ParseDocument(site.ReadOutput("compare/index.html"));
        var column = compare.GetElementById("col-gqa-test-dev-zero-shot")!;
        Assert.Contains("GQA test-dev", column.TextContent);
        var index = column.ParentElement!.Children.ToList().IndexOf(column);
        Assert.Equal("49.5", compare.QuerySelector("tr[data-id='delta']")!.Children[index].GetAttribute("data-sort"));
        Assert.Contains("best", compare.QuerySelector("tr[data-id='delta']")!.Children[index].ClassName);
        Assert.NotNull(compare.QuerySelector("#filter-family option[value='llm-based']"));
        Assert.Equal("Multimodal LLM", compare.QuerySelector("#filter-family option[value='llm-based']")!.TextContent);

        var charts = Html.ParseDocument(site.ReadOutput("charts/index.html"));
        Assert.NotNull(charts.QuerySelector("section#gqa-test-dev svg.chart"));
        var task = Html.ParseDocument(site.ReadOutput("tasks/vqa/index.html"));
        var ranking = task.QuerySelectorAll("section#gqa-test-dev-zero-shot table.ranking tbody tr").Select(r => r.QuerySelector("th a")!.TextContent).ToList();
        Assert.Equal(["Delta", "Gamma", "Alpha"], ranking);
        Assert.NotNull(Html.ParseDocument(site.ReadOutput("families/multimodal-llm/index.html")).QuerySelector("a[href='/models/gamma/']"));
        Assert.Contains("Multimodal LLM", site.ReadOutput("timeline/index.html"));

        var json = JsonDocument.Parse(site.ReadOutput("models.json")).RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "delta");
        Assert.Equal("llm-based", json.GetProperty("family").GetString());
        Assert.Equal("gqa-test-dev", json.GetProperty("results")[0].GetProperty("benchmark").GetString());
        Assert.Contains("delta,Delta,main,Delta-7B,true,,,,gqa-test-dev,GQA test-dev,zero-shot,,,false,49.5,", site.ReadOutput("results.csv"));
        Assert.Contains(",llm-based,", site.ReadOutput("models.csv"));
        Assert.Contains("split: \"test-dev\"", site.ReadOutput("models/delta/model-index.yaml"));
    }

    [Fact]
    public async Task A_vocabulary_entry_nothing_uses_is_a_warning_at_its_line()
    {
        using var site = TestSite.Minimal();
        File.AppendAllText(Path.Combine(site.Input, "data/objectives.yaml"), "- {id: sigmoid, name: Sigmoid, long_name: Pairwise sigmoid loss, concept: sigmoid-loss}\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var warning = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal(("input/data/objectives.yaml", 3, 3), (warning.Path, warning.Line, warning.Column));
        Assert.Equal("objectives entry 'sigmoid' is unused: no row lists it", warning.Message);
    }

    [Fact]
    public async Task The_schema_page_lists_every_field_of_the_registry_and_the_vocabulary_the_build_read()
    {
        using var site = TestSite.Complete();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var page = Html.ParseDocument(site.ReadOutput("schema/index.html"));
        Assert.Equal(Model.RowFields.All.Select(f => "field-" + f.Name), page.QuerySelectorAll("#row-fields ~ div tbody tr").Select(r => r.Id));
        Assert.Equal(Model.RowFields.ResultFields.Select(f => f.Name), page.QuerySelectorAll("#result-fields ~ div tbody th code").Select(c => c.TextContent));
        Assert.Contains("imagenet-1k-top1", page.QuerySelector("#vocabulary-benchmarks ~ div")!.TextContent);
        Assert.Contains("Fusion encoder", page.QuerySelector("#vocabulary-families ~ dl")!.TextContent);
    }
}
