namespace Atlas.Site.Model;

/// <summary>How a field of a row is written in models.yaml, read, checked, exported and scaffolded.</summary>
public enum FieldKind
{
    /// <summary>The row's id: a slug, unique in the table.</summary>
    Id,
    /// <summary>One line of text.</summary>
    Text,
    /// <summary>A list of short texts, e.g. [Salesforce Research].</summary>
    TextList,
    /// <summary>A calendar date YYYY-MM-DD, not in the future.</summary>
    Date,
    /// <summary>true or false.</summary>
    Bool,
    /// <summary>An arXiv id such as "2107.07651".</summary>
    Arxiv,
    /// <summary>An arXiv category such as cs.CV; needs the row's arxiv id.</summary>
    ArxivCategory,
    /// <summary>An http or https URL.</summary>
    Url,
    /// <summary>An id of families.yaml.</summary>
    Family,
    /// <summary>An id of categories.yaml.</summary>
    Category,
    /// <summary>A list of ids of objectives.yaml.</summary>
    Objectives,
    /// <summary>A list of the parts kept frozen in pre-training: visual, text, llm.</summary>
    Frozen,
    /// <summary>null or {value: ..., source: ...}.</summary>
    Sourced,
    /// <summary>A list of ids of other rows.</summary>
    ModelIds,
    /// <summary>The id of one of the row's variants.</summary>
    Headline,
    /// <summary>The list of variants (id, name and the facts of <see cref="RowFields.VariantFacts"/>).</summary>
    Variants,
    /// <summary>The list of results (benchmark, setting, variant, value, source, ...).</summary>
    Results,
}

/// <summary>A field of a row: its name in models.yaml, its kind, whether it is required, what it means, and its example value.</summary>
public sealed record RowField(string Name, FieldKind Kind, bool Required, string Description, string Example);

/// <summary>A sourced fact of a variant (null or {value, source}).</summary>
public sealed record VariantFact(string Name, string Label, string Description, string Example);

/// <summary>
/// The one declaration of a row's fields, in the order models.yaml writes them. The reader,
/// validation, models.json, models.csv, the <c>new</c> scaffold, the template views and the
/// schema reference all go through this list; a field of an existing kind is added here alone.
/// </summary>
public static class RowFields
{
    public static readonly IReadOnlyList<RowField> All =
    [
        new("id", FieldKind.Id, true, "Slug naming the row; the page is input/models/<id>.md.", "blip"),
        new("name", FieldKind.Text, true, "The model's name as the paper writes it.", "BLIP"),
        new("aliases", FieldKind.TextList, false, "Other names [[links]] and search may use.", "[Bootstrapping Language-Image Pre-training]"),
        new("title", FieldKind.Text, true, "The paper's full title.", "\"BLIP: Bootstrapping Language-Image Pre-training for Unified Vision-Language Understanding and Generation\""),
        new("authors", FieldKind.TextList, false, "Every author, in the paper's order.", "[Junnan Li, Dongxu Li, Caiming Xiong, Steven Hoi]"),
        new("arxiv", FieldKind.Arxiv, false, "arXiv id of the paper, quoted.", "\"2201.12086\""),
        new("primary_class", FieldKind.ArxivCategory, false, "arXiv's primary category of the paper, as `new --arxiv` looked it up; BibTeX's primaryClass.", "cs.CV"),
        new("date", FieldKind.Date, true, "Date of the first arXiv version (YYYY-MM-DD); orders the table and the timeline.", "2022-01-28"),
        new("venue", FieldKind.Text, false, "Where the paper was published, or null.", "ICML 2022"),
        new("org", FieldKind.TextList, false, "Organisations of the authors.", "[Salesforce Research]"),
        new("family", FieldKind.Family, true, "Architecture family: an id of input/data/families.yaml.", "encoder-decoder"),
        new("category", FieldKind.Category, true, "ViLT taxonomy category: an id of input/data/categories.yaml.", "none"),
        new("visual", FieldKind.Text, false, "The visual side: backbone, initialisation, input.", "ViT-B/16 or ViT-L/16 (ImageNet-initialised)"),
        new("detector", FieldKind.Bool, false, "Whether the model needs an object detector.", "false"),
        new("text", FieldKind.Text, false, "The text side.", "BERT-base (12-layer unimodal text encoder)"),
        new("fusion", FieldKind.Text, false, "How image and text meet.", "\"cross-attention in every block of the text encoder; a causal copy as decoder\""),
        new("frozen", FieldKind.Frozen, false, "Parts kept frozen in pre-training: any of visual, text, llm.", "[]"),
        new("objectives", FieldKind.Objectives, true, "Pre-training objectives: ids of input/data/objectives.yaml.", "[itc, itm, lm]"),
        new("compute", FieldKind.Sourced, false, "Training compute, with its source.", "{value: \"two 16-GPU nodes, 20 epochs\", source: \"Section 4.1\"}"),
        new("builds_on", FieldKind.ModelIds, false, "Ids of rows the paper explicitly builds on (not its baselines).", "[albef, simvlm]"),
        new("code", FieldKind.Url, false, "The official code repository, or null.", "https://github.com/salesforce/BLIP"),
        new("headline", FieldKind.Headline, true, "The variant the comparison table shows: an id of this row's variants.", "capfilt-l"),
        new("variants", FieldKind.Variants, true, "Every variant of the paper the row records, with or without results: id, name, source (the table or section that reports it; may be left out when a fact below is sourced) and the sourced facts below.", "- {id: capfilt-l, name: \"BLIP CapFilt-L (ViT-B, 129M)\", source: \"Table 8\", params: null, resolution: null, pretrain_data: {value: \"129M images\", source: \"Section 4.1\"}}"),
        new("results", FieldKind.Results, false, "Every number the paper reports on a benchmark of input/data/benchmarks.yaml, one entry per (variant, benchmark, setting).", "- {benchmark: vqav2-test-dev, setting: fine-tuned, variant: capfilt-l, value: 78.25, source: \"Table 8\"}"),
    ];

    /// <summary>The sourced facts of a variant, in the order a variant writes them.</summary>
    public static readonly IReadOnlyList<VariantFact> VariantFacts =
    [
        new("params", "Parameters", "Parameter count as the paper states it.", "{value: \"224M\", source: \"Table 3\"}"),
        new("resolution", "Image resolution", "Input resolution in pre-training or fine-tuning.", "{value: \"384 (fine-tuning)\", source: \"Section 4.1\"}"),
        new("pretrain_data", "Pre-training data", "What the variant was pre-trained on, and how much.", "{value: \"129M images\", source: \"Section 4.1\"}"),
    ];

    /// <summary>The fields of a result: (name, required, meaning).</summary>
    public static readonly IReadOnlyList<(string Name, bool Required, string Description)> ResultFields =
    [
        ("benchmark", true, "An id of input/data/benchmarks.yaml."),
        ("setting", true, "An id of input/data/settings.yaml that the benchmark admits."),
        ("from", false, "With setting transfer (required there): the dataset fine-tuned on, e.g. COCO."),
        ("shots", false, "With setting few-shot (required there): the number of examples."),
        ("cider_optimised", false, "true when captions were decoded after CIDEr optimisation (SCST); only on benchmarks with cider_optimisation: true."),
        ("variant", true, "An id of the row's variants."),
        ("value", true, "The number exactly as the paper prints it, within the benchmark's range."),
        ("source", true, "The table or section of the model's own paper (\"read in <other paper>, Table N\" when it comes from elsewhere)."),
        ("note", false, "Anything a reader needs to read the number right."),
    ];

    public static readonly IReadOnlyList<string> FrozenParts = ["visual", "text", "llm"];

    public static RowField? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>What a contributor writes for a field of this kind, as the schema reference says it.</summary>
    public static string Writes(FieldKind kind) => kind switch
    {
        FieldKind.Id => "a lowercase slug (a-z, digits, single hyphens), unique in the table",
        FieldKind.Text => "one line of text",
        FieldKind.TextList => "a list, e.g. [A, B]",
        FieldKind.Date => "a date YYYY-MM-DD, not in the future",
        FieldKind.Bool => "true or false",
        FieldKind.Arxiv => "an arXiv id in quotes, e.g. \"2107.07651\"",
        FieldKind.ArxivCategory => "an arXiv category such as cs.CV; needs arxiv",
        FieldKind.Url => "an http(s) URL, or null",
        FieldKind.Family => "an id of families.yaml",
        FieldKind.Category => "an id of categories.yaml",
        FieldKind.Objectives => "a list of ids of objectives.yaml",
        FieldKind.Frozen => $"a list of {string.Join(", ", FrozenParts)}",
        FieldKind.Sourced => "null, or {value: ..., source: ...}",
        FieldKind.ModelIds => "a list of ids of other rows",
        FieldKind.Headline => "the id of one of the row's variants",
        FieldKind.Variants => "a list of variants (fields below)",
        FieldKind.Results => "a list of results (fields below)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "every field kind says how it is written"),
    };
}
