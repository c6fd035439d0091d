namespace Atlas.Site.Model;

/// <summary>All rows of the comparison table, oldest first (ties by id), with lookups by id.</summary>
public sealed class ModelTable
{
    public static readonly ModelTable Empty = new([]);

    private readonly Dictionary<string, ModelRow> _byId;

    public ModelTable(IEnumerable<ModelRow> rows)
    {
        Rows = rows.OrderBy(r => r.Date).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        _byId = Rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<ModelRow> Rows { get; }

    public ModelRow? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Rows that name <paramref name="id"/> in their builds_on, oldest first.</summary>
    public IEnumerable<ModelRow> FollowersOf(string id) => Rows.Where(r => r.BuildsOn.Contains(id));
}
