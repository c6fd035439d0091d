using System.Globalization;
using System.Text.RegularExpressions;
using Atlas.Site.Figures.Drawing;
using Atlas.Site.Figures.Taxonomy;
using Atlas.Site.Links;
using Atlas.Site.Model;

namespace Atlas.Site.Templates;

/// <summary>
/// A model as a row of the model tables (all models, a family, an organisation, a tag): its date,
/// organisations, family with the glyph of its ViLT category, parameter count and key score, each
/// with the value its column sorts by. Made from the row alone, so a listing changes only when
/// one of its rows does; <see cref="ModelView"/> carries the same fields.
/// </summary>
public static partial class ModelListing
{
    /// <summary>How many organisations a row names before "+N more": a paper of eight labs would make its row eight lines tall.</summary>
    public const int ShownOrganisations = 2;

    /// <summary>How the key score is chosen, as the tables state it.</summary>
    public const string KeyScoreRule = "the first result the paper's row lists for its headline variant";

    /// <summary>The fields of one table row, by their names in templates.</summary>
    public static Dictionary<string, object?> Fields(ModelRow row, Vocabulary vocabulary)
    {
        var parameters = row.Headline.Fact("params")?.Value;
        var shortParameters = parameters is null ? null : ShortParameters(parameters);
        var organisations = row.Org.Select(o => (object?)CompactRecord.From(new() { ["name"] = o, ["url"] = Facet.Organisations.UrlOf(o) })).ToList();
        return new Dictionary<string, object?>
        {
            ["name"] = row.Name,
            ["url"] = row.Url,
            ["date"] = row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["year"] = row.Date.Year,
            ["org_links"] = organisations,
            ["org_shown"] = organisations.Take(ShownOrganisations).ToList(),
            ["org_more"] = Math.Max(0, row.Org.Count - ShownOrganisations),
            ["org_more_names"] = string.Join(", ", row.Org.Skip(ShownOrganisations)),
            ["family_label"] = row.Family.Name,
            ["family_url"] = Facet.Families.UrlOf(row.Family.Name),
            ["category_label"] = row.Category.Name,
            ["category_mark"] = CategoryMark(row.Category, vocabulary),
            ["params_short"] = shortParameters,
            ["params_sort"] = shortParameters is null ? null : ParameterCount(shortParameters),
            ["key_score"] = KeyScore(row),
        };
    }

    /// <summary>Rows newest first (ties by name), as the tables open before a reader sorts them.</summary>
    public static List<object?> NewestFirst(IEnumerable<ModelRow> rows, Func<ModelRow, object?> view) => rows
        .OrderByDescending(r => r.Date)
        .ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
        .ThenBy(r => r.Id, StringComparer.Ordinal)
        .Select(view)
        .ToList();

    /// <summary>The result that stands for the model in a listing (see <see cref="KeyScoreRule"/>), or null when the row has none.</summary>
    public static Result? KeyResult(ModelRow row) =>
        row.Results.FirstOrDefault(r => r.Variant == row.Headline) ?? row.Results.FirstOrDefault();

    private static CompactRecord? KeyScore(ModelRow row) => KeyResult(row) is not { } result ? null : CompactRecord.From(new()
    {
        ["value"] = result.Text,
        ["number"] = result.Value,
        ["benchmark"] = result.Benchmark.Name,
        ["setting"] = result.Series.SettingLabel,
        ["label"] = result.Series.Label,
        ["variant"] = result.Variant == row.Headline ? null : result.Variant.Name,
        ["url"] = row.ResultsUrl(result.Series),
    });

    /// <summary>
    /// The category's bars as an image named by the category, for a table cell where nothing else
    /// names it, drawn from the symbol the table's page holds once (<see cref="TaxonomySvg.GlyphSymbols"/>);
    /// empty for a category without sizes (none), which has no bars to show.
    /// </summary>
    private static string CategoryMark(Category category, Vocabulary vocabulary) =>
        !TaxonomySvg.HasBars(category) ? "" :
        $"<span class=\"vilt-mark\" role=\"img\" aria-label=\"ViLT category {Svg.Text(category.Name)}\" title=\"ViLT category {Svg.Text(category.Name)}\">{TaxonomySvg.GlyphUse(category, vocabulary.Categories)}</span>";

    /// <summary>
    /// The parameter count as a cell shows it: the text before its first comment ("221M" of
    /// "221M, word embeddings excluded (...)", "9.6B total" of "9.6B total = 1.9B ViT + ..."), so that long explanations stay on the model page.
    /// </summary>
    public static string ShortParameters(string parameters)
    {
        var cut = parameters.IndexOfAny([',', ';', ':', '(', '=']);
        var text = (cut > 0 ? parameters[..cut] : parameters).Trim();
        return text.Length > 0 ? text : parameters;
    }

    /// <summary>A count the column can sort by: "about 1.4B" is 1.4e9, "221M total" 2.21e8; null when the text starts with no count.</summary>
    public static double? ParameterCount(string shortParameters)
    {
        var match = LeadingCount().Match(shortParameters);
        if (!match.Success) return null;
        var number = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        return number * (match.Groups["unit"].Value.ToUpperInvariant() switch { "K" => 1e3, "M" => 1e6, "B" => 1e9, _ => 1e12 });
    }

    [GeneratedRegex(@"^(?:about |~)?(?<number>\d+(?:\.\d+)?)\s?(?<unit>[KkMBT])(?: total| parameters)?$")]
    private static partial Regex LeadingCount();
}
