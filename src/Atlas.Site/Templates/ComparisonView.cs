using System.Globalization;
using Atlas.Site.Model;

namespace Atlas.Site.Templates;

/// <summary>
/// The comparison page as plain data: one entry per row with its sourced cells in column
/// order (facts: parameters, pre-training data, compute; then one per result key, null when absent), the footnote number of every sourced cell (counted down the table, oldest model
/// first), the sources those numbers point to, and the choices of the table's filters.
/// Which value is best in a result column is decided here, once, not in the browser.
/// </summary>
public static class ComparisonView
{
    public static readonly IReadOnlyDictionary<string, string> CategoryLabels = new Dictionary<string, string>
    {
        ["a"] = "(a) VE > TE > MI",
        ["b"] = "(b) VE = TE > MI",
        ["c"] = "(c) VE > MI > TE",
        ["d"] = "(d) MI > VE = TE",
        ["none"] = "none of (a)–(d)",
    };

    public static Dictionary<string, object?> Of(ModelTable table, IReadOnlyDictionary<string, CompactRecord> views)
    {
        var sources = new List<object?>();
        var rows = table.Rows.Select(row =>
        {
            // One dictionary serves as the cell and as its entry in the list of sources: at ten
            // thousand models, separate ones were a hundred thousand more objects to hold.
            CompactRecord Sourced(string column, string text, string source, string? note, bool best = false)
            {
                var cell = CompactRecord.From(new()
                {
                    ["text"] = text, ["n"] = sources.Count + 1, ["source"] = source, ["best"] = best,
                    ["model"] = row.Name, ["model_url"] = row.Url, ["column"] = column, ["note"] = note,
                });
                sources.Add(cell);
                return cell;
            }
            CompactRecord? Fact(string column, SourcedText? fact) => fact is null ? null : Sourced(column, fact.Value, fact.Source, null);

            return (object?)CompactRecord.From(new()
            {
                ["model"] = views[row.Id],
                ["objective_codes"] = string.Join(" ", row.Objectives),
                ["facts"] = new List<object?>
                {
                    Fact("Parameters", row.Params), Fact("Pre-training data", row.PretrainPairs), Fact("Compute", row.Compute),
                },
                ["results"] = Schema.ResultKeys
                    .Select(k => row.Results.TryGetValue(k.Key, out var r)
                        ? (object?)Sourced(k.Label, r.Value.ToString(CultureInfo.InvariantCulture), r.Source, r.Note, table.IsBest(k.Key, r.Value))
                        : null)
                    .ToList(),
            });
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["rows"] = rows,
            ["sources"] = sources,
            ["families"] = Choices(Schema.Families.Where(f => table.Rows.Any(r => r.Family == f)), f => ModelView.FamilyLabels[f]),
            ["categories"] = Choices(Schema.Categories.Where(c => table.Rows.Any(r => r.Category == c)), c => CategoryLabels[c]),
            ["objectives"] = Choices(Schema.Objectives.Where(o => table.Rows.Any(r => r.Objectives.Contains(o))), o => o),
            ["years"] = table.Rows.Select(r => r.Date.Year).Distinct().Order().Select(y => (object?)y).ToList(),
        };
    }

    private static List<object?> Choices(IEnumerable<string> values, Func<string, string> label) =>
        values.Select(v => (object?)new Dictionary<string, object?> { ["value"] = v, ["label"] = label(v) }).ToList();
}
