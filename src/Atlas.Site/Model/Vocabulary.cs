namespace Atlas.Site.Model;

/// <summary>
/// Everything rows may name, as input/data/ defines it: benchmarks, settings, families,
/// objectives and the ViLT categories, each in its file's order. C# holds none of these lists.
/// </summary>
public sealed class Vocabulary
{
    public static readonly Vocabulary Empty = new(new Dictionary<string, (string, IReadOnlyList<IVocabularyEntry>)>());

    private readonly IReadOnlyDictionary<string, (string Path, IReadOnlyList<IVocabularyEntry> Entries)> _files;

    /// <param name="files">Each file read, by its name in input/data/ ("benchmarks", ...), with its display path.</param>
    public Vocabulary(IReadOnlyDictionary<string, (string Path, IReadOnlyList<IVocabularyEntry> Entries)> files)
    {
        _files = files;
        Benchmarks = Of<Benchmark>("benchmarks");
        Settings = Of<Setting>("settings");
        Families = Of<Family>("families").OrderBy(f => f.Lane).ToList();
        Objectives = Of<Objective>("objectives");
        Categories = Of<Category>("categories");
    }

    public IReadOnlyList<Benchmark> Benchmarks { get; }
    public IReadOnlyList<Setting> Settings { get; }
    public IReadOnlyList<Family> Families { get; }
    public IReadOnlyList<Objective> Objectives { get; }
    public IReadOnlyList<Category> Categories { get; }

    /// <summary>The display path of a vocabulary file, for diagnostics; input/data/&lt;name&gt;.yaml when the site has none.</summary>
    public string PathOf(string file) => _files.TryGetValue(file, out var f) ? f.Path : $"input/data/{file}.yaml";

    public Benchmark? Benchmark(string id) => Benchmarks.FirstOrDefault(b => b.Id == id);
    public Setting? Setting(string id) => Settings.FirstOrDefault(s => s.Id == id);
    public Family? Family(string id) => Families.FirstOrDefault(f => f.Id == id);
    public Objective? Objective(string id) => Objectives.FirstOrDefault(o => o.Id == id);
    public Category? Category(string id) => Categories.FirstOrDefault(c => c.Id == id);

    /// <summary>The ids a field may take, for a message: "dual-encoder | fusion-encoder | ...".</summary>
    public static string Choices(IEnumerable<IVocabularyEntry> entries) => string.Join(" | ", entries.Select(e => e.Id));

    private List<T> Of<T>(string file) => _files.TryGetValue(file, out var f) ? f.Entries.OfType<T>().ToList() : [];
}
