using System.Globalization;
using System.Text;
using System.Text.Json;
using Atlas.Site.Model;

namespace Atlas.Site.Tests;

/// <summary>models.json, models.csv and atlas.bib of the real atlas read back against the table.</summary>
public class ExportTests(RealAtlasFixture atlas) : IClassFixture<RealAtlasFixture>
{
    [Fact]
    public void Models_json_gives_back_every_row_field_by_field()
    {
        var rows = JsonDocument.Parse(atlas.Read("models.json")).RootElement.EnumerateArray().ToList();

        Assert.Equal(atlas.Rows.Select(r => r.Id), rows.Select(r => r.GetProperty("id").GetString()));
        foreach (var (row, json) in atlas.Rows.Zip(rows))
        {
            Assert.Equal(row.Name, json.GetProperty("name").GetString());
            Assert.Equal(row.Title, json.GetProperty("title").GetString());
            Assert.Equal(row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), json.GetProperty("date").GetString());
            Assert.Equal(row.Arxiv, json.GetProperty("arxiv").GetString());
            Assert.Equal(row.Authors, Strings(json.GetProperty("authors")));
            Assert.Equal(row.Org, Strings(json.GetProperty("org")));
            Assert.Equal(row.Objectives, Strings(json.GetProperty("objectives")));
            Assert.Equal(row.BuildsOn, Strings(json.GetProperty("builds_on")));
            Assert.Equal(row.Family, json.GetProperty("family").GetString());
            Assert.Equal(row.Detector, json.GetProperty("detector").GetBoolean());
            Assert.Equal(row.Params?.Value, json.GetProperty("params") is { ValueKind: JsonValueKind.Object } p ? p.GetProperty("value").GetString() : null);
            var results = json.GetProperty("results").EnumerateObject().ToList();
            Assert.Equal(row.Results.Keys.Order(StringComparer.Ordinal), results.Select(r => r.Name).Order(StringComparer.Ordinal));
            foreach (var result in results)
            {
                Assert.Equal(row.Results[result.Name].Value, result.Value.GetProperty("value").GetDecimal());
                Assert.Equal(row.Results[result.Name].Source, result.Value.GetProperty("source").GetString());
                Assert.Equal(row.Results[result.Name].Note, result.Value.GetProperty("note").GetString());
            }
        }
    }

    [Fact]
    public void Models_csv_is_rfc_4180_with_one_column_per_field_and_per_result_key()
    {
        var text = atlas.Read("models.csv");
        var records = Rfc4180.Parse(text);
        var header = records[0];

        Assert.EndsWith("\r\n", text);
        Assert.All(records, r => Assert.Equal(header.Count, r.Count));
        Assert.Equal(["id", "name", "aliases", "title", "authors"], header.Take(5));
        foreach (var key in Schema.ResultKeys)
        {
            Assert.Single(header, h => h == key.Key);
            Assert.Single(header, h => h == key.Key + "_source");
        }
        Assert.Equal(atlas.Rows.Count + 1, records.Count);
        foreach (var (row, record) in atlas.Rows.Zip(records.Skip(1)))
        {
            string Field(string name) => record[header.IndexOf(name)];
            IEnumerable<string> List(string name) => Field(name).Length == 0 ? [] : Field(name).Split(ModelCsv.ListSeparator);
            Assert.Equal(row.Id, Field("id"));
            Assert.Equal(row.Title, Field("title"));
            Assert.Equal(row.Aliases, List("aliases"));
            Assert.Equal(row.Authors, List("authors"));
            Assert.Equal(row.Org, List("org"));
            Assert.Equal(row.Objectives, List("objectives"));
            Assert.Equal(row.Visual ?? "", Field("visual"));
            Assert.Equal(row.Compute?.Source ?? "", Field("compute_source"));
            foreach (var key in Schema.ResultKeys)
            {
                var result = row.Results.GetValueOrDefault(key.Key);
                Assert.Equal(result?.Value, Field(key.Key) is { Length: > 0 } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null);
                Assert.Equal(result?.Source ?? "", Field(key.Key + "_source"));
                Assert.Equal(result?.Note ?? "", Field(key.Key + "_note"));
            }
        }
    }

    [Fact]
    public void Csv_fields_are_quoted_only_when_they_hold_a_comma_quote_or_line_break()
    {
        Assert.Equal("plain text", ModelCsv.Field("plain text"));
        Assert.Equal("\"a, b\"", ModelCsv.Field("a, b"));
        Assert.Equal("\"say \"\"hi\"\"\"", ModelCsv.Field("say \"hi\""));
        Assert.Equal("\"two\nlines\"", ModelCsv.Field("two\nlines"));
        Assert.Equal([["a, b", "say \"hi\"", "two\r\nlines", ""]], Rfc4180.Parse("\"a, b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\r\n"));
    }

    [Fact]
    public void Atlas_bib_holds_the_bibtex_entry_of_every_row_once()
    {
        var bib = atlas.Read("atlas.bib");
        var keys = bib.Split('\n').Where(l => l.StartsWith('@')).Select(l => l[(l.IndexOf('{') + 1)..].TrimEnd(',')).ToList();

        Assert.Equal(atlas.Rows.Select(Bibtex.Key), keys);
        Assert.All(atlas.Rows, row => Assert.Contains(Bibtex.Entry(row), bib));
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());

    /// <summary>A small RFC 4180 reader, written here so the test does not trust the writer's own idea of quoting.</summary>
    private static class Rfc4180
    {
        public static List<List<string>> Parse(string text)
        {
            var records = new List<List<string>>();
            var record = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c != '"') field.Append(c);
                    else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                    else quoted = false;
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                }
                else field.Append(c);
            }
            Assert.False(quoted, "unterminated quoted field");
            Assert.True(field.Length == 0 && record.Count == 0, "the last record must end with CRLF");
            return records;
        }
    }
}
