using System.Globalization;
using System.Text.Json;
using Atlas.Site.Model;

namespace Atlas.Site.Tests;

/// <summary>models.json, models.csv, results.csv, atlas.bib and the model-index files of the real atlas read back against the table.</summary>
public class ExportTests(RealAtlasFixture atlas) : IClassFixture<RealAtlasFixture>
{
    [Fact]
    public void Models_json_gives_back_every_row_field_by_field_with_variants_and_settings()
    {
        var rows = JsonDocument.Parse(atlas.Read("models.json")).RootElement.EnumerateArray().ToList();

        Assert.Equal(atlas.Rows.Select(r => r.Id), rows.Select(r => r.GetProperty("id").GetString()));
        foreach (var (row, json) in atlas.Rows.Zip(rows))
        {
            Assert.Equal(RowFields.All.Select(f => f.Name), json.EnumerateObject().Select(p => p.Name));
            Assert.Equal(row.Name, json.GetProperty("name").GetString());
            Assert.Equal(row.Title, json.GetProperty("title").GetString());
            Assert.Equal(row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), json.GetProperty("date").GetString());
            Assert.Equal(row.Arxiv, json.GetProperty("arxiv").GetString());
            Assert.Equal(row.PrimaryClass, json.GetProperty("primary_class").GetString());
            Assert.Equal(row.Authors, Strings(json.GetProperty("authors")));
            Assert.Equal(row.Org, Strings(json.GetProperty("org")));
            Assert.Equal(row.Objectives.Select(o => o.Id), Strings(json.GetProperty("objectives")));
            Assert.Equal(row.BuildsOn, Strings(json.GetProperty("builds_on")));
            Assert.Equal(row.Family.Id, json.GetProperty("family").GetString());
            Assert.Equal(row.Detector, json.GetProperty("detector").GetBoolean());
            Assert.Equal(row.Headline.Id, json.GetProperty("headline").GetString());
            var variants = json.GetProperty("variants").EnumerateArray().ToList();
            Assert.Equal(row.Variants.Select(v => v.Id), variants.Select(v => v.GetProperty("id").GetString()));
            foreach (var (variant, v) in row.Variants.Zip(variants))
            {
                Assert.Equal(variant.Name, v.GetProperty("name").GetString());
                Assert.Equal(variant.Fact("params")?.Value, v.GetProperty("params") is { ValueKind: JsonValueKind.Object } p ? p.GetProperty("value").GetString() : null);
            }
            var results = json.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(row.Results.Count, results.Count);
            foreach (var (result, r) in row.Results.Zip(results))
            {
                Assert.Equal(result.Benchmark.Id, r.GetProperty("benchmark").GetString());
                Assert.Equal(result.Series.Setting.Id, r.GetProperty("setting").GetString());
                Assert.Equal(result.Series.From, r.GetProperty("from").GetString());
                Assert.Equal(result.Series.CiderOptimised, r.GetProperty("cider_optimised").GetBoolean());
                Assert.Equal(result.Variant.Id, r.GetProperty("variant").GetString());
                Assert.Equal(result.Value, r.GetProperty("value").GetDecimal());
                Assert.Equal(result.Source, r.GetProperty("source").GetString());
                Assert.Equal(result.Note, r.GetProperty("note").GetString());
            }
        }
    }

    [Fact]
    public void Models_csv_is_rfc_4180_with_one_column_per_field()
    {
        var text = atlas.Read("models.csv");
        var records = Rfc4180.Parse(text);
        var header = records[0];

        Assert.EndsWith("\r\n", text);
        Assert.All(records, r => Assert.Equal(header.Count, r.Count));
        Assert.Equal(["id", "name", "aliases", "title", "authors"], header.Take(5));
        Assert.Equal(ModelCsv.Columns.Select(c => c.Name), header);
        Assert.Equal(atlas.Rows.Count + 1, records.Count);
        foreach (var (row, record) in atlas.Rows.Zip(records.Skip(1)))
        {
            string Field(string name) => record[header.IndexOf(name)];
            IEnumerable<string> List(string name) => Field(name).Length == 0 ? [] : Field(name).Split(ModelCsv.ListSeparator);
            Assert.Equal(row.Id, Field("id"));
            Assert.Equal(row.Title, Field("title"));
            Assert.Equal(row.PrimaryClass ?? "", Field("primary_class"));
            Assert.Equal(row.Aliases, List("aliases"));
            Assert.Equal(row.Authors, List("authors"));
            Assert.Equal(row.Org, List("org"));
            Assert.Equal(row.Objectives.Select(o => o.Id), List("objectives"));
            Assert.Equal(row.Visual ?? "", Field("visual"));
            Assert.Equal(row.Compute?.Source ?? "", Field("compute_source"));
            Assert.Equal(row.Headline.Id, Field("headline"));
            Assert.Equal(row.Variants.Select(v => $"{v.Id}: {v.Name}"), List("variants"));
        }
    }

    [Fact]
    public void Results_csv_has_one_line_per_result_with_its_variant_and_setting()
    {
        var records = Rfc4180.Parse(atlas.Read("results.csv"));
        var header = records[0];
        var expected = atlas.Rows.SelectMany(row => row.Results.Select(result => (row, result))).ToList();

        Assert.Equal(expected.Count + 1, records.Count);
        foreach (var ((row, result), record) in expected.Zip(records.Skip(1)))
        {
            string Field(string name) => record[header.IndexOf(name)];
            Assert.Equal(row.Id, Field("model"));
            Assert.Equal(result.Variant.Id, Field("variant"));
            Assert.Equal(result.Variant.Name, Field("variant_name"));
            Assert.Equal(result.Benchmark.Id, Field("benchmark"));
            Assert.Equal(result.Series.Setting.Id, Field("setting"));
            Assert.Equal(result.Series.From ?? "", Field("from"));
            Assert.Equal(result.Series.CiderOptimised ? "true" : "false", Field("cider_optimised"));
            Assert.Equal(result.Value, decimal.Parse(Field("value"), CultureInfo.InvariantCulture));
            Assert.Equal(result.Source, Field("source"));
            Assert.Equal(result.Note ?? "", Field("note"));
        }
        Assert.Contains(records, r => r[header.IndexOf("setting")] == "transfer" && r[header.IndexOf("from")] == "COCO");
    }

    [Fact]
    public async Task A_csv_cell_that_starts_like_a_formula_is_escaped_so_a_spreadsheet_shows_it_as_text()
    {
        using var site = TestSite.Minimal();
        var models = Path.Combine(site.Input, "data/models.yaml");
        File.WriteAllText(models, File.ReadAllText(models)
            .Replace("title: \"Alpha: the first model\"", "title: \"=HYPERLINK(\\\"http://evil.example\\\")\"\n  visual: \"+1+2\"\n  text: \"-2+3\"\n  fusion: \"@SUM(A1)\"", StringComparison.Ordinal)
            .Replace("venue: ICML 2021", "venue: \"-cmd|' /C calc'!A0\"", StringComparison.Ordinal));

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var records = Rfc4180.Parse(site.ReadOutput("models.csv"));
        var alpha = records.Single(r => r[0] == "alpha");
        string Field(string name) => alpha[records[0].IndexOf(name)];
        Assert.Equal("'=HYPERLINK(\"http://evil.example\")", Field("title"));
        Assert.Equal("'+1+2", Field("visual"));
        Assert.Equal("'-2+3", Field("text"));
        Assert.Equal("'@SUM(A1)", Field("fusion"));
        Assert.Equal("'-cmd|' /C calc'!A0", Field("venue"));
        Assert.All(records.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), cell));
    }

    [Fact]
    public void Each_model_has_a_hugging_face_model_index_that_parses_with_its_results_and_sources()
    {
        foreach (var row in atlas.Rows)
        {
            var text = atlas.Read($"models/{row.Id}/model-index.yaml");
            var yaml = new YamlDotNet.Serialization.DeserializerBuilder().Build()
                .Deserialize<Dictionary<string, List<ModelIndexEntry>>>(text);
            var entries = yaml["model-index"];
            var page = atlas.Page($"models/{row.Id}");
            Assert.Equal(row.Variants.Select(v => v.Name), entries.Select(e => e.Name));
            foreach (var (variant, entry) in row.Variants.Zip(entries))
            {
                var results = row.Results.Where(r => r.Variant == variant).ToList();
                Assert.Equal(results.Count, entry.Results.Count);
                foreach (var (result, index) in results.Zip(entry.Results))
                {
                    Assert.Equal(result.Benchmark.Task, index.Task["type"]);
                    Assert.False(string.IsNullOrEmpty(index.Task["name"]));
                    Assert.Equal(result.Benchmark.Dataset, index.Dataset["name"]);
                    Assert.Equal(result.Benchmark.Split, index.Dataset["split"]);
                    var metric = Assert.Single(index.Metrics);
                    Assert.Equal(result.Value, decimal.Parse(metric["value"], CultureInfo.InvariantCulture));
                    Assert.Contains(result.Series.SettingLabel, metric["name"]);
                    // The row's own source, not "<Model> paper, ...": some numbers were read in another paper or a README.
                    Assert.Equal(result.Source, index.Source["name"]);
                    var url = new Uri(index.Source["url"]);
                    Assert.Equal($"/models/{row.Id}/", url.AbsolutePath);
                    var shownAt = page.GetElementById(url.Fragment.TrimStart('#'));
                    Assert.NotNull(shownAt);
                    Assert.Contains(result.Source, shownAt.NextElementSibling!.TextContent);
                }
            }
            var header = string.Join("\n", text.Split('\n').TakeWhile(line => line.StartsWith('#')));
            if (row.ArxivUrl is not null) Assert.Contains($"paper ({row.ArxivUrl})", header);
            Assert.DoesNotContain("paper's own", header);
            Assert.NotNull(page.QuerySelector($".infobox a[href='/models/{row.Id}/model-index.yaml']"));
        }
    }

    /// <summary>One entry of a model-index as Hugging Face model cards write it.</summary>
    private sealed class ModelIndexEntry
    {
        [YamlDotNet.Serialization.YamlMember(Alias = "name")] public string Name { get; set; } = "";
        [YamlDotNet.Serialization.YamlMember(Alias = "results")] public List<ModelIndexResult> Results { get; set; } = [];
    }

    private sealed class ModelIndexResult
    {
        [YamlDotNet.Serialization.YamlMember(Alias = "task")] public Dictionary<string, string> Task { get; set; } = [];
        [YamlDotNet.Serialization.YamlMember(Alias = "dataset")] public Dictionary<string, string> Dataset { get; set; } = [];
        [YamlDotNet.Serialization.YamlMember(Alias = "metrics")] public List<Dictionary<string, string>> Metrics { get; set; } = [];
        [YamlDotNet.Serialization.YamlMember(Alias = "source")] public Dictionary<string, string> Source { get; set; } = [];
    }

    [Fact]
    public void Atlas_bib_holds_the_bibtex_entry_of_every_row_once()
    {
        var bib = atlas.Read("atlas.bib");
        var keys = bib.Split('\n').Where(l => l.StartsWith('@')).Select(l => l[(l.IndexOf('{') + 1)..].TrimEnd(',')).ToList();

        Assert.Equal(atlas.Rows.Select(Bibtex.Key), keys);
        Assert.All(atlas.Rows, row => Assert.Contains(Bibtex.Entry(row), bib));
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());
}
