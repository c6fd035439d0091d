using System.Globalization;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Yaml;

namespace Atlas.Site.Model;

/// <summary>
/// Turns the YAML of models.yaml into typed rows, checking each field against the schema.
/// Every problem is a diagnostic at the line and column of the offending value.
/// </summary>
public sealed class ModelTableReader(string path, DiagnosticBag diagnostics, DateOnly today)
{
    private static readonly HashSet<string> KnownFields =
    [
        "id", "name", "aliases", "title", "authors", "arxiv", "date", "venue", "org", "family", "category", "visual",
        "detector", "text", "fusion", "objectives", "params", "pretrain_pairs", "compute", "builds_on", "code", "results",
    ];

    private readonly HashSet<string> _refusedIds = new(StringComparer.Ordinal);

    public ModelTable Read(YamlNode? root)
    {
        if (root is null) return ModelTable.Empty;
        if (root is not YamlSequence sequence)
        {
            Error(root, "models.yaml must be a list of rows (each starting with '- id:')");
            return ModelTable.Empty;
        }
        var rows = new List<ModelRow>();
        var ids = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping map)
            {
                Error(item, "each row of models.yaml must be a mapping of fields");
                continue;
            }
            var row = ReadRow(map);
            if (row is null)
            {
                // Rows that name it must not also be told the id is unknown: its own error says it all.
                if (map["id"] is YamlScalar refused) _refusedIds.Add(refused.Value.Trim());
                continue;
            }
            if (ids.TryGetValue(row.Id, out var first))
            {
                Error(map["id"]!, $"duplicate id '{row.Id}' (first defined on line {first.Position.Line})");
                continue;
            }
            ids[row.Id] = map["id"]!;
            rows.Add(row);
        }
        CheckBuildsOn(sequence, rows);
        return new ModelTable(rows);
    }

    private ModelRow? ReadRow(YamlMapping map)
    {
        foreach (var (key, _) in map.Entries.Where(e => !KnownFields.Contains(e.Key.Value)))
            Error(key, $"unknown field '{key.Value}' (known fields: {string.Join(", ", KnownFields.Order(StringComparer.Ordinal))})");
        var missing = Schema.RequiredFields.Where(f => map[f] is null or YamlScalar { IsNull: true }).ToList();
        foreach (var field in missing)
            Error(map, $"row is missing required field '{field}'");
        if (missing.Count > 0) return null;

        // An id that is not a single value (`id: {x: 1}`) has had its error from Scalar.
        if (Scalar(map, "id") is not { } id) return null;
        if (!Schema.IsSlug(id))
        {
            Error(map["id"]!, $"id '{id}' must be a lowercase slug: letters a-z, digits and single hyphens");
            return null;
        }
        CheckBibtexBraces(map);
        var date = Date(map["date"]!);
        var family = OneOf(map, "family", Schema.Families);
        var category = OneOf(map, "category", Schema.Categories);
        if (date is null || family is null || category is null) return null;

        return new ModelRow
        {
            Id = id,
            Name = Scalar(map, "name")!,
            Aliases = List(map, "aliases"),
            Title = Scalar(map, "title")!,
            Authors = List(map, "authors"),
            Arxiv = Arxiv(map),
            Date = date.Value,
            Venue = Scalar(map, "venue"),
            Org = List(map, "org"),
            Family = family,
            Category = category,
            Visual = Scalar(map, "visual"),
            Detector = Bool(map, "detector"),
            Text = Scalar(map, "text"),
            Fusion = Scalar(map, "fusion"),
            Objectives = Objectives(map),
            Params = Sourced(map, "params"),
            PretrainPairs = Sourced(map, "pretrain_pairs"),
            Compute = Sourced(map, "compute"),
            BuildsOn = List(map, "builds_on"),
            Code = WebUrl(map, "code"),
            Results = Results(map),
            Position = map.Position,
        };
    }

    /// <summary>
    /// The fields atlas.bib exports must have balanced braces: BibTeX counts every brace, escaped
    /// or not, so a stray one ends the field early and what follows becomes fields of its own.
    /// </summary>
    private void CheckBibtexBraces(YamlMapping map)
    {
        var exported = new[] { map["title"], map["venue"] }.Concat((map["authors"] as YamlSequence)?.Items ?? []).OfType<YamlScalar>();
        foreach (var value in exported.Where(v => !Bibtex.HasBalancedBraces(v.Value)))
            Error(value, $"unbalanced braces in '{value.Value}': atlas.bib needs every '{{' closed by a '}}' after it");
    }

    private string? Scalar(YamlMapping map, string field)
    {
        switch (map[field])
        {
            case null or YamlScalar { IsNull: true }: return null;
            case YamlScalar scalar: return scalar.Value.Trim();
            case var other:
                Error(other, $"'{field}' must be a single value, not a list or mapping");
                return null;
        }
    }

    private IReadOnlyList<string> List(YamlMapping map, string field)
    {
        switch (map[field])
        {
            case null or YamlScalar { IsNull: true }: return [];
            case YamlSequence sequence:
                var values = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } s) values.Add(s.Value.Trim());
                    else Error(item, $"each entry of '{field}' must be a single value");
                }
                return values;
            case var other:
                Error(other, $"'{field}' must be a list, e.g. [{((other as YamlScalar)?.Value ?? "value")}]");
                return [];
        }
    }

    private DateOnly? Date(YamlNode node)
    {
        if (node is YamlScalar s && Schema.TryParseDate(s.Value, out var date))
        {
            if (date <= today) return date;
            Error(node, $"date {s.Value} is in the future");
            return null;
        }
        Error(node, $"date must be a real calendar date written YYYY-MM-DD, got '{(node as YamlScalar)?.Value}'");
        return null;
    }

    private string? OneOf(YamlMapping map, string field, IReadOnlyList<string> allowed)
    {
        var value = Scalar(map, field);
        if (value is not null && allowed.Contains(value)) return value;
        Error(map[field]!, $"{field} must be one of {string.Join(" | ", allowed)}, got '{value}'");
        return null;
    }

    private bool Bool(YamlMapping map, string field)
    {
        switch (map[field])
        {
            case null or YamlScalar { IsNull: true }: return false;
            case YamlScalar { Quoted: false, Value: "true" }: return true;
            case YamlScalar { Quoted: false, Value: "false" }: return false;
            case var other:
                Error(other, $"'{field}' must be true or false");
                return false;
        }
    }

    private string? Arxiv(YamlMapping map)
    {
        var value = Scalar(map, "arxiv");
        if (value is null || Schema.IsArxivId(value)) return value;
        Error(map["arxiv"]!, $"arxiv must be an arXiv id such as \"2107.07651\", got '{value}'");
        return null;
    }

    private IReadOnlyList<string> Objectives(YamlMapping map)
    {
        var objectives = List(map, "objectives");
        if (map["objectives"] is YamlSequence sequence)
        {
            foreach (var item in sequence.Items.OfType<YamlScalar>().Where(s => !Schema.Objectives.Contains(s.Value.Trim())))
                Error(item, $"unknown objective '{item.Value}' (use one of {string.Join(", ", Schema.Objectives)})");
        }
        return objectives.Where(Schema.Objectives.Contains).ToList();
    }

    private SourcedText? Sourced(YamlMapping map, string field)
    {
        switch (map[field])
        {
            case null or YamlScalar { IsNull: true }: return null;
            case YamlMapping fact when Scalar(fact, "value") is { Length: > 0 } value && Scalar(fact, "source") is { Length: > 0 } source:
                return new SourcedText(value, source);
            case var other:
                Error(other, $"'{field}' must be null or {{value: ..., source: ...}} naming where the paper states it");
                return null;
        }
    }

    private string? WebUrl(YamlMapping map, string field)
    {
        var value = Scalar(map, field);
        if (value is null || SafeUrl.IsWebUrl(value)) return value;
        Error(map[field]!, $"'{field}' must be an http or https URL, got '{value}'");
        return null;
    }

    private IReadOnlyDictionary<string, ResultValue> Results(YamlMapping map)
    {
        var results = new SortedDictionary<string, ResultValue>(StringComparer.Ordinal);
        switch (map["results"])
        {
            case null or YamlScalar { IsNull: true }: return results;
            case YamlMapping entries:
                foreach (var (key, node) in entries.Entries)
                {
                    if (Schema.FindResultKey(key.Value) is null)
                    {
                        Error(key, $"unknown result key '{key.Value}' (see the content guide's list)");
                        continue;
                    }
                    if (ResultEntry(key.Value, node) is { } result) results[key.Value] = result;
                }
                return results;
            case var other:
                Error(other, "'results' must be a mapping of result keys to {value: ..., source: ...}");
                return results;
        }
    }

    private ResultValue? ResultEntry(string key, YamlNode node)
    {
        if (node is not YamlMapping entry || entry["value"] is not YamlScalar valueNode)
        {
            Error(node, $"result '{key}' must be {{value: <number>, source: \"Table N\"}}");
            return null;
        }
        if (valueNode.Quoted || !decimal.TryParse(valueNode.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Error(valueNode, $"result '{key}' value must be a number as printed in the paper, got '{valueNode.Value}'");
            return null;
        }
        if (value < 0)
        {
            Error(valueNode, $"result '{key}' value must not be negative, got {valueNode.Value}");
            return null;
        }
        var source = Scalar(entry, "source");
        if (string.IsNullOrWhiteSpace(source))
        {
            Error(entry, $"result '{key}' needs a 'source' naming the table or section it comes from");
            return null;
        }
        foreach (var (extra, _) in entry.Entries.Where(e => e.Key.Value is not ("value" or "source" or "note")))
            Error(extra, $"unknown field '{extra.Value}' in result '{key}' (use value, source, note)");
        return new ResultValue(value, source, Scalar(entry, "note"));
    }

    private void CheckBuildsOn(YamlSequence sequence, List<ModelRow> rows)
    {
        var byId = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var nodeOf = sequence.Items.OfType<YamlMapping>()
            .Where(m => m["id"] is YamlScalar)
            .GroupBy(m => ((YamlScalar)m["id"]!).Value.Trim())
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var row in rows)
        {
            var listNode = nodeOf[row.Id]["builds_on"] as YamlSequence;
            for (var i = 0; i < row.BuildsOn.Count; i++)
            {
                var target = row.BuildsOn[i];
                YamlNode at = (YamlNode?)listNode?.Items.ElementAtOrDefault(i) ?? nodeOf[row.Id];
                if (target == row.Id) Error(at, $"'{row.Id}' cannot build on itself");
                else if (!byId.ContainsKey(target) && !_refusedIds.Contains(target)) Error(at, $"builds_on names unknown model id '{target}'");
            }
        }
        foreach (var cycle in BuildsOnCycles(byId))
            Error(nodeOf[cycle[0]]["builds_on"] ?? nodeOf[cycle[0]], $"builds_on forms a cycle: {string.Join(" -> ", cycle)}");
    }

    private static IEnumerable<List<string>> BuildsOnCycles(Dictionary<string, ModelRow> byId)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var found = new List<List<string>>();
        foreach (var id in byId.Keys.Order(StringComparer.Ordinal)) Visit(id);
        return found;

        void Visit(string id)
        {
            if (done.Contains(id)) return;
            var index = path.IndexOf(id);
            if (index >= 0)
            {
                found.Add([.. path.Skip(index), id]);
                return;
            }
            path.Add(id);
            foreach (var next in byId[id].BuildsOn.Where(n => n != id && byId.ContainsKey(n))) Visit(next);
            path.RemoveAt(path.Count - 1);
            done.Add(id);
        }
    }

    private void Error(YamlNode node, string message) => diagnostics.Error(path, node.Position.Line, node.Position.Column, message);
}
