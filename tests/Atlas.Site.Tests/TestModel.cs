namespace Atlas.Site.Tests;

/// <summary>
/// A model the tests add to <see cref="TestSite.Minimal"/>: its row of models.yaml and its page,
/// written from the fields a test varies (the rest as every test model has them). Variants and
/// results are YAML flow mappings, written as the row writes them.
/// </summary>
public sealed record TestModel(string Id, string Name, string Title, string Date)
{
    /// <summary>Gamma, a third model after Alpha and Beta, with one variant (Gamma-B, "main").</summary>
    public static TestModel Gamma => new("gamma", "Gamma", "Gamma: the third model", "2023-03-07");

    public string Family { get; init; } = "dual-encoder";
    public string Category { get; init; } = "none";
    public string Objective { get; init; } = "itc";
    public IReadOnlyList<string> Org { get; init; } = [];
    public IReadOnlyList<string> BuildsOn { get; init; } = [];
    public IReadOnlyList<string> Variants { get; init; } = ["{id: main, name: Gamma-B, source: \"Table 3\"}"];
    public IReadOnlyList<string> Results { get; init; } = [];

    /// <summary>The front matter's summary and the body of input/models/&lt;id&gt;.md.</summary>
    public string Summary { get; init; } = "Gamma is new.";
    public string Body { get; init; } = "Gamma follows [[Beta]].";

    public string Row()
    {
        var lines = new List<string> { $"- id: {Id}", $"  name: {Name}", $"  title: \"{Title}\"", $"  date: {Date}" };
        if (Org.Count > 0) lines.Add($"  org: [{string.Join(", ", Org)}]");
        lines.AddRange([$"  family: {Family}", $"  category: {Category}", $"  objectives: [{Objective}]"]);
        if (BuildsOn.Count > 0) lines.Add($"  builds_on: [{string.Join(", ", BuildsOn)}]");
        lines.Add("  headline: main");
        lines.Add("  variants:");
        lines.AddRange(Variants.Select(v => "    - " + v));
        if (Results.Count > 0)
        {
            lines.Add("  results:");
            lines.AddRange(Results.Select(r => "    - " + r));
        }
        return string.Join('\n', lines);
    }

    public string Page(IReadOnlyList<string>? tags = null) =>
        $"---\nid: {Id}\nsummary: {Summary}\n{(tags is { Count: > 0 } ? $"tags: [{string.Join(", ", tags)}]\n" : "")}---\n{Body}\n";
}
