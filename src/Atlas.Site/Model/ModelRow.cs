namespace Atlas.Site.Model;

/// <summary>A sourced fact that is not a benchmark number: parameters, data size, compute.</summary>
public sealed record SourcedText(string Value, string Source);

/// <summary>One benchmark number exactly as printed in the paper, with where it was printed.</summary>
public sealed record ResultValue(decimal Value, string Source, string? Note);

/// <summary>
/// One row of input/data/models.yaml, made once and validated once; every page, table, chart
/// and export reads this same object.
/// </summary>
public sealed record ModelRow
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Arxiv { get; init; }

    /// <summary>arXiv's primary category of the paper (cs.CV), as <c>new --arxiv</c> looked it up; BibTeX's primaryClass.</summary>
    public string? PrimaryClass { get; init; }
    public required DateOnly Date { get; init; }
    public string? Venue { get; init; }
    public IReadOnlyList<string> Org { get; init; } = [];
    public required string Family { get; init; }
    public required string Category { get; init; }
    public string? Visual { get; init; }
    public bool Detector { get; init; }
    public string? Text { get; init; }
    public string? Fusion { get; init; }
    public IReadOnlyList<string> Objectives { get; init; } = [];
    public SourcedText? Params { get; init; }
    public SourcedText? PretrainPairs { get; init; }
    public SourcedText? Compute { get; init; }
    public IReadOnlyList<string> BuildsOn { get; init; } = [];
    public string? Code { get; init; }
    public IReadOnlyDictionary<string, ResultValue> Results { get; init; } = new Dictionary<string, ResultValue>();

    /// <summary>Where the row starts in models.yaml, for diagnostics that concern the whole row.</summary>
    public required Yaml.SourcePosition Position { get; init; }

    public string Url => $"models/{Id}/";

    public string? ArxivUrl => Arxiv is null ? null : AbsUrl(Arxiv);

    /// <summary>The abstract page of an arXiv id.</summary>
    public static string AbsUrl(string arxiv) => $"https://arxiv.org/abs/{arxiv}";

    /// <summary>The timeline lane: the family, with fusion encoders split by whether they need a detector.</summary>
    public string Lane => Family == "fusion-encoder" ? (Detector ? "fusion-encoder-detector" : "fusion-encoder-patch") : Family;
}
