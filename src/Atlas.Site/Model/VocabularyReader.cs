using Atlas.Site.Diagnostics;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Yaml;

namespace Atlas.Site.Model;

/// <summary>
/// Reads one vocabulary file (a list of entries, each a mapping with an id) into typed entries.
/// Which file it is comes from its name (<see cref="Files"/>); every problem is reported at its
/// line and column, and an entry with a problem is left out.
/// </summary>
public sealed class VocabularyReader(string path, DiagnosticBag diagnostics)
{
    private readonly FieldReader _fields = new(path, diagnostics);

    /// <summary>Each vocabulary file by its name in input/data/, with its fields (required first) and how an entry is made.</summary>
    public static readonly IReadOnlyDictionary<string, (string[] Required, string[] Optional)> Files = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal)
    {
        ["benchmarks"] = (["id", "name", "dataset", "split", "task", "metric", "unit", "range", "higher_is_better", "settings"], ["cider_optimisation", "headline", "description"]),
        ["settings"] = (["id", "name"], ["description"]),
        ["families"] = (["id", "name", "lane", "colour"], ["description", "detector_lanes"]),
        ["objectives"] = (["id", "name", "concept"], ["long_name"]),
        ["categories"] = (["id", "name", "ve", "te", "mi"], ["description"]),
    };

    /// <summary>The vocabulary of a site's data folder read straight from its files, as <c>new</c> needs it outside a build.</summary>
    public static Vocabulary ReadFolder(string dataFolder, Func<string, string> displayPathOf, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, (string, IReadOnlyList<IVocabularyEntry>)>(StringComparer.Ordinal);
        foreach (var name in Files.Keys)
        {
            var path = new[] { ".yaml", ".yml" }.Select(ext => Path.Combine(dataFolder, name + ext)).FirstOrDefault(File.Exists);
            if (path is null) continue;
            var display = displayPathOf(path);
            var root = YamlReader.Read(File.ReadAllText(path), display, diagnostics);
            files[name] = (display, new VocabularyReader(display, diagnostics).Read(name, root));
        }
        return new Vocabulary(files);
    }

    public IReadOnlyList<IVocabularyEntry> Read(string name, YamlNode? root)
    {
        if (root is null) return [];
        if (root is not YamlSequence sequence)
        {
            _fields.Error(Codes.TableNotList, root, $"{name}.yaml must be a list of entries (each starting with '- id:')");
            return [];
        }
        var (required, optional) = Files[name];
        var entries = new List<IVocabularyEntry>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping map)
            {
                _fields.Error(Codes.EntryNotMapping, item, $"each entry of {name}.yaml must be a mapping of fields");
                continue;
            }
            _fields.UnknownFields(map, [.. required, .. optional], $"{name}.yaml");
            if (!_fields.HasRequired(map, required, "entry")) continue;
            if (_fields.Slug(map, "id") is not { } id) continue;
            if (ids.TryGetValue(id, out var line))
            {
                _fields.Error(Codes.DuplicateId, map["id"]!, $"duplicate id '{id}' (first defined on line {line})");
                continue;
            }
            ids[id] = map["id"]!.Position.Line;
            if (Entry(name, id, map) is { } entry) entries.Add(entry);
        }
        return entries;
    }

    private IVocabularyEntry? Entry(string file, string id, YamlMapping map)
    {
        var name = _fields.Text(map, "name")!;
        var description = _fields.Text(map, "description") ?? "";
        switch (file)
        {
            case "benchmarks":
                var range = Range(map);
                var settings = _fields.TextList(map, "settings");
                if (range is null) return null;
                if (settings.Count == 0) _fields.Error(Codes.VocabularyInvalid, map["settings"]!, "'settings' must list at least one setting the benchmark admits");
                var headline = _fields.Text(map, "headline");
                if (headline is not null && !settings.Contains(headline))
                {
                    _fields.Error(Codes.VocabularyInvalid, map["headline"]!, $"headline '{headline}' is not a setting the benchmark admits ({string.Join(" | ", settings)})");
                    headline = null;
                }
                return new Benchmark(id, name, _fields.Text(map, "dataset")!, _fields.Text(map, "split")!, _fields.Text(map, "task")!,
                    _fields.Text(map, "metric")!, _fields.Text(map, "unit")!, range.Value.Min, range.Value.Max, _fields.Bool(map, "higher_is_better"),
                    settings, _fields.Bool(map, "cider_optimisation"), headline, description, map.Position);
            case "settings":
                return new Setting(id, name, description, map.Position);
            case "families":
                var lane = _fields.Integer(map, "lane", 0, 1000);
                var colour = _fields.Text(map, "colour")!;
                if (!IsColour(colour))
                {
                    _fields.Error(Codes.VocabularyInvalid, map["colour"]!, $"colour must be a hex colour such as \"#2b6cb0\", got '{colour}'");
                    return null;
                }
                return lane is null ? null : new Family(id, name, description, lane.Value, colour, _fields.Bool(map, "detector_lanes"), map.Position);
            case "objectives":
                return new Objective(id, name, _fields.Text(map, "long_name") ?? name, _fields.Text(map, "concept")!, map.Position);
            default:
                var (ve, te, mi) = (_fields.Integer(map, "ve", 0, 3), _fields.Integer(map, "te", 0, 3), _fields.Integer(map, "mi", 0, 3));
                return ve is null || te is null || mi is null ? null : new Category(id, name, description, ve.Value, te.Value, mi.Value, map.Position);
        }
    }

    private (decimal Min, decimal Max)? Range(YamlMapping map)
    {
        if (map["range"] is YamlSequence { Items.Count: 2 } pair
            && _fields.Number(pair.Items[0], "range") is { } min && _fields.Number(pair.Items[1], "range") is { } max && min < max)
            return (min, max);
        _fields.Error(Codes.VocabularyInvalid, map["range"]!, "range must be [lowest, highest], two numbers, lowest first");
        return null;
    }

    private static bool IsColour(string value) => value.Length == 7 && value[0] == '#' && value[1..].All(Uri.IsHexDigit);
}
