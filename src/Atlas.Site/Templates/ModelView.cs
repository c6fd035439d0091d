using System.Globalization;
using Atlas.Site.Figures.Architecture;
using Atlas.Site.Figures.Taxonomy;
using Atlas.Site.Links;
using Atlas.Site.Model;

namespace Atlas.Site.Templates;

/// <summary>
/// A table row as templates see it: plain dictionaries and lists, links already made. Every field
/// of <see cref="RowFields"/> is there under its own name (as <see cref="Plain"/> makes it), then
/// what the templates derive from them: labels, links, the headline variant, results by series,
/// and the fields of its row in the model tables (<see cref="ModelListing"/>).
/// </summary>
public static class ModelView
{
    /// <summary>The timeline's lanes in order: one per family, two (detector-based, detector-free) for a family with detector_lanes; each in its family's colour.</summary>
    public static IReadOnlyList<(string Key, string Title, string Colour)> Lanes(Vocabulary vocabulary) => vocabulary.Families
        .SelectMany(f => f.DetectorLanes
            ? new[] { ($"{f.Id}-detector", $"{f.Name}, detector-based", f.Colour), ($"{f.Id}-patch", $"{f.Name}, detector-free", f.Colour) }
            : [(f.Id, f.Name, f.Colour)])
        .ToList();

    /// <summary>How a view names another model (builds on, followed by, previous, next): made once per model and shared by every view that names it.</summary>
    public static CompactRecord Ref(ModelRow row) => CompactRecord.From(new()
    {
        ["id"] = row.Id, ["name"] = row.Name, ["url"] = row.Url, ["year"] = row.Date.Year,
    });

    /// <param name="refs">Each model's <see cref="Ref(ModelRow)"/> by id.</param>
    public static CompactRecord Of(ModelRow row, Leaderboard board, Catalog catalog, IReadOnlyDictionary<string, CompactRecord> refs)
    {
        var table = board.Table;
        object Ref(ModelRow other) => refs[other.Id];
        var index = table.IndexOf(row.Id);
        var variants = row.Variants.Select(v => Variant(v, v == row.Headline, row.Results.Any(r => r.Variant == v))).ToList();
        var headline = variants[row.Variants.ToList().IndexOf(row.Headline)];
        var lane = Lanes(table.Vocabulary).First(l => l.Key == row.Lane);
        var derived = new Dictionary<string, object?>
        {
            ["summary"] = catalog.ModelPage(row.Id)?.Summary ?? "",
            ["authors_short"] = row.Authors.Count switch { 0 => "", 1 or 2 => string.Join(" and ", row.Authors), _ => row.Authors[0] + " et al." },
            ["arxiv_url"] = row.ArxivUrl,
            ["date_label"] = row.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            ["lane"] = row.Lane,
            ["lane_label"] = lane.Title,
            // A category without sizes (none) has no bars to show: its name stands alone.
            ["category_glyph"] = row.Category.Ve + row.Category.Te + row.Category.Mi > 0 ? TaxonomySvg.Glyph(row.Category, CategoryBars.MaxSize(table.Vocabulary.Categories)) : "",
            ["architecture_svg"] = ArchitectureSvg.Write(ArchitectureLayout.Layout(row), "architecture", row.Name),
            ["objectives"] = row.Objectives.Select(o => (object?)CompactRecord.From(new()
            {
                ["code"] = o.Name, ["id"] = o.Id, ["url"] = catalog.Resolve(o.Concept)?.Url, ["title"] = o.LongName,
            })).ToList(),
            ["headline"] = headline,
            ["variants"] = variants,
            ["variants_sourced"] = variants.Any(v => v["source"] is not null),
            ["params"] = Plain(row.Headline.Fact("params")),
            ["pretrain_data"] = Plain(row.Headline.Fact("pretrain_data")),
            ["model_index_url"] = ModelIndex.PathOf(row),
            ["builds_on"] = row.BuildsOn.Select(table.Find).OfType<ModelRow>().Select(Ref).ToList(),
            ["followed_by"] = table.FollowersOf(row.Id).Select(Ref).ToList(),
            ["previous"] = index > 0 ? Ref(table.Rows[index - 1]) : null,
            ["next"] = index >= 0 && index < table.Rows.Count - 1 ? Ref(table.Rows[index + 1]) : null,
            ["results"] = ResultGroups(row, table),
            ["ranks"] = StandingsView.Badges(row, board),
            ["bibtex"] = Bibtex.Entry(row),
            ["bibtex_key"] = Bibtex.Key(row),
        };
        foreach (var (key, value) in ModelListing.Fields(row, table.Vocabulary)) derived[key] = value;
        // A field the view derives anew (results by series) is not made plain first: a row's results
        // printed one by one cost seconds at 10,000 rows for text no template reads.
        var view = RowFields.All.ToDictionary(f => f.Name, f => derived.ContainsKey(f.Name) ? null : Plain(row[f.Name]), StringComparer.Ordinal);
        foreach (var (key, value) in derived) view[key] = value;
        return CompactRecord.From(view);
    }

    /// <summary>A field's value as plain template data: text, numbers, lists, {value, source}; vocabulary entries by id.</summary>
    public static object? Plain(object? value) => value switch
    {
        null or string or bool => value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IVocabularyEntry entry => entry.Id,
        SourcedText fact => CompactRecord.From(new() { ["value"] = fact.Value, ["source"] = fact.Source }),
        Model.Variant variant => variant.Id,
        IReadOnlyList<string> texts => texts.ToList<object?>(),
        IReadOnlyList<Objective> objectives => objectives.Select(o => (object?)o.Id).ToList(),
        IEnumerable<object> items => items.Select(Plain).ToList(),
        var other => other.ToString(),
    };

    /// <summary>
    /// A variant for the model page: its <c>source</c> is its own, else its facts' sources, as a row may source each fact instead of the variant.
    /// A variant may have no results (VLMo-Large++, whose numbers could not be checked); the page says so rather than leave the reader looking for them.
    /// </summary>
    private static CompactRecord Variant(Variant variant, bool isHeadline, bool hasResults) => CompactRecord.From(new()
    {
        ["id"] = variant.Id,
        ["name"] = variant.Name,
        ["has_results"] = hasResults,
        ["source"] = variant.Source ?? (RowFields.VariantFacts.Select(f => variant.Fact(f.Name)?.Source).OfType<string>().Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } sources
            ? string.Join("; ", sources) : null),
        ["headline"] = isHeadline,
        ["facts"] = RowFields.VariantFacts.Select(f => (object?)CompactRecord.From(new()
        {
            ["name"] = f.Name, ["label"] = f.Label, ["value"] = variant.Fact(f.Name)?.Value, ["source"] = variant.Fact(f.Name)?.Source,
        })).ToList(),
    });

    /// <summary>The model's results grouped by series, in the table's order of series; within one, the headline variant first.</summary>
    private static List<object?> ResultGroups(ModelRow row, ModelTable table) => row.Results
        .GroupBy(r => r.Series)
        .OrderBy(g => IndexOf(table.Series, g.Key))
        .Select(g => (object?)CompactRecord.From(new()
        {
            ["series"] = g.Key.Id,
            ["anchor"] = ModelRow.ResultsAnchor(g.Key),
            ["label"] = g.Key.Label,
            ["benchmark"] = g.Key.Benchmark.Name,
            ["setting"] = g.Key.SettingLabel,
            ["task"] = g.Key.Benchmark.Task,
            ["task_url"] = $"{g.Key.Benchmark.TaskUrl}#{g.Key.Id}",
            ["unit"] = g.Key.Benchmark.Unit,
            ["results"] = g.OrderBy(r => r.Variant == row.Headline ? 0 : 1).Select(r => (object?)CompactRecord.From(new()
            {
                ["variant"] = r.Variant.Name,
                ["value"] = r.Text,
                ["number"] = r.Value,
                ["best"] = table.Cell(row, g.Key) == r && table.IsBest(g.Key, r.Value),
                ["source"] = r.Source,
                ["note"] = r.Note,
            })).ToList(),
        }))
        .ToList();

    private static int IndexOf(IReadOnlyList<Series> series, Series one)
    {
        for (var i = 0; i < series.Count; i++) if (series[i] == one) return i;
        return -1;
    }
}
