using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Atlas.Bench.Synthetic;

namespace Atlas.Bench.Sites;

/// <summary>What the three site writers share: writing files, YAML quoting, the table, and wiki links as plain Markdown links.</summary>
public static partial class SiteFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    /// <summary>input/data/models.yaml of the atlas: one variant per row and its results, each in its benchmark's one setting.</summary>
    public static string ModelsYaml(SyntheticAtlas atlas)
    {
        var settings = AtlasGenerator.Benchmarks.ToDictionary(b => b.Id, b => b.Setting, StringComparer.Ordinal);
        var yaml = new StringBuilder("# Synthetic comparison table made by bench/ (deterministic from its seed).\n");
        foreach (var m in atlas.Models)
        {
            yaml.Append($"\n- id: {m.Id}\n  name: {Quote(m.Name)}\n  title: {Quote(m.Title)}\n  authors: {List(m.Authors)}\n")
                .Append($"  arxiv: {Quote(m.Arxiv)}\n  date: {m.Date:yyyy-MM-dd}\n  venue: {Quote(m.Venue)}\n  org: {List(m.Org)}\n")
                .Append($"  family: {m.Family}\n  category: {m.Category}\n  visual: {Quote(m.Visual)}\n  detector: {(m.Detector ? "true" : "false")}\n")
                .Append($"  text: {Quote(m.Text)}\n  fusion: {Quote(m.Fusion)}\n  objectives: [{string.Join(", ", m.Objectives.Select(o => o.ToLowerInvariant()))}]\n")
                .Append($"  compute: {{value: {Quote(m.Compute)}, source: \"Section 4.1\"}}\n")
                .Append($"  builds_on: [{string.Join(", ", m.BuildsOn)}]\n  code: {m.Code}\n  headline: main\n  variants:\n")
                .Append($"    - id: main\n      name: {Quote(m.Name)}\n")
                .Append($"      params: {(m.Params is null ? "null" : $"{{value: {Quote(m.Params)}, source: \"Table 1\"}}")}\n")
                .Append("      resolution: null\n")
                .Append($"      pretrain_data: {{value: {Quote(m.PretrainPairs)}, source: \"Section 4\"}}\n  results:\n");
            foreach (var r in m.Results)
                yaml.Append($"    - {{benchmark: {r.Key}, setting: {settings[r.Key]}, variant: main, value: {r.Value.ToString(CultureInfo.InvariantCulture)}, source: {Quote(r.Source)}}}\n");
        }
        return yaml.ToString();
    }

    /// <summary>
    /// The vocabulary files of the atlas (input/data/), by file name: only entries the synthetic
    /// table uses, as the atlas warns about the others.
    /// </summary>
    public static IReadOnlyDictionary<string, string> VocabularyYaml(SyntheticAtlas atlas)
    {
        var results = atlas.Models.SelectMany(m => m.Results).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var benchmarks = AtlasGenerator.Benchmarks.Where(b => results.Contains(b.Id)).ToList();
        var families = AtlasGenerator.Families.Where(f => atlas.Models.Any(m => m.Family == f)).ToList();
        var objectives = AtlasGenerator.Concepts.Where(c => atlas.Models.Any(m => m.Objectives.Contains(c.Code))).ToList();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["benchmarks"] = string.Concat(benchmarks.Select(b =>
                $"- id: {b.Id}\n  name: {Quote(b.Name)}\n  dataset: {Quote(b.Name)}\n  split: test\n  task: {b.Task}\n  metric: score\n  unit: \"%\"\n"
                + $"  range: [0, 100]\n  higher_is_better: true\n  settings: [{b.Setting}]\n  description: A synthetic benchmark.\n")),
            ["settings"] = string.Concat(benchmarks.Select(b => b.Setting).Distinct().Select(s => $"- id: {s}\n  name: {s}\n  description: A synthetic setting.\n")),
            ["families"] = string.Concat(families.Select((f, i) => $"- id: {f}\n  name: {Quote(f)}\n  lane: {i + 1}\n  colour: \"#336699\"\n  detector_lanes: {(i == 1 ? "true" : "false")}\n")),
            ["objectives"] = string.Concat(objectives.Select(o => $"- id: {o.Id}\n  name: {o.Code}\n  concept: {o.Id}\n")),
            ["categories"] = string.Concat(AtlasGenerator.Categories.Select(c => $"- id: {c}\n  name: {Quote(c)}\n  ve: 1\n  te: 1\n  mi: 1\n")),
        };
    }

    /// <summary>The table as Hugo and Eleventy read it: results a mapping of benchmark id to value and source.</summary>
    public static string PeerModelsYaml(SyntheticAtlas atlas)
    {
        var yaml = new StringBuilder("# Synthetic comparison table made by bench/ (deterministic from its seed).\n");
        foreach (var m in atlas.Models)
        {
            yaml.Append($"\n- id: {m.Id}\n  name: {Quote(m.Name)}\n  title: {Quote(m.Title)}\n  authors: {List(m.Authors)}\n")
                .Append($"  arxiv: {Quote(m.Arxiv)}\n  date: {m.Date:yyyy-MM-dd}\n  venue: {Quote(m.Venue)}\n  org: {List(m.Org)}\n")
                .Append($"  family: {m.Family}\n  category: {m.Category}\n  visual: {Quote(m.Visual)}\n  detector: {(m.Detector ? "true" : "false")}\n")
                .Append($"  text: {Quote(m.Text)}\n  fusion: {Quote(m.Fusion)}\n  objectives: [{string.Join(", ", m.Objectives)}]\n")
                .Append($"  params: {(m.Params is null ? "null" : $"{{value: {Quote(m.Params)}, source: \"Table 1\"}}")}\n")
                .Append($"  pretrain_pairs: {{value: {Quote(m.PretrainPairs)}, source: \"Section 4\"}}\n")
                .Append($"  compute: {{value: {Quote(m.Compute)}, source: \"Section 4.1\"}}\n")
                .Append($"  builds_on: [{string.Join(", ", m.BuildsOn)}]\n  code: {m.Code}\n  results:\n");
            foreach (var r in m.Results)
                yaml.Append($"    {r.Key}: {{value: {r.Value.ToString(CultureInfo.InvariantCulture)}, source: {Quote(r.Source)}}}\n");
        }
        return yaml.ToString();
    }

    /// <summary>The result columns of the comparison table, for the peers (the atlas reads them from its vocabulary).</summary>
    public static string ResultKeysYaml() => string.Concat(AtlasGenerator.Benchmarks.Select(b => $"- key: {b.Id}\n  label: {Quote(b.Name)}\n"));

    /// <summary>Front matter fences around the given lines.</summary>
    public static string Page(IEnumerable<string> frontMatter, string body) => "---\n" + string.Concat(frontMatter.Select(l => l + "\n")) + "---\n" + body;

    /// <summary>[[target]] and [[target|label]] as the Markdown links the atlas renders them to, for generators without wiki links.</summary>
    public static string WithMarkdownLinks(string body, IReadOnlyDictionary<string, string> targets) => WikiLink().Replace(body, match =>
    {
        var target = match.Groups[1].Value.Trim();
        var label = match.Groups[2].Success ? match.Groups[2].Value.Trim() : target;
        return targets.TryGetValue(target, out var url) ? $"[{label}]({url})" : label;
    });

    /// <summary>A small stylesheet for the peers, so their pages load one CSS file as the atlas's do.</summary>
    public const string Css = "body{font:1rem/1.6 system-ui,sans-serif;margin:0}main{max-width:72rem;margin:0 auto;padding:1rem}"
        + "nav ul{list-style:none;display:flex;gap:1rem;padding:0}table{border-collapse:collapse}th,td{padding:.3rem .6rem;border-bottom:1px solid #ccc}\n";

    [GeneratedRegex(@"\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]")]
    private static partial Regex WikiLink();
}
