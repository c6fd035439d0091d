using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Atlas.Site.Model;

/// <summary>
/// A model's results as a Hugging Face <c>model-index</c> (models/&lt;id&gt;/model-index.yaml), the
/// metadata a Hugging Face model card carries: one entry per variant, each result with its task
/// {type, name}, dataset {name, type, split}, metrics [{type, value, name}] and source {name, url}.
/// The setting is part of the metric's name, so no two series read as one. A source's name is the
/// result's source exactly as the row records it: some numbers were read in another paper's table
/// or in the official README, and say so there, so no source may claim the model's paper for them.
/// Its url is the model's page at that series, which shows the number beside the same source
/// (Hugging Face asks for a url with every source name).
/// </summary>
public static class ModelIndex
{
    public const string FileName = "model-index.yaml";

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string PathOf(ModelRow row) => row.Url + FileName;

    /// <param name="taskName">The name of a task by its id (its page's title).</param>
    /// <param name="absoluteUrl">A site path as the published site's absolute URL.</param>
    public static string Write(ModelRow row, Func<string, string> taskName, Func<string, string> absoluteUrl)
    {
        var page = absoluteUrl(row.Url);
        var yaml = new StringBuilder();
        yaml.Append("# Hugging Face model-index for ").Append(row.Name).Append(", from Model Atlas (").Append(page).Append(").\n");
        yaml.Append("# Each number's source is given with it, as the atlas records it: a bare table or section is\n");
        yaml.Append("# in the ").Append(row.Name).Append(" paper").Append(row.ArxivUrl is { } arxiv ? $" ({arxiv})" : "").Append("; a number read elsewhere (another paper's table,\n");
        yaml.Append("# the official README) names where it was read. Each source's url is the model's page at that result.\n");
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
                yaml.Append("      name: ").Append(Quote(result.Source)).Append('\n');
                yaml.Append("      url: ").Append(Quote(absoluteUrl(row.ResultsUrl(result.Series)))).Append('\n');
            }
        }
        return yaml.ToString();
    }

    /// <summary>A double-quoted YAML scalar: JSON's string syntax is YAML's.</summary>
    private static string Quote(string value) => JsonSerializer.Serialize(value, Quoting);

}
