using System.Globalization;
using Atlas.Site.Model;

namespace Atlas.Site.Templates;

/// <summary>
/// The <see cref="Leaderboard"/> as templates read it, every rank, join and link made here:
/// a series' ranked entries and its state of the art, a model's rank badges ("3rd of 21 on
/// VQAv2 test-dev, fine-tuned"), the series of each task page, the series of the home page's
/// "current best" strip (chosen in benchmarks.yaml with <c>headline</c>), the newest models.
/// </summary>
public static class StandingsView
{
    /// <summary>How many of the newest models the home page lists.</summary>
    public const int NewestCount = 6;

    /// <summary>Where a model's entry in a series' ranked table is: the row of the task page's table.</summary>
    public static string EntryUrl(Series series, ModelRow row) => $"{series.Benchmark.TaskUrl}#{EntryAnchor(series, row)}";

    public static string EntryAnchor(Series series, ModelRow row) => $"rank-{series.Id}-{row.Id}";

    /// <summary>The series as a badge or a heading names it: "VQAv2 test-dev, fine-tuned".</summary>
    public static string Name(Series series) => $"{series.Benchmark.Name}, {series.SettingLabel}";

    /// <summary>"1st", "2nd", "3rd", "11th", "21st", "112th".</summary>
    public static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st", 2 => "nd", 3 => "rd", _ => "th",
    });

    /// <summary>A standing in words: "3rd", or "joint 3rd" when another model has the same value.</summary>
    public static string Place(Standing standing) => (standing.Tied ? "joint " : "") + Ordinal(standing.Rank);

    /// <summary>
    /// A model's rank badges, in the table's order of series: one per series that ranks at least
    /// two models (first of one says nothing), each linking to the model's row of the ranked table.
    /// </summary>
    public static List<object?> Badges(ModelRow row, Leaderboard board) => board.Of(row)
        .Where(s => s.Of > 1)
        .Select(s => (object?)CompactRecord.From(new()
        {
            ["place"] = Place(s),
            ["rank"] = s.Rank,
            ["of"] = s.Of,
            ["series"] = Name(s.Result.Series),
            ["url"] = EntryUrl(s.Result.Series, row),
        }))
        .ToList();

    /// <summary>A series' standings as the ranked table shows them, best first.</summary>
    private static List<object?> Ranking(Series series, Leaderboard board) => board.Of(series).Select(s => (object?)CompactRecord.From(new()
    {
        ["rank"] = s.Rank,
        ["rank_label"] = (s.Tied ? "=" : "") + s.Rank.ToString(CultureInfo.InvariantCulture),
        ["anchor"] = EntryAnchor(series, s.Row),
        ["id"] = s.Row.Id, ["name"] = s.Row.Name, ["url"] = s.Row.Url,
        ["date"] = s.Row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["variant"] = s.Result.Variant.Name, ["value"] = s.Result.Text, ["source"] = s.Result.Source, ["note"] = s.Result.Note,
    })).ToList();

    /// <summary>
    /// The <c>leaderboard</c> global: <c>series</c> (each series' standings by series id, in the
    /// table's order), <c>by_task</c> (a task page's series by task id), <c>headline</c> (the home
    /// page's strip) and <c>newest</c> (the newest models' views, newest first).
    /// </summary>
    public static Dictionary<string, object?> Of(Leaderboard board, IReadOnlyDictionary<string, CompactRecord> views)
    {
        var table = board.Table;
        var series = table.Series.Select(s => SeriesView(s, board)).ToList();
        return new Dictionary<string, object?>
        {
            ["series"] = table.Series.Select((s, i) => (s.Id, View: series[i])).ToDictionary(s => s.Id, s => (object?)s.View, StringComparer.Ordinal),
            ["by_task"] = table.Series.Select((s, i) => (s.Benchmark.Task, View: series[i]))
                .GroupBy(s => s.Task, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (object?)g.Select(s => (object?)s.View).ToList(), StringComparer.Ordinal),
            ["headline"] = Headlines(board).Select(i => (object?)series[i]).ToList(),
            ["newest"] = table.Rows.OrderByDescending(r => r.Date).ThenBy(r => r.Id, StringComparer.Ordinal)
                .Take(NewestCount).Select(r => (object?)views[r.Id]).ToList(),
        };
    }

    /// <summary>One series' standings: what it is, its ranked entries, its leaders (rank 1, several when they tie), and where its table is.</summary>
    private static CompactRecord SeriesView(Series series, Leaderboard board)
    {
        var ranking = Ranking(series, board);
        return CompactRecord.From(new()
        {
            ["id"] = series.Id,
            ["name"] = Name(series),
            ["label"] = series.Label,
            ["benchmark"] = series.Benchmark.Name,
            ["setting"] = series.SettingLabel,
            ["description"] = series.Benchmark.Description,
            ["metric"] = Capitalised(series.Benchmark.Metric),
            ["unit"] = series.Benchmark.Unit,
            ["better"] = series.Benchmark.HigherIsBetter ? "higher is better" : "lower is better",
            ["task"] = series.Benchmark.Task,
            ["ranking_url"] = $"{series.Benchmark.TaskUrl}#ranking-{series.Id}",
            ["count"] = ranking.Count,
            ["ranking"] = ranking,
            ["leaders"] = ranking.Take(board.Leaders(series).Count()).ToList(),
        });
    }

    /// <summary>A metric as a column heading starts: "VQA accuracy", "Top-1 accuracy".</summary>
    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>
    /// The indexes of the home page's headline series: for each benchmark with a <c>headline</c>
    /// setting, in benchmarks.yaml's order, the series of that setting most models report (a
    /// transfer from one dataset, a number of shots or a decoding regime; ties in the table's order).
    /// </summary>
    private static IEnumerable<int> Headlines(Leaderboard board) => board.Table.Vocabulary.Benchmarks
        .Where(b => b.Headline is not null)
        .Select(b => board.Table.Series
            .Select((s, i) => (Series: s, Index: i))
            .Where(s => s.Series.Benchmark == b && s.Series.Setting.Id == b.Headline)
            .OrderByDescending(s => board.Of(s.Series).Count).ThenBy(s => s.Index)
            .Select(s => (int?)s.Index)
            .FirstOrDefault())
        .OfType<int>();
}
