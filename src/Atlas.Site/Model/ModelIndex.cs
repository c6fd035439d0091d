using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Atlas.Site.Model;

/// <summary>
/// A model's results as a Hugging Face <c>model-index</c> (models/&lt;id&gt;/model-index.yaml), the
/// metadata a Hugging Face model card carries: one entry per variant, each result with its task
/// {type, name}, dataset {name, type, split}, metrics [{type, value, name}] and source {name, url}.
/// The setting is part of the metric's name, so no two series read as one.
/// </summary>
public static class ModelIndex
{
    public const string FileName = "model-index.yaml";

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string PathOf(ModelRow row) => row.Url + FileName;

    /// <param name="taskName">The name of a task by its id (its page's title).</param>
    public static string Write(ModelRow row, Func<string, string> taskName)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Hugging Face model-index for ").Append(row.Name).Append(", from Model Atlas; every number is the paper's own.\n");
        yaml.Append("model-index:\n");
        foreach (var variant in row.Variants)
        {
            yaml.Append("- name: ").Append(Quote(variant.Name)).Append('\n');
            var results = row.Results.Where(r => r.Variant == variant).ToList();
            if (results.Count == 0)
            {
                yaml.Append("  results: []\n");
                continue;
            }
            yaml.Append("  results:\n");
            foreach (var result in results)
            {
                var benchmark = result.Benchmark;
                yaml.Append("  - task:\n");
                yaml.Append("      type: ").Append(Quote(benchmark.Task)).Append('\n');
                yaml.Append("      name: ").Append(Quote(taskName(benchmark.Task))).Append('\n');
                yaml.Append("    dataset:\n");
                yaml.Append("      name: ").Append(Quote(benchmark.Dataset)).Append('\n');
                yaml.Append("      type: ").Append(Quote(Slug.Of(benchmark.Dataset))).Append('\n');
                yaml.Append("      split: ").Append(Quote(benchmark.Split)).Append('\n');
                yaml.Append("    metrics:\n");
                yaml.Append("    - type: ").Append(Quote(Slug.Of(benchmark.Metric))).Append('\n');
                yaml.Append("      value: ").Append(result.Text).Append('\n');
                yaml.Append("      name: ").Append(Quote($"{benchmark.Metric} ({result.Series.SettingLabel})")).Append('\n');
                yaml.Append("    source:\n");
                yaml.Append("      name: ").Append(Quote($"{row.Name} paper, {result.Source}")).Append('\n');
                if (row.ArxivUrl is { } url) yaml.Append("      url: ").Append(Quote(url)).Append('\n');
            }
        }
        return yaml.ToString();
    }

    /// <summary>A double-quoted YAML scalar: JSON's string syntax is YAML's.</summary>
    private static string Quote(string value) => JsonSerializer.Serialize(value, Quoting);

}
