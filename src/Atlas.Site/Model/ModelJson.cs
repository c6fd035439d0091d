using System.Globalization;
using System.Text.Json;

namespace Atlas.Site.Model;

/// <summary>
/// The table as JSON (models.json): a list of rows with the field names of models.yaml;
/// absent values are null, results a mapping of result keys to value, source and note.
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
        json.WriteString("id", row.Id);
        json.WriteString("name", row.Name);
        JsonText.Strings(json, "aliases", row.Aliases);
        json.WriteString("title", row.Title);
        JsonText.Strings(json, "authors", row.Authors);
        json.WriteString("arxiv", row.Arxiv);
        json.WriteString("date", row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("venue", row.Venue);
        JsonText.Strings(json, "org", row.Org);
        json.WriteString("family", row.Family);
        json.WriteString("category", row.Category);
        json.WriteString("visual", row.Visual);
        json.WriteBoolean("detector", row.Detector);
        json.WriteString("text", row.Text);
        json.WriteString("fusion", row.Fusion);
        JsonText.Strings(json, "objectives", row.Objectives);
        Fact(json, "params", row.Params);
        Fact(json, "pretrain_pairs", row.PretrainPairs);
        Fact(json, "compute", row.Compute);
        JsonText.Strings(json, "builds_on", row.BuildsOn);
        json.WriteString("code", row.Code);
        json.WriteStartObject("results");
        foreach (var key in Schema.ResultKeys.Where(k => row.Results.ContainsKey(k.Key)))
        {
            var result = row.Results[key.Key];
            json.WriteStartObject(key.Key);
            json.WriteNumber("value", result.Value);
            json.WriteString("source", result.Source);
            json.WriteString("note", result.Note);
            json.WriteEndObject();
        }
        json.WriteEndObject();
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
