using Xunit.Abstractions;

namespace Atlas.Site.Tests;

/// <summary>
/// The preview's rebuild latency on the real atlas: from saving one model page to the new text
/// being served, which the issue asks to be within a second. Run alone to read the numbers:
/// <c>dotnet test tests/Atlas.Site.Tests --filter PreviewLatency --logger "console;verbosity=detailed"</c>.
/// </summary>
[Trait("Category", "Timing")]
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
        var builds = new List<double>();
        for (var i = 1; i <= Edits; i++)
        {
            var marker = $"Latency probe number {i}.";
            File.WriteAllText(source, original + $"\n{marker}\n");
            latencies.Add((await Http.WaitForAsync(http, page, html => html.Contains(marker), TimeSpan.FromSeconds(60))).TotalMilliseconds);
            builds.Add(preview.LastReport!.Elapsed.TotalMilliseconds);
        }

        var median = Median(latencies);
        output.WriteLine($"preview: one-page edit of the real atlas ({preview.LastReport!.PagesWritten} pages) served after a median of {median:0} ms over {Edits} edits "
            + $"(min {latencies.Min():0}, max {latencies.Max():0}); the rebuild itself took a median of {Median(builds):0} ms");
        Assert.InRange(median, 0, 1_000);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
