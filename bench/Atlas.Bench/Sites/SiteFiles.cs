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

    /// <summary>input/data/models.yaml of the atlas; Hugo and Eleventy read the same file as their data.</summary>
    public static string ModelsYaml(SyntheticAtlas atlas)
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

    /// <summary>The result columns of the comparison table, for the peers (the atlas knows them from its schema).</summary>
    public static string ResultKeysYaml() => string.Concat(Atlas.Site.Model.Schema.ResultKeys.Select(k => $"- key: {k.Key}\n  label: {Quote(k.Label)}\n"));

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
