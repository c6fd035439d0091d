using System.Globalization;
using System.Text;

namespace Atlas.Site.Model;

/// <summary>
/// The table as RFC 4180 CSV (models.csv): a header row, then one line per row, CRLF line ends,
/// fields quoted when they hold a comma, a quote or a line break. One column per field; lists
/// joined with "; "; sourced facts and results as a value column followed by its source (and
/// note) column, one set per result key.
/// </summary>
public static class ModelCsv
{
    public const string ListSeparator = "; ";

    public static readonly IReadOnlyList<(string Name, Func<ModelRow, string?> Value)> Columns =
    [
        ("id", r => r.Id),
        ("name", r => r.Name),
        ("aliases", r => List(r.Aliases)),
        ("title", r => r.Title),
        ("authors", r => List(r.Authors)),
        ("arxiv", r => r.Arxiv),
        ("date", r => r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("venue", r => r.Venue),
        ("org", r => List(r.Org)),
        ("family", r => r.Family),
        ("category", r => r.Category),
        ("visual", r => r.Visual),
        ("detector", r => r.Detector ? "true" : "false"),
        ("text", r => r.Text),
        ("fusion", r => r.Fusion),
        ("objectives", r => List(r.Objectives)),
        ("params", r => r.Params?.Value),
        ("params_source", r => r.Params?.Source),
        ("pretrain_pairs", r => r.PretrainPairs?.Value),
        ("pretrain_pairs_source", r => r.PretrainPairs?.Source),
        ("compute", r => r.Compute?.Value),
        ("compute_source", r => r.Compute?.Source),
        ("builds_on", r => List(r.BuildsOn)),
        ("code", r => r.Code),
        .. Schema.ResultKeys.SelectMany(k => new (string, Func<ModelRow, string?>)[]
        {
            (k.Key, r => r.Results.GetValueOrDefault(k.Key)?.Value.ToString(CultureInfo.InvariantCulture)),
            (k.Key + "_source", r => r.Results.GetValueOrDefault(k.Key)?.Source),
            (k.Key + "_note", r => r.Results.GetValueOrDefault(k.Key)?.Note),
        }),
    ];

    public static string Write(ModelTable table)
    {
        var csv = new StringBuilder();
        Line(csv, Columns.Select(c => c.Name));
        foreach (var row in table.Rows) Line(csv, Columns.Select(c => c.Value(row) ?? ""));
        return csv.ToString();
    }

    /// <summary>A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a quote or a line break.</summary>
    public static string Field(string value) => value.AsSpan().IndexOfAny(",\"\r\n") >= 0
        ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;

    private static void Line(StringBuilder csv, IEnumerable<string> fields) => csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");

    private static string List(IEnumerable<string> values) => string.Join(ListSeparator, values);
}
