namespace Atlas.Site.Model;

/// <summary>
/// All rows of the comparison table, oldest first (ties by id), with lookups by id, the
/// vocabulary they were read against, and their results by series.
/// </summary>
public sealed class ModelTable
{
    /// <summary>The table's file under data/ without its extension (models.yaml); its data pipeline document carries this <c>data_name</c>.</summary>
    public const string DataName = "models";

    public static readonly ModelTable Empty = new([], Vocabulary.Empty);

    private readonly Dictionary<string, int> _indexById;
    private readonly ILookup<string, ModelRow> _followers;
    private readonly Dictionary<(string Model, Series Series), Result> _cells = [];
    private readonly Dictionary<Series, decimal> _best = [];

    public ModelTable(IEnumerable<ModelRow> rows, Vocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        Rows = rows.OrderBy(r => r.Date).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        _indexById = Rows.Select((row, index) => (row.Id, index)).ToDictionary(r => r.Id, r => r.index, StringComparer.Ordinal);
        _followers = Rows.SelectMany(r => r.BuildsOn.Distinct(StringComparer.Ordinal).Select(target => (Target: target, Row: r)))
            .ToLookup(f => f.Target, f => f.Row, StringComparer.Ordinal);
        var benchmarkOrder = vocabulary.Benchmarks.Select((b, i) => (b.Id, i)).ToDictionary(b => b.Id, b => b.i, StringComparer.Ordinal);
        var settingOrder = vocabulary.Settings.Select((s, i) => (s.Id, i)).ToDictionary(s => s.Id, s => s.i, StringComparer.Ordinal);
        Series = Rows.SelectMany(r => r.Results).Select(r => r.Series).Distinct()
            .OrderBy(s => benchmarkOrder[s.Benchmark.Id]).ThenBy(s => settingOrder[s.Setting.Id])
            .ThenBy(s => s.From, StringComparer.Ordinal).ThenBy(s => s.Shots).ThenBy(s => s.CiderOptimised)
            .ToList();
        foreach (var row in Rows)
        {
            foreach (var group in row.Results.GroupBy(r => r.Series))
            {
                var cell = Shown(row, group);
                _cells[(row.Id, group.Key)] = cell;
                _best[group.Key] = _best.TryGetValue(group.Key, out var best) ? Better(group.Key, best, cell.Value) : cell.Value;
            }
        }
    }

    public Vocabulary Vocabulary { get; }

    public IReadOnlyList<ModelRow> Rows { get; }

    /// <summary>Every series that has a result, in the order of benchmarks.yaml, then of settings.yaml.</summary>
    public IReadOnlyList<Series> Series { get; }

    /// <summary>What the comparison table, the charts and "best" show for a model in a series (see <see cref="ShownRule"/>), or null.</summary>
    public Result? Cell(ModelRow row, Series series) => _cells.GetValueOrDefault((row.Id, series));

    /// <summary>The rule that picks a model's number in a series, as the comparison page states it.</summary>
    public const string ShownRule = "the headline variant's result when the paper reports one in that column, else the best result among the model's other variants (its variant is then named in the cell)";

    /// <summary>True when no model shows a better value in the series; ties are all best.</summary>
    public bool IsBest(Series series, decimal value) => _best.TryGetValue(series, out var best) && value == best;

    public ModelRow? Find(string id) => _indexById.TryGetValue(id, out var index) ? Rows[index] : null;

    /// <summary>Where the row with this id stands in <see cref="Rows"/>, or -1.</summary>
    public int IndexOf(string id) => _indexById.GetValueOrDefault(id, -1);

    /// <summary>Rows that name <paramref name="id"/> in their builds_on, oldest first.</summary>
    public IEnumerable<ModelRow> FollowersOf(string id) => _followers[id];

    private static Result Shown(ModelRow row, IEnumerable<Result> results)
    {
        var list = results.ToList();
        return list.FirstOrDefault(r => r.Variant == row.Headline)
            ?? (list[0].Benchmark.HigherIsBetter ? list.MaxBy(r => r.Value) : list.MinBy(r => r.Value))!;
    }

    private static decimal Better(Series series, decimal a, decimal b) => series.Benchmark.HigherIsBetter ? Math.Max(a, b) : Math.Min(a, b);
}
