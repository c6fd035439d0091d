using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Atlas.Bench.Synthetic;

/// <summary>
/// Makes a synthetic atlas shaped like the real one: rows with every field of the content
/// guide, pages of about 600 words with headings, lists, a table, a code block and wiki links
/// to the models they build on, to concepts and to tasks. Everything comes from one seed.
/// </summary>
internal sealed partial class AtlasGenerator(ulong seed)
{
    private readonly Rng _rng = new(seed);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal); // model name by id

    public static readonly string[] Families = ["dual-encoder", "fusion-encoder", "unified", "encoder-decoder"];
    public static readonly string[] Categories = ["a", "b", "c", "d", "none"];
    private static readonly string[] NameHeads = ["Vi", "Uni", "Flo", "Pix", "Lang", "Sim", "Co", "Al", "Bli", "Om", "Kos", "Mu", "Ze", "Xa", "Lu", "Ta", "Ne", "Or"];
    private static readonly string[] NameTails = ["BERT", "Former", "Net", "LM", "Fuse", "Align", "Tron", "Vision", "Grounder", "Mixer", "Coder", "Lens"];
    private static readonly string[] Surnames = ["Chen", "Li", "Wang", "Kim", "Singh", "Garcia", "Müller", "Rossi", "Tanaka", "Okafor", "Novak", "Dubois", "Silva", "Cohen", "Ivanova", "Park", "Nguyen", "Haddad", "Larsen", "Moreau"];
    private static readonly string[] GivenNames = ["Ada", "Bo", "Chloe", "Dmitri", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kai", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rui", "Sara", "Tomas"];
    private static readonly string[] Orgs = ["Lab North", "Vision Group South", "Institute for Multimodal Learning", "Open Models Collective", "University of Eastbridge", "Westfield AI Research", "Harbour Tech", "Summit University"];
    private static readonly string[] Venues = ["CVPR", "ICCV", "ECCV", "NeurIPS", "ICML", "ICLR", "ACL", "EMNLP", "TMLR", "arXiv preprint"];
    private static readonly string[] Visuals = ["ViT-B/16", "ViT-L/14", "ViT-g/14", "ResNet-50", "ResNet-101 region features", "Swin-B", "linear patch embedding", "ConvNeXt-L"];
    private static readonly string[] Texts = ["BERT-base", "BERT-base, first 6 layers", "RoBERTa-large", "GPT-2 style decoder", "T5 encoder", "word embeddings only", "12-layer transformer"];
    private static readonly string[] Fusions = ["none (dot product)", "6-layer cross-attention transformer", "12-layer merged-attention transformer", "mixture of modality experts", "encoder-decoder cross-attention", "gated cross-attention layers"];
    private static readonly string[] Tags = ["contrastive", "fusion-encoder", "dual-encoder", "encoder-decoder", "detector-free", "detector-based", "momentum-distillation", "hard-negatives", "captioning", "retrieval", "vqa", "zero-shot", "multilingual", "scaling", "efficient", "mixture-of-experts", "instruction-tuning", "data-filtering", "prefix-lm", "masked-modelling"];
    private static readonly string[] Adjectives = ["shallow", "deep", "shared", "frozen", "noisy", "large", "compact", "unified", "cross-modal", "contrastive", "generative", "efficient", "dense", "sparse", "multilingual", "pre-trained", "lightweight", "robust"];
    private static readonly string[] Nouns = ["encoder", "decoder", "fusion module", "image tower", "text tower", "patch embedding", "objective", "queue of negatives", "caption filter", "teacher model", "attention block", "projection head", "training recipe", "data mixture", "benchmark", "retrieval index"];
    private static readonly string[] Verbs = ["replaces", "extends", "simplifies", "scales up", "revisits", "combines", "distils", "aligns", "decouples", "shares", "freezes", "prunes"];

    /// <summary>The objectives of the synthetic vocabulary, each with a concept page: code (its name), id, title.</summary>
    public static readonly (string Code, string Id, string Title)[] Concepts = new[] { "ITC", "ITM", "MLM", "MRM", "WPA", "LM", "PrefixLM", "MIM", "Ranking", "QA" }
        .Select(code => (code, code.ToLowerInvariant(), $"The {code} objective"))
        .ToArray();

    /// <summary>The benchmarks of the synthetic vocabulary, shaped like the real atlas's: id, name, task, the one setting its results use.</summary>
    public static readonly SyntheticBenchmark[] Benchmarks =
    [
        new("vqa-test-dev", "VQA test-dev", "vqa", "fine-tuned"),
        new("vqa-test-std", "VQA test-std", "vqa", "fine-tuned"),
        new("reasoning-dev", "Reasoning dev", "reasoning", "fine-tuned"),
        new("reasoning-test", "Reasoning test", "reasoning", "fine-tuned"),
        new("entailment-test", "Entailment test", "entailment", "fine-tuned"),
        new("retrieval-i2t-r1", "Retrieval i→t R@1", "retrieval", "fine-tuned"),
        new("retrieval-t2i-r1", "Retrieval t→i R@1", "retrieval", "fine-tuned"),
        new("retrieval-zs-i2t-r1", "Retrieval zero-shot i→t R@1", "retrieval", "zero-shot"),
        new("retrieval-zs-t2i-r1", "Retrieval zero-shot t→i R@1", "retrieval", "zero-shot"),
        new("classification-top1", "Classification top-1", "classification", "zero-shot"),
        new("captioning-cider", "Captioning CIDEr", "captioning", "fine-tuned"),
    ];

    /// <summary>One task page per task of the benchmarks: id, title, alias, its benchmark ids.</summary>
    private static readonly (string Id, string Title, string Alias, string[] Keys)[] Tasks = Benchmarks
        .GroupBy(b => b.Task)
        .Select(g => (g.Key, $"The {g.Key} task", $"{g.Key} benchmarks", g.Select(b => b.Id).ToArray()))
        .ToArray();

    private static readonly string[] Sentences =
    [
        "{model} {verb} the {adj} {noun} of {link} with a {adj} {noun}.",
        "Where {link} relied on a {adj} {noun}, {model} uses a {adj} {noun} trained end to end.",
        "The authors argue that a {adj} {noun} matters more than a {adj} {noun} for {task}.",
        "Training with {concept} gives the {noun} a {adj} signal early on, before the {noun} is unfrozen.",
        "On {task} the gain is about {num} points, most of it from the {adj} {noun}.",
        "This keeps inference cheap: every {noun} can be computed ahead of time and reused.",
        "A {adj} {noun} alone is too weak for reasoning, so the {noun} is made deeper.",
        "Compared with {link}, the {noun} is {num} times smaller while the {noun} is shared.",
        "The paper reports that removing {concept} costs {num} points on {task}.",
        "Most of the compute goes into the {adj} {noun}; the {noun} adds little.",
        "{model} is trained on web pairs, so the {noun} has to tolerate {adj} captions.",
        "The design follows {link} closely but {verb} its {noun}.",
        "An ablation shows that the {adj} {noun} helps {task} but not {task}.",
        "Because the {noun} is {adj}, retrieval stays fast even with a {adj} {noun}.",
        "The {noun} is initialised from a {adj} checkpoint and fine-tuned for {num} epochs.",
    ];

    public SyntheticAtlas Generate(int count)
    {
        var width = Math.Max(4, count.ToString(CultureInfo.InvariantCulture).Length);
        var names = Enumerable.Range(1, count)
            .Select(i => $"{_rng.Pick(NameHeads)}{_rng.Pick(NameTails)}-{i.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')}")
            .ToList();
        foreach (var name in names) _names[name.ToLowerInvariant()] = name;
        var first = new DateOnly(2017, 1, 1);
        var span = new DateOnly(2024, 12, 31).DayNumber - first.DayNumber;
        var models = new List<SyntheticModel>(count);
        for (var i = 0; i < count; i++)
        {
            var date = DateOnly.FromDayNumber(first.DayNumber + (int)((long)span * i / Math.Max(1, count)));
            models.Add(Model(names, models, i, date));
        }
        models.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Id, b.Id));
        var pages = new List<SyntheticPage>();
        pages.AddRange(Concepts.Select(c => new SyntheticPage("concepts", c.Id, c.Title, [c.Code], $"What {c.Code} trains and why models use it.", [], Prose(names, 3, 5))));
        pages.AddRange(Tasks.Select(t => new SyntheticPage("tasks", t.Id, t.Title, [t.Alias], $"How models are compared on {t.Title.ToLowerInvariant()}.", t.Keys, Prose(names, 3, 5))));
        pages.Add(new SyntheticPage("", "home", SyntheticAtlas.SiteTitle, [], "A synthetic atlas for measuring build speed.", [], Prose(names, 2, 4)));
        return new SyntheticAtlas(models, pages);
    }

    private SyntheticModel Model(List<string> names, List<SyntheticModel> earlier, int index, DateOnly date)
    {
        var name = names[index];
        var family = _rng.Pick(Families);
        var objectives = _rng.Some(Concepts, _rng.Between(1, 4)).Select(c => c.Code).ToList();
        // Each model builds on up to three of the fifty models before it, so the lineage is a DAG.
        var buildsOn = index == 0 ? [] : _rng.Some(earlier.Skip(Math.Max(0, index - 50)).ToList(), _rng.Between(0, Math.Min(3, index))).Select(m => m.Id).ToList();
        var results = _rng.Some(Tasks.SelectMany(t => t.Keys).ToList(), _rng.Between(2, 8))
            .Select(k => new SyntheticResult(k, _rng.Between(300, 999) / 10m, $"Table {_rng.Between(1, 9)}"))
            .ToList();
        var model = new SyntheticModel
        {
            Id = name.ToLowerInvariant(),
            Name = name,
            Title = $"{name}: {Capitalise(_rng.Pick(Adjectives))} {_rng.Pick(Nouns)}s for vision-language pre-training",
            Authors = Enumerable.Range(0, _rng.Between(2, 6)).Select(_ => $"{_rng.Pick(GivenNames)} {_rng.Pick(Surnames)}").Distinct().ToList(),
            Arxiv = $"{date:yyMM}.{_rng.Between(10000, 99999)}",
            Date = date,
            Venue = _rng.Pick(Venues) is var venue && venue.StartsWith("arXiv", StringComparison.Ordinal) ? venue : $"{venue} {date.Year}",
            Org = _rng.Some(Orgs, _rng.Between(1, 2)),
            Family = family,
            Category = _rng.Pick(Categories),
            Visual = _rng.Pick(Visuals),
            Detector = family == "fusion-encoder" && _rng.Chance(30),
            Text = _rng.Pick(Texts),
            Fusion = _rng.Pick(Fusions),
            Objectives = objectives,
            Params = _rng.Chance(50) ? $"{_rng.Between(80, 9000)}M" : null,
            PretrainPairs = $"{_rng.Between(1, 1800)}M",
            Compute = $"{_rng.Pick([8, 16, 32, 64, 128, 256])} GPUs, {_rng.Between(3, 40)} epochs",
            BuildsOn = buildsOn,
            Code = $"https://github.com/synthetic-atlas/{name.ToLowerInvariant()}",
            Results = results,
            Summary = $"{name} {_rng.Pick(Verbs)} the {_rng.Pick(Adjectives)} {_rng.Pick(Nouns)} of earlier models with a {_rng.Pick(Adjectives)} {_rng.Pick(Nouns)}.",
            Tags = _rng.Some(Tags, _rng.Between(2, 4)),
            Body = "",
        };
        return model with { Body = ModelBody(model, names, index) };
    }

    private string ModelBody(SyntheticModel model, List<string> names, int index)
    {
        var body = new StringBuilder();
        var fill = Filler(model, names, index);
        void Paragraph(int sentences) => body.AppendJoin(' ', Enumerable.Range(0, sentences).Select(_ => fill(_rng.Pick(Sentences)))).Append("\n\n");

        body.Append("## Motivation\n\n");
        Paragraph(4);
        Paragraph(4);
        Paragraph(3);
        body.Append("## Architecture\n\n");
        body.Append($"- **Image encoder:** {model.Visual}, {fill("a {adj} {noun} in front of the {noun}")}.\n");
        body.Append($"- **Text encoder:** {model.Text}, {fill("with a {adj} {noun}")}.\n");
        body.Append($"- **Fusion:** {model.Fusion}.\n");
        body.Append($"- **Head:** {fill("a {adj} {noun} trained only during fine-tuning")}.\n\n");
        Paragraph(3);
        body.Append("## Pre-training objectives\n\n");
        foreach (var objective in model.Objectives)
        {
            var concept = Concepts.First(c => c.Code == objective);
            body.Append($"- **[[{concept.Id}|{concept.Code}]]**: {fill("applied to the {adj} {noun}, weighted against the {noun}")}.\n");
        }
        body.Append('\n');
        Paragraph(2);
        body.Append("## Data and compute\n\n| Setting | Images | Pairs | GPUs | Epochs |\n| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var setting in new[] { "base", "large", "huge" })
            body.Append($"| {setting} | {_rng.Between(1, 900)}M | {_rng.Between(1, 1800)}M | {_rng.Pick([8, 16, 32, 64, 128])} | {_rng.Between(3, 40)} |\n");
        body.Append('\n');
        Paragraph(2);
        body.Append("## Results\n\n");
        Paragraph(3);
        body.Append("```python\n")
            .Append($"config = {model.Name.Replace("-", "_", StringComparison.Ordinal)}Config(\n")
            .Append($"    image_size={_rng.Pick([224, 288, 384])}, patch_size={_rng.Pick([14, 16, 32])},\n")
            .Append($"    text_layers={_rng.Pick([6, 12, 24])}, fusion_layers={_rng.Pick([0, 6, 12])},\n")
            .Append($"    objectives=[{string.Join(", ", model.Objectives.Select(o => $"\"{o.ToLowerInvariant()}\""))}],\n)\n```\n\n");
        body.Append("## Strengths and limitations\n\n");
        for (var i = 0; i < 3; i++) body.Append("- ").Append(fill(_rng.Pick(Sentences))).Append('\n');
        body.Append('\n');
        body.Append("## What came next\n\n");
        Paragraph(4);
        return body.ToString();
    }

    private string Prose(List<string> names, int paragraphs, int sentences)
    {
        var fill = Filler(null, names, names.Count);
        var body = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            body.Append($"## {Capitalise(_rng.Pick(Adjectives))} {_rng.Pick(Nouns)}s\n\n");
            body.AppendJoin(' ', Enumerable.Range(0, sentences).Select(_ => fill(_rng.Pick(Sentences)))).Append("\n\n");
        }
        return body.ToString();
    }

    /// <summary>Fills a sentence template; {link} names an earlier model (one it builds on when it has any).</summary>
    private Func<string, string> Filler(SyntheticModel? model, List<string> names, int index) => template => Slot().Replace(template, match => match.Groups[1].Value switch
    {
        "model" => model?.Name ?? "The atlas",
        "link" => model is { BuildsOn.Count: > 0 } && _rng.Chance(60)
            ? $"[[{_names[_rng.Pick(model.BuildsOn)]}]]"
            : index == 0 ? "earlier work" : names[_rng.Below(index)] is var other ? $"[[{other.ToLowerInvariant()}|{other}]]" : "",
        "concept" => _rng.Pick(Concepts) is var c && _rng.Chance(50) ? $"[[{c.Code}]]" : $"[[{c.Id}|{c.Title.ToLowerInvariant()}]]",
        "task" => _rng.Pick(Tasks) is var t ? $"[[{t.Id}|{t.Alias}]]" : "",
        "adj" => _rng.Pick(Adjectives),
        "noun" => _rng.Pick(Nouns),
        "verb" => _rng.Pick(Verbs),
        "num" => _rng.Between(2, 40).ToString(CultureInfo.InvariantCulture),
        _ => match.Value,
    });

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Slot();
}
