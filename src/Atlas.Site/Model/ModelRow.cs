using Atlas.Site.Yaml;

namespace Atlas.Site.Model;

/// <summary>A sourced fact that is not a benchmark number: parameters, data size, compute.</summary>
public sealed record SourcedText(string Value, string Source);

/// <summary>One version of a model that a paper reports results for (a size, a data scale, a configuration).</summary>
public sealed record Variant(string Id, string Name, string? Source, IReadOnlyDictionary<string, SourcedText?> Facts, SourcePosition Position)
{
    /// <summary>Where the paper reports this variant: its own source, else that of its first sourced fact.</summary>
    public string? SourceOrFact => Source ?? Facts.Values.FirstOrDefault(f => f is not null)?.Source;

    public SourcedText? Fact(string field) => Facts.GetValueOrDefault(field);
}

/// <summary>
/// What a result may be compared with: the same benchmark under the same setting (and the same
/// source dataset, number of shots and decoding regime). Columns, charts, rankings and "best"
/// never mix two series.
/// </summary>
public sealed record Series(Benchmark Benchmark, Setting Setting, string? From, int? Shots, bool CiderOptimised)
{
    /// <summary>A slug naming the series in URLs and anchors: "flickr30k-1k-i2t-r1-transfer-from-coco".</summary>
    public string Id => string.Join("-", new[]
    {
        Benchmark.Id, Setting.Id,
        From is null ? null : "from-" + Slug.Of(From),
        Shots is null ? null : $"{Shots}-shot",
        CiderOptimised ? "cider-optimised" : null,
    }.OfType<string>());

    /// <summary>How the setting reads after the benchmark's name: "transfer from COCO", "few-shot, 32 shots", "fine-tuned, CIDEr-optimised".</summary>
    public string SettingLabel => Setting.Name
        + (From is null ? "" : $" from {From}")
        + (Shots is null ? "" : $", {Shots} shot{(Shots == 1 ? "" : "s")}")
        + (CiderOptimised ? ", CIDEr-optimised" : "");

    public string Label => $"{Benchmark.Name} ({SettingLabel})";
}

/// <summary>One benchmark number exactly as printed in the paper, for one variant in one setting, with where it was printed.</summary>
public sealed record Result(Series Series, Variant Variant, decimal Value, string Source, string? Note, SourcePosition Position)
{
    public Benchmark Benchmark => Series.Benchmark;

    /// <summary>The number as the paper prints it (a decimal keeps its trailing zeros: 58.20 stays 58.20).</summary>
    public string Text => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// One row of input/data/models.yaml, made once and validated once; every page, table, chart
/// and export reads this same object. Its values are held by field name as
/// <see cref="RowFields"/> declares them; the properties are typed views of the ones code uses.
/// </summary>
public sealed class ModelRow(IReadOnlyDictionary<string, object?> values, SourcePosition position)
{
    /// <summary>A field's value by its name in models.yaml, typed as its <see cref="FieldKind"/> reads.</summary>
    public object? this[string field] => values.GetValueOrDefault(field);

    public string Id => (string)values["id"]!;
    public string Name => (string)values["name"]!;
    public IReadOnlyList<string> Aliases => Strings("aliases");
    public string Title => (string)values["title"]!;
    public IReadOnlyList<string> Authors => Strings("authors");
    public string? Arxiv => (string?)this["arxiv"];

    /// <summary>arXiv's primary category of the paper (cs.CV), as <c>new --arxiv</c> looked it up; BibTeX's primaryClass.</summary>
    public string? PrimaryClass => (string?)this["primary_class"];
    public DateOnly Date => (DateOnly)values["date"]!;
    public string? Venue => (string?)this["venue"];
    public IReadOnlyList<string> Org => Strings("org");
    public Family Family => (Family)values["family"]!;
    public Category Category => (Category)values["category"]!;
    public string? Visual => (string?)this["visual"];
    public bool Detector => this["detector"] is true;
    public string? Text => (string?)this["text"];
    public string? Fusion => (string?)this["fusion"];
    public IReadOnlyList<Objective> Objectives => this["objectives"] as IReadOnlyList<Objective> ?? [];
    public SourcedText? Compute => (SourcedText?)this["compute"];
    public IReadOnlyList<string> BuildsOn => Strings("builds_on");
    public string? Code => (string?)this["code"];
    public IReadOnlyList<Variant> Variants => this["variants"] as IReadOnlyList<Variant> ?? [];
    public Variant Headline => (Variant)values["headline"]!;
    public IReadOnlyList<Result> Results => this["results"] as IReadOnlyList<Result> ?? [];

    /// <summary>Where the row starts in models.yaml, for diagnostics that concern the whole row.</summary>
    public SourcePosition Position => position;

    public string Url => $"models/{Id}/";

    /// <summary>The id of a series' heading among the model page's results, where its numbers stand beside their sources.</summary>
    public static string ResultsAnchor(Series series) => "model-results-" + series.Id;

    /// <summary>The model page at a series' results.</summary>
    public string ResultsUrl(Series series) => $"{Url}#{ResultsAnchor(series)}";

    public string? ArxivUrl => Arxiv is null ? null : AbsUrl(Arxiv);

    /// <summary>The abstract page of an arXiv id.</summary>
    public static string AbsUrl(string arxiv) => $"https://arxiv.org/abs/{arxiv}";

    /// <summary>The timeline lane: the family, split by whether the model needs a detector where the family asks for it.</summary>
    public string Lane => Family.DetectorLanes ? $"{Family.Id}-{(Detector ? "detector" : "patch")}" : Family.Id;

    private IReadOnlyList<string> Strings(string field) => this[field] as IReadOnlyList<string> ?? [];
}
