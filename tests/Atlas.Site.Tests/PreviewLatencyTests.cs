using Xunit.Abstractions;

namespace Atlas.Site.Tests;

/// <summary>
/// The preview's rebuild latency on the real atlas: from saving one model page to the new text
/// being served. Run alone to read the numbers:
/// <c>dotnet test tests/Atlas.Site.Tests --filter PreviewLatency --logger "console;verbosity=detailed"</c>.
/// </summary>
public class PreviewLatencyTests(ITestOutputHelper output)
{
    private const int Edits = 7;

    [Fact]
    public async Task A_one_page_edit_of_the_real_atlas_is_served_after_a_bounded_wait()
    {
        using var site = TestSite.CopyOfRealAtlas();
        await using var preview = await PreviewTests.StartPreviewAsync(site);
        using var http = Http.Client();
        var page = new Uri(preview.Url, "models/clip/");
        var source = Path.Combine(site.Input, "models/clip.md");
        var original = File.ReadAllText(source);

        var latencies = new List<double>();
        for (var i = 1; i <= Edits; i++)
        {
            var marker = $"Latency probe number {i}.";
            File.WriteAllText(source, original + $"\n{marker}\n");
            latencies.Add((await Http.WaitForAsync(http, page, html => html.Contains(marker), TimeSpan.FromSeconds(60))).TotalMilliseconds);
        }

        latencies.Sort();
        var median = latencies[latencies.Count / 2];
        output.WriteLine($"preview: one-page edit of the real atlas ({preview.LastReport!.PagesWritten} pages) served after a median of {median:0} ms over {Edits} edits (min {latencies[0]:0}, max {latencies[^1]:0})");
        Assert.InRange(median, 0, 10_000);
    }
}
