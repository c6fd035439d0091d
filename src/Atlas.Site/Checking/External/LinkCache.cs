using System.Text.Json;
using System.Text.Json.Serialization;

namespace Atlas.Site.Checking.External;

/// <summary>
/// What outside links answered, and when, kept between runs of <c>check --external</c> so a
/// second run asks only links that are new or whose answer is older than the age limit. Only
/// answers that last (alive, moved) are kept: a failure is asked again next time. The file
/// names its format; a file that does not is not this tool's, and is neither read nor replaced.
/// </summary>
public sealed class LinkCache
{
    public const string Format = "atlas-external-links/1";

    private sealed record Entry(
        [property: JsonPropertyName("checked")] DateTimeOffset Checked,
        [property: JsonPropertyName("verdict")] LinkVerdict Verdict,
        [property: JsonPropertyName("detail")] string Detail);

    private sealed record FileBody(
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("links")] SortedDictionary<string, Entry> Links);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly SortedDictionary<string, Entry> _links;
    private readonly TimeSpan _maxAge;

    /// <summary>Why the file cannot be used, or null.</summary>
    public string? Problem { get; }

    private LinkCache(SortedDictionary<string, Entry> links, TimeSpan maxAge, string? problem)
    {
        _links = links;
        _maxAge = maxAge;
        Problem = problem;
    }

    public static LinkCache Load(string path, TimeSpan maxAge)
    {
        if (!File.Exists(path)) return new LinkCache(new(StringComparer.Ordinal), maxAge, null);
        try
        {
            var body = JsonSerializer.Deserialize<FileBody>(File.ReadAllText(path), Json);
            if (body is { Format: Format, Links: not null })
                return new LinkCache(new(body.Links, StringComparer.Ordinal), maxAge, null);
        }
        catch (JsonException)
        {
        }
        return new LinkCache(new(StringComparer.Ordinal), maxAge, $"not a cache file of check --external (format {Format}); it was neither read nor replaced: delete it or pass --cache");
    }

    /// <summary>The answer <paramref name="url"/> gave within the age limit, or null when it must be asked.</summary>
    public LinkAnswer? Find(string url, DateTimeOffset now) =>
        _links.TryGetValue(url, out var entry) && now - entry.Checked < _maxAge && entry.Checked <= now ? new LinkAnswer(entry.Verdict, entry.Detail) : null;

    public void Record(string url, LinkAnswer answer, DateTimeOffset now)
    {
        if (answer.Lasts) _links[url] = new Entry(now, answer.Verdict, answer.Detail);
        else _links.Remove(url);
    }

    /// <summary>
    /// Writes the fresh answers of the links the site still makes (through a temporary file, so
    /// a reader never sees half of it). Returns why it could not, or null.
    /// </summary>
    public string? Save(string path, IReadOnlySet<string> linksOfTheSite, DateTimeOffset now)
    {
        if (Problem is not null) return Problem;
        var kept = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (url, entry) in _links.Where(l => linksOfTheSite.Contains(l.Key) && Find(l.Key, now) is not null)) kept[url] = entry;
        var temporary = path + ".tmp-" + Environment.ProcessId;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(temporary, JsonSerializer.Serialize(new FileBody(Format, kept), Json) + "\n");
            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"could not be written: {ex.Message}";
        }
    }
}
