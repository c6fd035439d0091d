namespace Atlas.Bench.Synthetic;

/// <summary>A benchmark number of a synthetic row (by benchmark id), with the table it claims to come from.</summary>
public sealed record SyntheticResult(string Key, decimal Value, string Source);

/// <summary>A benchmark of the synthetic vocabulary: its results all use one setting.</summary>
public sealed record SyntheticBenchmark(string Id, string Name, string Task, string Setting);

/// <summary>One synthetic model: its table row and its page (front matter + Markdown body with [[wiki links]]).</summary>
public sealed record SyntheticModel
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Authors { get; init; }
    public required string Arxiv { get; init; }
    public required DateOnly Date { get; init; }
    public required string Venue { get; init; }
    public required IReadOnlyList<string> Org { get; init; }
    public required string Family { get; init; }
    public required string Category { get; init; }
    public required string Visual { get; init; }
    public required bool Detector { get; init; }
    public required string Text { get; init; }
    public required string Fusion { get; init; }
    public required IReadOnlyList<string> Objectives { get; init; }
    public required string? Params { get; init; }
    public required string PretrainPairs { get; init; }
    public required string Compute { get; init; }
    public required IReadOnlyList<string> BuildsOn { get; init; }
    public required string Code { get; init; }
    public required IReadOnlyList<SyntheticResult> Results { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required string Body { get; init; }

    public string Url => $"/models/{Id}/";
}

/// <summary>A concept, task or free page: front matter fields and a Markdown body.</summary>
public sealed record SyntheticPage(string Folder, string Id, string Title, IReadOnlyList<string> Aliases, string Summary, IReadOnlyList<string> ResultKeys, string Body)
{
    /// <summary>Site path of the page: "concepts/itc/", or "" for the home page.</summary>
    public string Url => Folder.Length == 0 ? "/" : $"/{Folder}/{Id}/";
}

/// <summary>
/// A whole synthetic atlas: N models oldest first, each building on earlier ones, plus the
/// concept and task pages their wiki links and objectives name, and a home page.
/// </summary>
public sealed record SyntheticAtlas(IReadOnlyList<SyntheticModel> Models, IReadOnlyList<SyntheticPage> Pages)
{
    public const string SiteTitle = "Synthetic Atlas";

    /// <summary>Every wiki-link target (model name or id, page id or alias) mapped to its site path, as the real build resolves them.</summary>
    public IReadOnlyDictionary<string, string> LinkTargets()
    {
        var targets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in Models)
        {
            targets.TryAdd(model.Id, model.Url);
            targets.TryAdd(model.Name, model.Url);
        }
        foreach (var page in Pages)
        {
            targets.TryAdd(page.Id, page.Url);
            foreach (var alias in page.Aliases) targets.TryAdd(alias, page.Url);
        }
        return targets;
    }

    public static SyntheticAtlas Generate(int count, ulong seed) => new AtlasGenerator(seed).Generate(count);
}
