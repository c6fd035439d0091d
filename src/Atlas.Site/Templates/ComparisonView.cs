using Atlas.Site.Model;

namespace Atlas.Site.Templates;

/// <summary>
/// The comparison page as plain data: its fact columns (the headline variant's sourced facts,
/// then compute) and result columns (one per series that has a result), one entry per row with
/// its sourced cells in column order (null when absent), the footnote number of every sourced
/// cell (counted down the table, oldest model first), the sources those numbers point to, and
/// the choices of the table's filters. Which number a cell shows, and which is best in a
/// column, is decided by <see cref="ModelTable"/>, once, not in the browser.
/// </summary>
public static class ComparisonView
{
    public static Dictionary<string, object?> Of(ModelTable table, IReadOnlyDictionary<string, CompactRecord> views)
    {
        var sources = new List<object?>();
        var factColumns = RowFields.VariantFacts.Select(f => f.Label).Append("Compute").ToList();
        var rows = table.Rows.Select(row =>
        {
            // One dictionary serves as the cell and as its entry in the list of sources: at ten
            // thousand models, separate ones were a hundred thousand more objects to hold.
            CompactRecord Sourced(string column, string text, string source, string? note, bool best = false, string? variant = null)
            {
                var cell = CompactRecord.From(new()
                {
                    ["text"] = text, ["n"] = sources.Count + 1, ["source"] = source, ["best"] = best,
                    ["model"] = row.Name, ["model_url"] = row.Url, ["column"] = column, ["note"] = note, ["variant"] = variant,
                });
                sources.Add(cell);
                return cell;
            }
            CompactRecord? Fact(string column, SourcedText? fact) => fact is null ? null : Sourced(column, fact.Value, fact.Source, null);

            return (object?)CompactRecord.From(new()
            {
                ["model"] = views[row.Id],
                ["objective_codes"] = string.Join(" ", row.Objectives.Select(o => o.Id)),
                ["facts"] = RowFields.VariantFacts.Select(f => (object?)Fact(f.Label, row.Headline.Fact(f.Name))).Append(Fact("Compute", row.Compute)).ToList(),
                ["results"] = table.Series
                    .Select(s => table.Cell(row, s) is { } r
                        ? (object?)Sourced(s.Label, r.Text, r.Source, r.Note, table.IsBest(s, r.Value), r.Variant == row.Headline ? null : r.Variant.Name)
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
            }).ToList(),
            ["rule"] = ModelTable.ShownRule,
            ["families"] = Choices(table.Vocabulary.Families.Where(f => table.Rows.Any(r => r.Family == f))),
            ["categories"] = Choices(table.Vocabulary.Categories.Where(c => table.Rows.Any(r => r.Category == c))),
            ["objectives"] = Choices(table.Vocabulary.Objectives.Where(o => table.Rows.Any(r => r.Objectives.Contains(o)))),
            ["years"] = table.Rows.Select(r => r.Date.Year).Distinct().Order().Select(y => (object?)y).ToList(),
        };
    }

    private static List<object?> Choices(IEnumerable<IVocabularyEntry> entries) =>
        entries.Select(e => (object?)new Dictionary<string, object?> { ["value"] = e.Id, ["label"] = e.Name }).ToList();
}
