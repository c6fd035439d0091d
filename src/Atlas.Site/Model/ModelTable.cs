namespace Atlas.Site.Model;

/// <summary>All rows of the comparison table, oldest first (ties by id), with lookups by id.</summary>
public sealed class ModelTable
{
    public static readonly ModelTable Empty = new([]);

    private readonly Dictionary<string, int> _indexById;
    private readonly ILookup<string, ModelRow> _followers;

    public ModelTable(IEnumerable<ModelRow> rows)
    {
        Rows = rows.OrderBy(r => r.Date).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        _indexById = Rows.Select((row, index) => (row.Id, index)).ToDictionary(r => r.Id, r => r.index, StringComparer.Ordinal);
        _followers = Rows.SelectMany(r => r.BuildsOn.Distinct(StringComparer.Ordinal).Select(target => (Target: target, Row: r)))
            .ToLookup(f => f.Target, f => f.Row, StringComparer.Ordinal);
        BestResults = Rows.SelectMany(r => r.Results)
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(r => r.Value.Value), StringComparer.Ordinal);
    }

    public IReadOnlyList<ModelRow> Rows { get; }

    /// <summary>The highest value reported for each result key (every result column is higher-is-better).</summary>
    public IReadOnlyDictionary<string, decimal> BestResults { get; }

    /// <summary>True when no row reports a higher value for this key; ties are all best.</summary>
    public bool IsBest(string key, decimal value) => BestResults.TryGetValue(key, out var best) && value == best;

    public ModelRow? Find(string id) => _indexById.TryGetValue(id, out var index) ? Rows[index] : null;

    /// <summary>Where the row with this id stands in <see cref="Rows"/>, or -1.</summary>
    public int IndexOf(string id) => _indexById.GetValueOrDefault(id, -1);

    /// <summary>Rows that name <paramref name="id"/> in their builds_on, oldest first.</summary>
    public IEnumerable<ModelRow> FollowersOf(string id) => _followers[id];
}
