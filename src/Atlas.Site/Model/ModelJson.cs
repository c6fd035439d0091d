using System.Globalization;
using System.Text.Json;

namespace Atlas.Site.Model;

/// <summary>
/// The table as JSON (models.json): a list of rows with the field names of models.yaml in the
/// order of <see cref="RowFields"/>; absent values are null, variants and results lists of
/// objects with the field names a row writes them with.
/// </summary>
public static class ModelJson
{
    public static string Write(ModelTable table) => JsonText.Write(json =>
    {
        json.WriteStartArray();
        foreach (var row in table.Rows) Row(json, row);
        json.WriteEndArray();
    }, indented: true);

    private static void Row(Utf8JsonWriter json, ModelRow row)
    {
        json.WriteStartObject();
        foreach (var field in RowFields.All) Field(json, field, row);
        json.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter json, RowField field, ModelRow row)
    {
        var name = field.Name;
        switch (row[name])
        {
            case null: json.WriteNull(name); break;
            case string text: json.WriteString(name, text); break;
            case bool flag: json.WriteBoolean(name, flag); break;
            case DateOnly date: json.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case IVocabularyEntry entry: json.WriteString(name, entry.Id); break;
            case SourcedText fact: Fact(json, name, fact); break;
            case Variant headline: json.WriteString(name, headline.Id); break;
            case IReadOnlyList<string> texts: JsonText.Strings(json, name, texts); break;
            case IReadOnlyList<Objective> objectives: JsonText.Strings(json, name, objectives.Select(o => o.Id)); break;
            case IReadOnlyList<Variant> variants:
                json.WriteStartArray(name);
                foreach (var variant in variants) Variant(json, variant);
                json.WriteEndArray();
                break;
            case IReadOnlyList<Result> results:
                json.WriteStartArray(name);
                foreach (var result in results) Result(json, result);
                json.WriteEndArray();
                break;
            case var other: throw new InvalidOperationException($"no JSON form for {other.GetType().Name} ({name})");
        }
    }

    private static void Variant(Utf8JsonWriter json, Variant variant)
    {
        json.WriteStartObject();
        json.WriteString("id", variant.Id);
        json.WriteString("name", variant.Name);
        json.WriteString("source", variant.Source);
        foreach (var fact in RowFields.VariantFacts) Fact(json, fact.Name, variant.Fact(fact.Name));
        json.WriteEndObject();
    }

    private static void Result(Utf8JsonWriter json, Result result)
    {
        json.WriteStartObject();
        json.WriteString("benchmark", result.Benchmark.Id);
        json.WriteString("setting", result.Series.Setting.Id);
        json.WriteString("from", result.Series.From);
        if (result.Series.Shots is { } shots) json.WriteNumber("shots", shots);
        else json.WriteNull("shots");
        json.WriteBoolean("cider_optimised", result.Series.CiderOptimised);
        json.WriteString("variant", result.Variant.Id);
        json.WriteNumber("value", result.Value);
        json.WriteString("source", result.Source);
        json.WriteString("note", result.Note);
        json.WriteEndObject();
    }

    private static void Fact(Utf8JsonWriter json, string name, SourcedText? fact)
    {
        if (fact is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("value", fact.Value);
        json.WriteString("source", fact.Source);
        json.WriteEndObject();
    }
}
