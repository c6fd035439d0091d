using System.Globalization;
using System.Text.RegularExpressions;

namespace Atlas.Site.Model;

/// <summary>The vocabulary of the comparison table, as the content guide fixes it.</summary>
public static partial class Schema
{
    public static readonly IReadOnlyList<string> Families = ["dual-encoder", "fusion-encoder", "unified", "encoder-decoder"];

    public static readonly IReadOnlyList<string> Categories = ["a", "b", "c", "d", "none"];

    public static readonly IReadOnlyList<string> Objectives = ["ITC", "ITM", "MLM", "MRM", "WPA", "LM", "PrefixLM", "MIM", "Ranking", "QA"];

    public static readonly IReadOnlyList<string> RequiredFields = ["id", "name", "title", "date", "family", "category", "objectives"];

    /// <summary>Result keys with their column label, task, and whether higher is better (all are).</summary>
    public static readonly IReadOnlyList<ResultKey> ResultKeys =
    [
        new("vqav2_test_dev", "VQAv2 test-dev", "vqa", "accuracy"),
        new("vqav2_test_std", "VQAv2 test-std", "vqa", "accuracy"),
        new("nlvr2_dev", "NLVR2 dev", "nlvr2", "accuracy"),
        new("nlvr2_test_p", "NLVR2 test-P", "nlvr2", "accuracy"),
        new("snli_ve_test", "SNLI-VE test", "snli-ve", "accuracy"),
        new("coco_ft_i2t_r1", "COCO i→t R@1 (fine-tuned)", "image-text-retrieval", "R@1"),
        new("coco_ft_t2i_r1", "COCO t→i R@1 (fine-tuned)", "image-text-retrieval", "R@1"),
        new("flickr_ft_i2t_r1", "Flickr30K i→t R@1 (fine-tuned)", "image-text-retrieval", "R@1"),
        new("flickr_ft_t2i_r1", "Flickr30K t→i R@1 (fine-tuned)", "image-text-retrieval", "R@1"),
        new("flickr_zs_i2t_r1", "Flickr30K i→t R@1 (zero-shot)", "image-text-retrieval", "R@1"),
        new("flickr_zs_t2i_r1", "Flickr30K t→i R@1 (zero-shot)", "image-text-retrieval", "R@1"),
        new("coco_zs_i2t_r1", "COCO i→t R@1 (zero-shot)", "image-text-retrieval", "R@1"),
        new("coco_zs_t2i_r1", "COCO t→i R@1 (zero-shot)", "image-text-retrieval", "R@1"),
        new("imagenet_zs_top1", "ImageNet zero-shot top-1", "zero-shot-classification", "top-1 %"),
        new("coco_caption_cider", "COCO Captions CIDEr (Karpathy test)", "image-captioning", "CIDEr"),
    ];

    public static ResultKey? FindResultKey(string key) => ResultKeys.FirstOrDefault(k => k.Key == key);

    public static bool IsSlug(string id) => id.Length is > 0 and <= 64
        && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
        && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal);

    /// <summary>A new-style ("2107.07651") or old-style ("cs.CV/0102003") arXiv id.</summary>
    public static bool IsArxivId(string value) => ArxivRegex().IsMatch(value);

    /// <summary>An arXiv category as its API and BibTeX export write it: cs.CV, stat.ML, hep-th, physics.comp-ph.</summary>
    public static bool IsArxivCategory(string value) => ArxivCategoryRegex().IsMatch(value);

    /// <summary>A real calendar date written YYYY-MM-DD (no time, no other format).</summary>
    public static bool TryParseDate(string value, out DateOnly date)
    {
        date = default;
        return DateRegex().IsMatch(value) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^[a-z]+(-[a-z]+)?(\.[A-Za-z]+(-[a-z]+)?)?$")]
    private static partial Regex ArxivCategoryRegex();

    [GeneratedRegex(@"^(\d{4}\.\d{4,5}|[a-z\-]+(\.[A-Z]{2})?/\d{7})$")]
    private static partial Regex ArxivRegex();
}

public sealed record ResultKey(string Key, string Label, string Task, string Metric)
{
    /// <summary>What a number in this column counts, as a column header shows it.</summary>
    public string Unit => Metric switch
    {
        "accuracy" or "top-1 %" => "%",
        "R@1" => "R@1, %",
        _ => Metric,
    };
}
