using AngleSharp.Html.Parser;
using Atlas.Bench.Measure;
using Atlas.Bench.Sites;
using Atlas.Bench.Synthetic;

namespace Atlas.Site.Tests;

/// <summary>The benchmark itself stays out of the test run; this checks that its generator makes a site the atlas builds.</summary>
public class BenchTests
{
    [Fact]
    public async Task The_benchmark_generator_makes_a_50_page_atlas_that_builds_with_every_link_resolved()
    {
        using var site = new TestSite();
        var atlas = SyntheticAtlas.Generate(50, seed: 7);
        AtlasInput.Write(atlas, site.Input);

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Take(10)));
        Assert.Empty(report.Diagnostics);
        Assert.Equal(50, Directory.GetDirectories(Path.Combine(site.Output, "models")).Length);
        var html = new HtmlParser();
        var compare = html.ParseDocument(site.ReadOutput("compare/index.html"));
        Assert.Equal(50, compare.QuerySelectorAll("table.comparison tbody tr").Length);
        var last = atlas.Models[^1];
        var page = html.ParseDocument(site.ReadOutput($"models/{last.Id}/index.html"));
        Assert.Equal(last.Name, page.QuerySelector("h1")!.TextContent);
        Assert.InRange(page.QuerySelector(".prose")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length, 450, 900);
        var wikiLinks = page.QuerySelectorAll(".prose a.wikilink").Select(a => a.GetAttribute("href")!.Trim('/')).ToList();
        Assert.NotEmpty(wikiLinks);
        Assert.All(wikiLinks, href => Assert.True(File.Exists(Path.Combine(site.Output, href, "index.html")), href));
        // The same seed gives the same files.
        Assert.Equal(SiteFiles.ModelsYaml(atlas), SiteFiles.ModelsYaml(SyntheticAtlas.Generate(50, seed: 7)));
    }

    [Fact]
    public void The_benchmark_writes_its_tables_into_bench_README_between_its_markers_and_nowhere_else()
    {
        using var site = new TestSite(withTheme: false);
        var readme = Path.Combine(site.Root, "README.md");
        var original = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "bench", "README.md"));
        File.WriteAllText(readme, original);

        Benchmark.UpdateReadme(readme, "| N | atlas |\n| ---: | ---: |\n| 50 | 1 ms |\n");

        var updated = File.ReadAllText(readme);
        const string Begin = "<!-- bench:begin -->", End = "<!-- bench:end -->";
        Assert.Equal(original[..original.IndexOf(Begin, StringComparison.Ordinal)], updated[..updated.IndexOf(Begin, StringComparison.Ordinal)]);
        Assert.Equal(original[original.IndexOf(End, StringComparison.Ordinal)..], updated[updated.IndexOf(End, StringComparison.Ordinal)..]);
        Assert.Contains(Begin + "\n| N | atlas |\n| ---: | ---: |\n| 50 | 1 ms |\n" + End, updated);
        Assert.DoesNotContain(Begin, File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "README.md")));
    }
}
