using System.Globalization;
using Atlas.Site.Build;
using Atlas.Site.Links;
using Atlas.Site.Model;

namespace Atlas.Site.Templates;

/// <summary>A table row as templates see it: plain dictionaries and lists, links already made.</summary>
public static class ModelView
{
    public static readonly IReadOnlyDictionary<string, string> FamilyLabels = new Dictionary<string, string>
    {
        ["dual-encoder"] = "Dual encoder",
        ["fusion-encoder"] = "Fusion encoder",
        ["unified"] = "Unified",
        ["encoder-decoder"] = "Encoder-decoder",
    };

    public static readonly IReadOnlyDictionary<string, string> LaneLabels = new Dictionary<string, string>
    {
        ["dual-encoder"] = "Dual encoder",
        ["fusion-encoder-detector"] = "Fusion encoder, detector-based",
        ["fusion-encoder-patch"] = "Fusion encoder, detector-free",
        ["unified"] = "Unified / mixture of experts",
        ["encoder-decoder"] = "Encoder-decoder",
    };

    /// <summary>How a view names another model (builds on, followed by, previous, next): made once per model and shared by every view that names it.</summary>
    public static CompactRecord Ref(ModelRow row) => CompactRecord.From(new()
    {
        ["id"] = row.Id, ["name"] = row.Name, ["url"] = row.Url, ["year"] = row.Date.Year,
    });

    /// <param name="refs">Each model's <see cref="Ref(ModelRow)"/> by id.</param>
    public static CompactRecord Of(ModelRow row, ModelTable table, Catalog catalog, IReadOnlyDictionary<string, CompactRecord> refs)
    {
        object Ref(ModelRow other) => refs[other.Id];
        var index = table.IndexOf(row.Id);
        var summary = catalog.ModelPage(row.Id)?.Summary ?? "";
        var results = row.Results.ToDictionary(r => r.Key, r => (object?)Result(Schema.FindResultKey(r.Key)!, r.Value, table));
        return CompactRecord.From(new()
        {
            ["id"] = row.Id,
            ["name"] = row.Name,
            ["aliases"] = row.Aliases.ToList<object?>(),
            ["title"] = row.Title,
            ["summary"] = summary,
            ["authors"] = row.Authors.ToList<object?>(),
            ["authors_short"] = row.Authors.Count switch { 0 => "", 1 or 2 => string.Join(" and ", row.Authors), _ => row.Authors[0] + " et al." },
            ["arxiv"] = row.Arxiv,
            ["arxiv_url"] = row.ArxivUrl,
            ["date"] = row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["date_label"] = row.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            ["year"] = row.Date.Year,
            ["venue"] = row.Venue,
            ["org"] = row.Org.ToList<object?>(),
            ["org_links"] = row.Org.Select(o => (object?)CompactRecord.From(new() { ["name"] = o, ["url"] = Facet.Organisations.UrlOf(o) })).ToList(),
            ["family"] = row.Family,
            ["family_label"] = FamilyLabels[row.Family],
            ["family_url"] = Facet.Families.UrlOf(FamilyLabels[row.Family]),
            ["lane"] = row.Lane,
            ["lane_label"] = LaneLabels[row.Lane],
            ["category"] = row.Category,
            ["visual"] = row.Visual,
            ["detector"] = row.Detector,
            ["text"] = row.Text,
            ["fusion"] = row.Fusion,
            ["objectives"] = row.Objectives.Select(o => (object?)CompactRecord.From(new()
            {
                ["code"] = o, ["url"] = catalog.Resolve(o)?.Url, ["title"] = catalog.Resolve(o)?.Title ?? o,
            })).ToList(),
            ["params"] = Fact(row.Params),
            ["pretrain_pairs"] = Fact(row.PretrainPairs),
            ["compute"] = Fact(row.Compute),
            ["code"] = row.Code,
            ["url"] = row.Url,
            ["builds_on"] = row.BuildsOn.Select(table.Find).OfType<ModelRow>().Select(Ref).ToList(),
            ["followed_by"] = table.FollowersOf(row.Id).Select(Ref).ToList(),
            ["previous"] = index > 0 ? Ref(table.Rows[index - 1]) : null,
            ["next"] = index >= 0 && index < table.Rows.Count - 1 ? Ref(table.Rows[index + 1]) : null,
            ["results"] = Schema.ResultKeys.Where(k => results.ContainsKey(k.Key)).Select(k => results[k.Key]).ToList(),
            ["result_values"] = results,
            ["bibtex"] = Bibtex.Entry(row),
            ["bibtex_key"] = Bibtex.Key(row),
        });
    }

    private static CompactRecord? Fact(SourcedText? fact) => fact is null ? null : CompactRecord.From(new()
    {
        ["value"] = fact.Value, ["source"] = fact.Source,
    });

    private static CompactRecord Result(ResultKey key, ResultValue value, ModelTable table) => CompactRecord.From(new()
    {
        ["key"] = key.Key,
        ["label"] = key.Label,
        ["task"] = key.Task,
        ["metric"] = key.Metric,
        ["unit"] = key.Unit,
        ["best"] = table.IsBest(key.Key, value.Value),
        ["value"] = value.Value.ToString(CultureInfo.InvariantCulture),
        ["number"] = value.Value,
        ["source"] = value.Source,
        ["note"] = value.Note,
    });
}
