namespace Atlas.Site.Model;

/// <summary>
/// One model's place in a series: its best result among its variants, its rank (models with
/// the same value share it), whether it shares it, and how many models the series ranks.
/// </summary>
public sealed record Standing(int Rank, bool Tied, int Of, ModelRow Row, Result Result);

/// <summary>
/// Every series of the table ranked once: one entry per model (its best variant, the headline
/// variant when two of its variants tie), best first in the benchmark's own direction, models
/// with equal values sharing a rank (1, 1, 3) and listed oldest first. A ranking never mixes two
/// series, so a zero-shot number and a fine-tuned one are never ranked against each other.
/// </summary>
public sealed class Leaderboard
{
    private readonly Dictionary<Series, IReadOnlyList<Standing>> _bySeries = [];
    private readonly Dictionary<string, List<Standing>> _byModel = new(StringComparer.Ordinal);

    public Leaderboard(ModelTable table)
    {
        Table = table;
        var entries = table.Rows
            .SelectMany(row => row.Results.GroupBy(r => r.Series).Select(g => (Row: row, Best: BestOf(row, g))))
            .GroupBy(e => e.Best.Series);
        foreach (var series in entries)
        {
            // Rows are oldest first and the sort is stable, so equal values stay oldest first.
            var ordered = series.Key.Benchmark.HigherIsBetter
                ? series.OrderByDescending(e => e.Best.Value).ToList()
                : series.OrderBy(e => e.Best.Value).ToList();
            var standings = new List<Standing>(ordered.Count);
            for (var i = 0; i < ordered.Count; i++)
            {
                var value = ordered[i].Best.Value;
                var tiedAbove = i > 0 && ordered[i - 1].Best.Value == value;
                var tiedBelow = i + 1 < ordered.Count && ordered[i + 1].Best.Value == value;
                var rank = tiedAbove ? standings[i - 1].Rank : i + 1;
                var tied = tiedAbove || tiedBelow;
                standings.Add(new Standing(rank, tied, ordered.Count, ordered[i].Row, ordered[i].Best));
            }
            _bySeries[series.Key] = standings;
            foreach (var standing in standings)
            {
                if (!_byModel.TryGetValue(standing.Row.Id, out var list)) _byModel[standing.Row.Id] = list = [];
                list.Add(standing);
            }
        }
        var order = table.Series.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        foreach (var list in _byModel.Values) list.Sort((a, b) => order[a.Result.Series].CompareTo(order[b.Result.Series]));
    }

    public ModelTable Table { get; }

    /// <summary>The series' standings, best first; empty for a series without results.</summary>
    public IReadOnlyList<Standing> Of(Series series) => _bySeries.GetValueOrDefault(series) ?? [];

    /// <summary>The models that hold rank 1 in the series: the state of the art, several when they tie.</summary>
    public IEnumerable<Standing> Leaders(Series series) => Of(series).TakeWhile(s => s.Rank == 1);

    /// <summary>A model's place in every series it has a result in, in the table's order of series.</summary>
    public IReadOnlyList<Standing> Of(ModelRow row) => _byModel.GetValueOrDefault(row.Id) ?? [];

    private static Result BestOf(ModelRow row, IEnumerable<Result> results)
    {
        var list = results.ToList();
        var best = list[0].Benchmark.HigherIsBetter ? list.Max(r => r.Value) : list.Min(r => r.Value);
        var top = list.Where(r => r.Value == best).ToList();
        return top.FirstOrDefault(r => r.Variant == row.Headline) ?? top[0];
    }
}
