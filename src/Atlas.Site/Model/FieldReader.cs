using Atlas.Site.Diagnostics;
using System.Globalization;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Yaml;

namespace Atlas.Site.Model;

/// <summary>
/// Reads typed values out of YAML mappings for one file, reporting every problem at the line and
/// column of the offending value. Shared by the vocabulary files and the rows of models.yaml.
/// </summary>
public sealed class FieldReader(string path, DiagnosticBag diagnostics)
{
    public string Path => path;

    public void Error(DiagnosticCode code, YamlNode node, string message) => diagnostics.Error(code, path, node.Position.Line, node.Position.Column, message);

    public void Warning(DiagnosticCode code, YamlNode node, string message) => diagnostics.Warning(code, path, node.Position.Line, node.Position.Column, message);

    public static bool IsAbsent(YamlNode? node) => node is null or YamlScalar { IsNull: true };

    /// <summary>Reports each key of <paramref name="map"/> that is not in <paramref name="known"/>.</summary>
    public void UnknownFields(YamlMapping map, IReadOnlyCollection<string> known, string where)
    {
        foreach (var (key, _) in map.Entries.Where(e => !known.Contains(e.Key.Value)))
            Error(Codes.UnknownField, key, $"unknown field '{key.Value}' in {where} (known fields: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
    }

    /// <summary>Reports each of <paramref name="required"/> that <paramref name="map"/> lacks; true when none is missing.</summary>
    public bool HasRequired(YamlMapping map, IEnumerable<string> required, string what)
    {
        var missing = required.Where(f => IsAbsent(map[f])).ToList();
        foreach (var field in missing) Error(Codes.MissingField, map, $"{what} is missing required field '{field}'");
        return missing.Count == 0;
    }

    public string? Text(YamlMapping map, string field)
    {
        switch (map[field])
        {
            case null or YamlScalar { IsNull: true }: return null;
            case YamlScalar scalar: return scalar.Value.Trim();
            case var other:
                Error(Codes.WrongType, other, $"'{field}' must be a single value, not a list or mapping");
                return null;
        }
    }

    public IReadOnlyList<string> TextList(YamlMapping map, string field)
    {
        switch (map[field])
        {
            case null or YamlScalar { IsNull: true }: return [];
            case YamlSequence sequence:
                var values = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } s) values.Add(s.Value.Trim());
                    else Error(Codes.WrongType, item, $"each entry of '{field}' must be a single value");
                }
                return values;
            case var other:
                Error(Codes.WrongType, other, $"'{field}' must be a list, e.g. [{((other as YamlScalar)?.Value ?? "value")}]");
                return [];
        }
    }

    public bool Bool(YamlMapping map, string field)
    {
        switch (map[field])
        {
            case null or YamlScalar { IsNull: true }: return false;
            case YamlScalar { Quoted: false, Value: "true" }: return true;
            case YamlScalar { Quoted: false, Value: "false" }: return false;
            case var other:
                Error(Codes.WrongType, other, $"'{field}' must be true or false");
                return false;
        }
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or null (reported) when it is not one.</summary>
    public int? Integer(YamlMapping map, string field, int min, int max)
    {
        if (map[field] is YamlScalar { Quoted: false } s && int.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Error(Codes.WrongType, map[field] ?? map, $"'{field}' must be a whole number from {min} to {max}");
        return null;
    }

    /// <summary>A number written plainly (not quoted), as a paper prints it.</summary>
    public decimal? Number(YamlNode node, string what)
    {
        if (node is YamlScalar { Quoted: false } s && decimal.TryParse(s.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        Error(Codes.WrongType, node, $"{what} must be a number as printed in the paper, got '{(node as YamlScalar)?.Value}'");
        return null;
    }

    /// <summary>null, or {value: ..., source: ...}: a fact that is not a benchmark number, with where the paper states it.</summary>
    public SourcedText? Sourced(YamlMapping map, string field)
    {
        switch (map[field])
        {
            case null or YamlScalar { IsNull: true }: return null;
            case YamlMapping fact when Text(fact, "value") is { Length: > 0 } value && Text(fact, "source") is { Length: > 0 } source:
                return new SourcedText(value, source);
            case var other:
                Error(Codes.WrongType, other, $"'{field}' must be null or {{value: ..., source: ...}} naming where the paper states it");
                return null;
        }
    }

    /// <summary>A slug id (see <see cref="Schema.IsSlug"/>), or null (reported).</summary>
    public string? Slug(YamlMapping map, string field)
    {
        var value = Text(map, field);
        if (value is not null && Schema.IsSlug(value)) return value;
        // A list or mapping was already reported by Text as not a single value: it is not also a bad slug.
        if (map[field] is null or YamlScalar)
            Error(Codes.NotASlug, map[field] ?? map, $"{field} '{value}' must be a lowercase slug: letters a-z, digits and single hyphens");
        return null;
    }
}
