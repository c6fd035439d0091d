using System.Globalization;
using CsvHelper;

namespace Atlas.Site.Model;

/// <summary>
/// The table as CSV, written by CsvHelper (RFC 4180, CRLF line ends) with its injection escaping:
/// a cell that starts with =, +, -, @, a tab or a carriage return is not a formula when a
/// spreadsheet opens the file. models.csv has one line per model, a column per field of
/// <see cref="RowFields"/> (lists joined with "; ", a sourced fact as a value and a _source
/// column, variants as "id: name"); results.csv one line per result with its variant and setting.
/// </summary>
public static class ModelCsv
{
    public const string ListSeparator = "; ";

    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
    };

    /// <summary>The columns of models.csv: one per field, two for a sourced fact; results go to results.csv.</summary>
    public static readonly IReadOnlyList<(string Name, Func<ModelRow, string?> Value)> Columns = RowFields.All
        .Where(f => f.Kind != FieldKind.Results)
        .SelectMany(f => f.Kind == FieldKind.Sourced
            ? new (string, Func<ModelRow, string?>)[] { (f.Name, r => (r[f.Name] as SourcedText)?.Value), (f.Name + "_source", r => (r[f.Name] as SourcedText)?.Source) }
            : [(f.Name, r => Text(r[f.Name]))])
        .ToList();

    /// <summary>The columns of results.csv: the model, the variant with its facts, the series, the number and its source.</summary>
    public static readonly IReadOnlyList<(string Name, Func<ModelRow, Result, string?> Value)> ResultColumns =
    [
        ("model", (m, _) => m.Id),
        ("model_name", (m, _) => m.Name),
        ("variant", (_, r) => r.Variant.Id),
        ("variant_name", (_, r) => r.Variant.Name),
        ("headline", (m, r) => r.Variant == m.Headline ? "true" : "false"),
        .. RowFields.VariantFacts.Select(f => ((string, Func<ModelRow, Result, string?>))(f.Name, (_, r) => r.Variant.Fact(f.Name)?.Value)),
        ("benchmark", (_, r) => r.Benchmark.Id),
        ("benchmark_name", (_, r) => r.Benchmark.Name),
        ("setting", (_, r) => r.Series.Setting.Id),
        ("from", (_, r) => r.Series.From),
        ("shots", (_, r) => r.Series.Shots?.ToString(CultureInfo.InvariantCulture)),
        ("cider_optimised", (_, r) => r.Series.CiderOptimised ? "true" : "false"),
        ("value", (_, r) => r.Text),
        ("unit", (_, r) => r.Benchmark.Unit),
        ("source", (_, r) => r.Source),
        ("note", (_, r) => r.Note),
    ];

    public static string Write(ModelTable table) =>
        Csv(Columns.Select(c => c.Name), table.Rows.Select(row => Columns.Select(c => c.Value(row))));

    public static string WriteResults(ModelTable table) =>
        Csv(ResultColumns.Select(c => c.Name), table.Rows.SelectMany(row => row.Results.Select(result => ResultColumns.Select(c => c.Value(row, result)))));

    private static string Csv(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> lines)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. header]);
            foreach (var line in lines) csv.WriteRecord([.. line.Select(field => field ?? "")]);
        }
        return text.ToString();
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IVocabularyEntry entry => entry.Id,
        Variant headline => headline.Id,
        IReadOnlyList<string> texts => string.Join(ListSeparator, texts),
        IReadOnlyList<Objective> objectives => string.Join(ListSeparator, objectives.Select(o => o.Id)),
        IReadOnlyList<Variant> variants => string.Join(ListSeparator, variants.Select(v => $"{v.Id}: {v.Name}")),
        var other => throw new InvalidOperationException($"no CSV form for {other.GetType().Name}"),
    };
}
