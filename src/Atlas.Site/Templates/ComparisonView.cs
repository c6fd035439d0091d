using Atlas.Site.Documents;
using Atlas.Site.Model;

namespace Atlas.Site.Templates;

/// <summary>
/// The comparison page as plain data: its fact columns (the headline variant's sourced facts,
/// then compute) and result columns (one per series that has a result), one entry per row with
/// its sourced cells in column order (null when absent), the footnote number of every sourced
/// cell (counted down the table, oldest model first), the sources those numbers point to, and
/// the choices of the table's filters. Which number a cell shows, and which is best in a
/// column, is decided by <see cref="ModelTable"/>, once, not in the browser.
/// Each view is a page of its own, holding only its column groups and their sources, so it
/// works without JavaScript; the default view's page also holds the hidden groups, because the
/// side-by-side view (its form submits there) turns any of them. At 10,000 models the four pages
/// as four copies of the whole table were 144 MB.
/// </summary>
public static class ComparisonView
{
    /// <summary>One way to read the table: its page and the column groups it holds (classes g-id, g-arch, g-data, g-top, g-more).</summary>
    public sealed record View(string PageId, string Label, string Url, string Title, string Summary, IReadOnlyList<string> Groups)
    {
        /// <summary>The page the build generates for the view, drawn by the comparison layout.</summary>
        public GeneratedPage Page => new(Id: PageId, Title: Title, Url: Url, Layout: "comparison", Summary: Summary);
    }

    private static readonly string[] AllGroups = ["g-id", "g-arch", "g-data", "g-top", "g-more"];

    /// <summary>The views, the default first; each is one generated page.</summary>
    public static readonly IReadOnlyList<View> Views =
    [
        new("compare", "Results", "compare/", "Comparison table", "Every model's results on the most reported benchmarks, best marked, with their sources.", AllGroups),
        new("compare-all-results", "All results", "compare/results/", "Comparison: all results", "Every model's result in every benchmark and setting, with their sources.", ["g-top", "g-more"]),
        new("compare-architecture", "Architecture", "compare/architecture/", "Comparison: architecture", "Every model's architecture and pre-training objectives side by side.", ["g-id", "g-arch"]),
        new("compare-data", "Data and compute", "compare/data/", "Comparison: data and compute", "Every model's parameters, pre-training data and compute, with their sources.", ["g-id", "g-data"]),
    ];

    /// <summary>
    /// The groups of columns a view's table heads with one cell each, with how many columns each
    /// spans: the model's name (with date, venue and organisation where the view shows identity),
    /// architecture, objectives, data and compute, results.
    /// </summary>
    private static List<object?> ColumnGroups(View view, int factColumns, int resultColumns)
    {
        var groups = new List<(string Label, int Span)> { ("Identity", view.Groups.Contains("g-id") ? 4 : 1) };
        if (view.Groups.Contains("g-arch")) groups.AddRange([("Architecture", 6), ("Objectives", 1)]);
        if (view.Groups.Contains("g-data")) groups.Add(("Data and compute", factColumns));
        if (view.Groups.Contains("g-top")) groups.Add(("Results", resultColumns));
        return groups.Select(g => (object?)CompactRecord.From(new() { ["label"] = g.Label, ["span"] = g.Span })).ToList();
    }

    /// <summary>How many result columns the Results view shows: as many as fit 1280 px beside the model names.</summary>
    public const int DefaultResultColumns = 8;

    /// <summary>The bar behind a number has this many lengths (a class each in the style sheet).</summary>
    private const int BarSteps = 10;

    public static Dictionary<string, object?> Of(ModelTable table, IReadOnlyDictionary<string, CompactRecord> views)
    {
        var sources = new List<object?>();
        // The most reported series are the Results view's columns; ties keep the benchmarks' order.
        var shown = table.Series
            .Select((s, i) => (Series: s, Index: i, Count: table.Rows.Count(r => table.Cell(r, s) is not null)))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Index)
            .Take(DefaultResultColumns).Select(s => s.Series).ToHashSet();
        var ranges = table.Series.ToDictionary(s => s, s => Range(table, s));
        var factColumns = RowFields.VariantFacts.Select(f => f.Label).Append("Compute").ToList();
        var rows = table.Rows.Select(row =>
        {
            // One dictionary serves as the cell and as its entry in the list of sources: at ten
            // thousand models, separate ones were a hundred thousand more objects to hold.
            CompactRecord Sourced(string column, string text, string source, string? note, bool best = false, string? variant = null, int bar = 0, string? group = null)
            {
                var cell = CompactRecord.From(new()
                {
                    ["text"] = text, ["n"] = sources.Count + 1, ["source"] = source, ["best"] = best,
                    ["model"] = row.Name, ["model_url"] = row.Url, ["column"] = column, ["note"] = note, ["variant"] = variant,
                    ["bar"] = bar, ["group"] = group,
                });
                sources.Add(cell);
                return cell;
            }
            CompactRecord? Fact(string column, SourcedText? fact) => fact is null ? null : Sourced(column, fact.Value, fact.Source, null, group: "g-data");

            return (object?)CompactRecord.From(new()
            {
                ["model"] = views[row.Id],
                ["objective_codes"] = string.Join(" ", row.Objectives.Select(o => o.Id)),
                ["facts"] = RowFields.VariantFacts.Select(f => (object?)Fact(f.Label, row.Headline.Fact(f.Name))).Append(Fact("Compute", row.Compute)).ToList(),
                ["results"] = table.Series
                    .Select(s => table.Cell(row, s) is { } r
                        ? (object?)Sourced(s.Label, r.Text, r.Source, r.Note, table.IsBest(s, r.Value), r.Variant == row.Headline ? null : r.Variant.Name,
                            Bar(s, r.Value, ranges[s]), shown.Contains(s) ? "g-top" : "g-more")
                        : null)
                    .ToList(),
            });
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["rows"] = rows,
            ["sources"] = sources,
            ["fact_columns"] = factColumns.Select(c => (object?)c).ToList(),
            ["columns"] = table.Series.Select(s => (object?)new Dictionary<string, object?>
            {
                ["id"] = s.Id, ["benchmark"] = s.Benchmark.Name, ["setting"] = s.SettingLabel, ["unit"] = s.Benchmark.Unit, ["label"] = s.Label,
                ["group"] = shown.Contains(s) ? "g-top" : "g-more", ["better"] = s.Benchmark.HigherIsBetter ? "higher" : "lower",
            }).ToList(),
            ["views"] = Views.Select(v => (object?)new Dictionary<string, object?>
            {
                ["page_id"] = v.PageId, ["label"] = v.Label, ["url"] = v.Url, ["groups"] = v.Groups.Select(g => (object?)g).ToList(),
                ["column_groups"] = ColumnGroups(v, factColumns.Count, table.Series.Count),
            }).ToList(),
            ["default_columns"] = DefaultResultColumns,
            ["rule"] = ModelTable.ShownRule,
            ["families"] = Choices(table.Vocabulary.Families.Where(f => table.Rows.Any(r => r.Family == f))),
            ["categories"] = Choices(table.Vocabulary.Categories.Where(c => table.Rows.Any(r => r.Category == c))),
            ["objectives"] = Choices(table.Vocabulary.Objectives.Where(o => table.Rows.Any(r => r.Objectives.Contains(o)))),
            ["years"] = table.Rows.Select(r => r.Date.Year).Distinct().Order().Select(y => (object?)y).ToList(),
        };
    }

    /// <summary>The lowest and highest value shown in a series' column.</summary>
    private static (decimal Low, decimal High) Range(ModelTable table, Series series)
    {
        var values = table.Rows.Select(r => table.Cell(r, series)?.Value).OfType<decimal>().ToList();
        return (values.Min(), values.Max());
    }

    /// <summary>
    /// The length of a number's bar, 1 to <see cref="BarSteps"/>: the best value in the column
    /// gets the longest, the worst the shortest (a step, so that it still shows), whichever
    /// way the benchmark counts better.
    /// </summary>
    private static int Bar(Series series, decimal value, (decimal Low, decimal High) range)
    {
        var span = range.High - range.Low;
        var fraction = span == 0 ? 1m : (value - range.Low) / span;
        if (!series.Benchmark.HigherIsBetter) fraction = 1 - fraction;
        return 1 + (int)Math.Round(fraction * (BarSteps - 1));
    }

    private static List<object?> Choices(IEnumerable<IVocabularyEntry> entries) =>
        entries.Select(e => (object?)new Dictionary<string, object?> { ["value"] = e.Id, ["label"] = e.Name }).ToList();
}
