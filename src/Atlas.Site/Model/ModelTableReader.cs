using Atlas.Site.Diagnostics;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Yaml;

namespace Atlas.Site.Model;

/// <summary>
/// Turns the YAML of models.yaml into typed rows, each field read as <see cref="RowFields"/>
/// declares it and checked against the <see cref="Vocabulary"/>. Every problem is a
/// diagnostic at the line and column of the offending value. An organisation names a page of
/// its own, so <paramref name="organisationProblem"/> (the facet's rule, from the layer that
/// draws facet pages: <c>new FacetValueSlugs(Facet.Organisations).Add</c>) says what is wrong
/// with one written at a place, or null.
/// </summary>
public sealed class ModelTableReader(string path, DiagnosticBag diagnostics, DateOnly today, Vocabulary vocabulary, Func<string, string, string?> organisationProblem)
{
    private static readonly IReadOnlyList<string> KnownFields = RowFields.All.Select(f => f.Name).ToList();
    private static readonly IReadOnlyList<string> VariantFields = ["id", "name", "source", .. RowFields.VariantFacts.Select(f => f.Name)];
    private static readonly IReadOnlyList<string> ResultFieldNames = RowFields.ResultFields.Select(f => f.Name).ToList();

    private readonly FieldReader _fields = new(path, diagnostics);
    private readonly HashSet<string> _refusedIds = new(StringComparer.Ordinal);

    /// <summary>Every id, name and alias so far, ignoring case, with the row and line that first used it.</summary>
    private readonly Dictionary<string, (string Name, string RowId, int Line)> _names = new(StringComparer.OrdinalIgnoreCase);

    public ModelTable Read(YamlNode? root)
    {
        if (root is null) return new ModelTable([], vocabulary);
        if (root is not YamlSequence sequence)
        {
            _fields.Error(Codes.TableNotList, root, "models.yaml must be a list of rows (each starting with '- id:')");
            return new ModelTable([], vocabulary);
        }
        var rows = new List<ModelRow>();
        var ids = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping map)
            {
                _fields.Error(Codes.EntryNotMapping, item, "each row of models.yaml must be a mapping of fields");
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
                _fields.Error(Codes.DuplicateId, map["id"]!, $"duplicate id '{row.Id}' (first defined on line {first.Position.Line})");
                continue;
            }
            ids[row.Id] = map["id"]!;
            CheckNames(map, row);
            CheckOrganisations(map, row);
            rows.Add(row);
        }
        CheckBuildsOn(sequence, rows);
        return new ModelTable(rows, vocabulary);
    }

    private ModelRow? ReadRow(YamlMapping map)
    {
        _fields.UnknownFields(map, KnownFields, "the row");
        if (!_fields.HasRequired(map, RowFields.All.Where(f => f.Required).Select(f => f.Name), "row")) return null;
        if (_fields.Slug(map, "id") is null) return null;

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var ok = true;
        foreach (var field in RowFields.All.Where(f => f.Kind is not (FieldKind.Headline or FieldKind.Results)))
        {
            var value = ReadField(map, field);
            if (value is null && field.Required) ok = false;
            values[field.Name] = value;
        }
        CheckBibtexBraces(map);
        var variants = (IReadOnlyList<Variant>)values["variants"]!;
        values["headline"] = Headline(map, variants);
        values["results"] = Results(map, variants);
        return ok && values["headline"] is not null ? new ModelRow(values, map.Position) : null;
    }

    /// <summary>
    /// The fields atlas.bib exports must have balanced braces: BibTeX counts every brace, escaped
    /// or not, so a stray one ends the field early and what follows becomes fields of its own.
    /// </summary>
    private void CheckBibtexBraces(YamlMapping map)
    {
        var exported = new[] { map["title"], map["venue"] }.Concat((map["authors"] as YamlSequence)?.Items ?? []).OfType<YamlScalar>();
        foreach (var value in exported.Where(v => !Bibtex.HasBalancedBraces(v.Value)))
            _fields.Error(Codes.BibtexUnbalancedBraces, value, $"unbalanced braces in '{value.Value}': atlas.bib needs every '{{' closed by a '}}' after it");
    }

    /// <summary>The field's typed value, or null (reported when it was wrong rather than absent).</summary>
    private object? ReadField(YamlMapping map, RowField field) => field.Kind switch
    {
        FieldKind.Id => _fields.Text(map, field.Name),
        FieldKind.Text => _fields.Text(map, field.Name),
        FieldKind.TextList or FieldKind.ModelIds => _fields.TextList(map, field.Name),
        FieldKind.Date => Date(map, field.Name),
        FieldKind.Bool => _fields.Bool(map, field.Name),
        FieldKind.Arxiv => Arxiv(map, field.Name),
        FieldKind.ArxivCategory => ArxivCategory(map, field.Name),
        FieldKind.Url => WebUrl(map, field.Name),
        FieldKind.Family => Known(map, field.Name, vocabulary.Families, vocabulary.Family),
        FieldKind.Category => Known(map, field.Name, vocabulary.Categories, vocabulary.Category),
        FieldKind.Objectives => KnownList(map, field.Name, vocabulary.Objectives, vocabulary.Objective),
        FieldKind.Frozen => Frozen(map, field.Name),
        FieldKind.Sourced => _fields.Sourced(map, field.Name),
        FieldKind.Variants => Variants(map, field.Name),
        _ => throw new InvalidOperationException($"field kind {field.Kind} is read with its row"),
    };

    private DateOnly? Date(YamlMapping map, string field)
    {
        var node = map[field]!;
        if (node is YamlScalar s && Schema.TryParseDate(s.Value, out var date))
        {
            if (date <= today) return date;
            _fields.Error(Codes.DateInFuture, node, $"date {s.Value} is in the future");
            return null;
        }
        _fields.Error(Codes.DateInvalid, node, $"date must be a real calendar date written YYYY-MM-DD, got '{(node as YamlScalar)?.Value}'");
        return null;
    }

    private string? Arxiv(YamlMapping map, string field)
    {
        var value = _fields.Text(map, field);
        if (value is null || Schema.IsArxivId(value)) return value;
        _fields.Error(Codes.ArxivIdInvalid, map[field]!, $"arxiv must be an arXiv id such as \"2107.07651\", got '{value}'");
        return null;
    }

    private string? ArxivCategory(YamlMapping map, string field)
    {
        var value = _fields.Text(map, field);
        if (value is null) return null;
        if (!Schema.IsArxivCategory(value)) _fields.Error(Codes.PrimaryClassInvalid, map[field]!, $"{field} must be an arXiv category such as cs.CV, got '{value}'");
        else if (map["arxiv"] is null or YamlScalar { IsNull: true }) _fields.Error(Codes.PrimaryClassInvalid, map[field]!, $"{field} is arXiv's category of the paper, so the row needs its arxiv id too");
        else return value;
        return null;
    }

    private string? WebUrl(YamlMapping map, string field)
    {
        var value = _fields.Text(map, field);
        if (value is null || SafeUrl.IsWebUrl(value)) return value;
        _fields.Error(Codes.UnsafeUrl, map[field]!, $"'{field}' must be an http or https URL, got '{value}'");
        return null;
    }

    private T? Known<T>(YamlMapping map, string field, IReadOnlyList<T> entries, Func<string, T?> find) where T : class, IVocabularyEntry
    {
        var value = _fields.Text(map, field);
        if (value is not null && find(value) is { } entry) return entry;
        if (map[field] is YamlScalar) _fields.Error(Codes.UnknownVocabulary, map[field]!, $"unknown {field} '{value}' (use one of {Vocabulary.Choices(entries)}, as {VocabularyFile(field)} defines them)");
        return null;
    }

    private IReadOnlyList<T> KnownList<T>(YamlMapping map, string field, IReadOnlyList<T> entries, Func<string, T?> find) where T : class, IVocabularyEntry
    {
        var found = new List<T>();
        _fields.TextList(map, field);
        if (map[field] is not YamlSequence sequence) return found;
        foreach (var item in sequence.Items.OfType<YamlScalar>().Where(s => !s.IsNull))
        {
            if (find(item.Value.Trim()) is { } entry) found.Add(entry);
            else _fields.Error(Codes.UnknownVocabulary, item, $"unknown {field.TrimEnd('s')} '{item.Value}' (use one of {Vocabulary.Choices(entries)}, as {VocabularyFile(field)} defines them)");
        }
        return found;
    }

    private string VocabularyFile(string field) => vocabulary.PathOf(field switch
    {
        "family" => "families",
        "category" => "categories",
        "objectives" => "objectives",
        _ => field + "s",
    });

    private IReadOnlyList<string> Frozen(YamlMapping map, string field)
    {
        var parts = _fields.TextList(map, field);
        if (map[field] is YamlSequence sequence)
        {
            foreach (var item in sequence.Items.OfType<YamlScalar>().Where(s => !RowFields.FrozenParts.Contains(s.Value.Trim())))
                _fields.Error(Codes.UnknownVocabulary, item, $"'{field}' lists parts kept frozen: any of {string.Join(", ", RowFields.FrozenParts)}, got '{item.Value}'");
        }
        return parts.Where(RowFields.FrozenParts.Contains).ToList();
    }

    private IReadOnlyList<Variant>? Variants(YamlMapping map, string field)
    {
        if (map[field] is not YamlSequence { Items.Count: > 0 } sequence)
        {
            _fields.Error(Codes.VariantInvalid, map[field]!, $"'{field}' must be a list of at least one variant: - {{id: ..., name: ..., {string.Join(", ", RowFields.VariantFacts.Select(f => f.Name + ": null"))}}}");
            return null;
        }
        var variants = new List<Variant>();
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping entry)
            {
                _fields.Error(Codes.EntryNotMapping, item, "each variant must be a mapping: {id: ..., name: ..., ...}");
                continue;
            }
            _fields.UnknownFields(entry, VariantFields, "a variant");
            if (!_fields.HasRequired(entry, ["id", "name"], "variant") || _fields.Slug(entry, "id") is not { } id) continue;
            if (variants.Any(v => v.Id == id))
            {
                _fields.Error(Codes.VariantInvalid, entry["id"]!, $"duplicate variant id '{id}' in this row");
                continue;
            }
            var facts = RowFields.VariantFacts.ToDictionary(f => f.Name, f => _fields.Sourced(entry, f.Name), StringComparer.Ordinal);
            var variant = new Variant(id, _fields.Text(entry, "name")!, _fields.Text(entry, "source"), facts, entry.Position);
            if (variant.SourceOrFact is null)
            {
                _fields.Error(Codes.VariantInvalid, entry, $"variant '{id}' needs a source: a 'source' naming the table or section that reports it, or a sourced fact");
                continue;
            }
            variants.Add(variant);
        }
        return variants.Count == sequence.Items.Count ? variants : null;
    }

    private Variant? Headline(YamlMapping map, IReadOnlyList<Variant>? variants)
    {
        if (variants is null) return null;
        var id = _fields.Text(map, "headline");
        if (variants.FirstOrDefault(v => v.Id == id) is { } headline) return headline;
        _fields.Error(Codes.VariantInvalid, map["headline"]!, $"headline '{id}' names no variant of this row (variants: {string.Join(", ", variants.Select(v => v.Id))})");
        return null;
    }

    private IReadOnlyList<Result> Results(YamlMapping map, IReadOnlyList<Variant>? variants)
    {
        var results = new List<Result>();
        switch (map["results"])
        {
            case null or YamlScalar { IsNull: true }: return results;
            case YamlSequence entries:
                var seen = new Dictionary<(Series, string), int>();
                foreach (var node in entries.Items)
                {
                    if (ResultEntry(node, variants) is not { } result) continue;
                    if (seen.TryGetValue((result.Series, result.Variant.Id), out var line))
                    {
                        _fields.Error(Codes.ResultInvalid, node, $"variant '{result.Variant.Id}' already has a result for {result.Series.Label} (line {line})");
                        continue;
                    }
                    seen[(result.Series, result.Variant.Id)] = node.Position.Line;
                    results.Add(result);
                }
                return results;
            case var other:
                _fields.Error(Codes.WrongType, other, "'results' must be a list of {benchmark: ..., setting: ..., variant: ..., value: ..., source: ...}");
                return results;
        }
    }

    private Result? ResultEntry(YamlNode node, IReadOnlyList<Variant>? variants)
    {
        if (node is not YamlMapping entry)
        {
            _fields.Error(Codes.EntryNotMapping, node, "each result must be {benchmark: ..., setting: ..., variant: ..., value: ..., source: ...}");
            return null;
        }
        _fields.UnknownFields(entry, ResultFieldNames, "a result");
        if (!_fields.HasRequired(entry, RowFields.ResultFields.Where(f => f.Required && f.Name != "source").Select(f => f.Name), "result")) return null;
        var benchmark = Known(entry, "benchmark", vocabulary.Benchmarks, vocabulary.Benchmark);
        var setting = Known(entry, "setting", vocabulary.Settings, vocabulary.Setting);
        var variantId = _fields.Text(entry, "variant");
        var variant = variants?.FirstOrDefault(v => v.Id == variantId);
        if (variant is null && variants is not null)
            _fields.Error(Codes.ResultInvalid, entry["variant"]!, $"unknown variant '{variantId}' (this row's variants: {string.Join(", ", variants.Select(v => v.Id))})");
        var value = _fields.Number(entry["value"]!, "result value");
        var source = _fields.Text(entry, "source");
        if (string.IsNullOrWhiteSpace(source)) _fields.Error(Codes.ResultInvalid, entry, "result needs a 'source' naming the table or section it comes from");
        if (benchmark is null || setting is null || variant is null || value is null || string.IsNullOrWhiteSpace(source)) return null;

        var ok = true;
        if (!benchmark.Admits(setting.Id))
        {
            _fields.Error(Codes.ResultSettingInvalid, entry["setting"]!, $"benchmark '{benchmark.Id}' does not admit setting '{setting.Id}' (it admits {string.Join(", ", benchmark.Settings)})");
            ok = false;
        }
        var from = _fields.Text(entry, "from");
        if ((setting.Id == "transfer") != (from is not null))
        {
            _fields.Error(Codes.ResultSettingInvalid, entry["from"] ?? entry["setting"]!, from is null ? "setting 'transfer' needs 'from', the dataset the model was fine-tuned on (e.g. from: COCO)" : "'from' belongs only to results with setting 'transfer'");
            ok = false;
        }
        int? shots = entry["shots"] is null ? null : _fields.Integer(entry, "shots", 1, 100000);
        if ((setting.Id == "few-shot") != (entry["shots"] is not null))
        {
            _fields.Error(Codes.ResultSettingInvalid, entry["shots"] ?? entry["setting"]!, entry["shots"] is null ? "setting 'few-shot' needs 'shots', the number of examples (e.g. shots: 4)" : "'shots' belongs only to results with setting 'few-shot'");
            ok = false;
        }
        var cider = _fields.Bool(entry, "cider_optimised");
        if (cider && !benchmark.CiderOptimisation)
        {
            _fields.Error(Codes.ResultSettingInvalid, entry["cider_optimised"]!, $"benchmark '{benchmark.Id}' does not admit cider_optimised (only captioning benchmarks with cider_optimisation: true do)");
            ok = false;
        }
        if (value < benchmark.Min || value > benchmark.Max)
        {
            _fields.Error(Codes.ResultOutOfRange, entry["value"]!, $"value {value} is outside the range of '{benchmark.Id}' ({benchmark.Min} to {benchmark.Max})");
            ok = false;
        }
        return ok ? new Result(new Series(benchmark, setting, from, shots, cider), variant, value.Value, source, _fields.Text(entry, "note"), entry.Position) : null;
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
                if (target == row.Id) _fields.Error(Codes.BuildsOnInvalid, at, $"'{row.Id}' cannot build on itself");
                else if (!byId.ContainsKey(target) && !_refusedIds.Contains(target)) _fields.Error(Codes.BuildsOnInvalid, at, $"builds_on names unknown model id '{target}'");
            }
        }
        foreach (var cycle in BuildsOnCycles(byId))
            _fields.Error(Codes.BuildsOnInvalid, nodeOf[cycle[0]]["builds_on"] ?? nodeOf[cycle[0]], $"builds_on forms a cycle: {string.Join(" -> ", cycle)}");
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

    /// <summary>
    /// A wiki link or a search names a model by its id, name or an alias in any case, so no two
    /// rows may answer to the same one (<c>CLIP</c> and <c>cLiP</c>).
    /// </summary>
    private void CheckNames(YamlMapping map, ModelRow row)
    {
        var names = new[] { map["id"], map["name"] }.OfType<YamlScalar>()
            .Concat((map["aliases"] as YamlSequence)?.Items.OfType<YamlScalar>() ?? []);
        foreach (var node in names)
        {
            var name = node.Value.Trim();
            if (!_names.TryGetValue(name, out var first)) _names[name] = (name, row.Id, node.Position.Line);
            else if (first.RowId != row.Id)
                _fields.Error(Codes.NameCollision, node, $"'{name}' is also '{first.Name}' of row '{first.RowId}' (line {first.Line}), ignoring case: a wiki link to it could mean either");
        }
    }

    private void CheckOrganisations(YamlMapping map, ModelRow row)
    {
        foreach (var node in (map["org"] as YamlSequence)?.Items.OfType<YamlScalar>() ?? [])
        {
            if (organisationProblem(node.Value.Trim(), $"row '{row.Id}', line {node.Position.Line}") is { } problem) _fields.Error(Codes.FacetSlug, node, problem);
        }
    }
}
