using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Atlas.Site.Build;
using Atlas.Site.Model;

namespace Atlas.Site.Tests;

public class ComparisonPageTests(RealAtlasFixture atlas) : IClassFixture<RealAtlasFixture>
{
    private static readonly HtmlParser Html = new();

    private IDocument Page => Html.ParseDocument(atlas.Read("compare/index.html"));

    /// <summary>The rule the page states for which variant's number a cell shows.</summary>
    private const string ComparisonRule = "the headline variant's result when the paper reports one in that column, else the best result among the model's other variants";

    [Fact]
    public void The_table_has_a_row_per_model_oldest_first_and_every_result_column_with_its_unit()
    {
        var page = Page;
        var table = page.QuerySelector("table#comparison")!;

        var rowIds = table.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-id")).ToList();
        Assert.Equal(atlas.Rows.Select(r => r.Id), rowIds);
        var headers = table.QuerySelectorAll("thead tr:last-child th").ToList();
        Assert.All(headers, th => Assert.Equal("col", th.GetAttribute("scope")));
        var resultHeaders = headers.Where(h => h.GetAttribute("data-type") == "number").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(atlas.Table.Series.Select(s => $"{s.Benchmark.Name} {s.SettingLabel} ({s.Benchmark.Unit})"), resultHeaders.Select(h => string.Join(" ", h.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        Assert.Contains("(%)", resultHeaders[0]);
        Assert.Contains(resultHeaders, h => h.EndsWith("(R@1 %)", StringComparison.Ordinal));
        Assert.Contains(resultHeaders, h => h.EndsWith("(CIDEr)", StringComparison.Ordinal));
        Assert.All(table.QuerySelectorAll("tbody tr"), row => Assert.Equal(headers.Count, row.Children.Length));
    }

    [Fact]
    public void Columns_come_in_five_groups_in_colgroups_and_a_first_header_row()
    {
        var table = Page.QuerySelector("table#comparison")!;

        var groups = table.QuerySelectorAll("thead tr.group-row th").ToList();
        Assert.Equal(["Identity", "Architecture", "Objectives", "Data and compute", "Results"], groups.Select(g => g.TextContent.Trim()));
        Assert.All(groups, g => Assert.Equal("colgroup", g.GetAttribute("scope")));
        var spans = table.QuerySelectorAll("colgroup").Select(c => int.Parse(c.GetAttribute("span")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(groups.Select(g => int.Parse(g.GetAttribute("colspan")!, CultureInfo.InvariantCulture)), spans);
        Assert.Equal(table.QuerySelectorAll("thead tr:last-child th").Length, spans.Sum());
    }

    [Fact]
    public void The_best_value_of_each_result_column_is_marked_in_html_and_no_other()
    {
        var table = Page.QuerySelector("table#comparison")!;
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        var firstResult = table.QuerySelectorAll("thead tr:last-child th").ToList().FindIndex(h => h.GetAttribute("data-type") == "number");

        for (var k = 0; k < atlas.Table.Series.Count; k++)
        {
            var series = atlas.Table.Series[k];
            var reported = atlas.Rows.Where(r => atlas.Table.Cell(r, series) is not null).ToList();
            var expectedBest = reported.Where(r => atlas.Table.Cell(r, series)!.Value == reported.Max(x => atlas.Table.Cell(x, series)!.Value)).Select(r => (string?)r.Id).ToList();
            var marked = rows.Where(r => r.Children[firstResult + k].ClassList.Contains("best")).Select(r => r.GetAttribute("data-id")).ToList();
            Assert.Equal(expectedBest, marked);
            Assert.All(rows.Where(r => r.Children[firstResult + k].ClassList.Contains("best")),
                r => Assert.Equal(" (best)", r.Children[firstResult + k].QuerySelector(".visually-hidden")!.TextContent));
        }
    }

    [Fact]
    public void Every_result_cell_shows_the_headline_variants_number_else_the_best_other_and_links_to_its_source()
    {
        var page = Page;
        var table = page.QuerySelector("table#comparison")!;
        var firstResult = table.QuerySelectorAll("thead tr:last-child th").ToList().FindIndex(h => h.GetAttribute("data-type") == "number");
        var checkedCells = 0;

        foreach (var row in atlas.Rows)
        {
            var cells = table.QuerySelector($"tr[data-id='{row.Id}']")!.Children;
            for (var k = 0; k < atlas.Table.Series.Count; k++)
            {
                var series = atlas.Table.Series[k];
                var cell = cells[firstResult + k];
                var results = row.Results.Where(r => r.Series == series).ToList();
                if (results.Count == 0)
                {
                    Assert.Equal("", cell.TextContent.Trim());
                    continue;
                }
                var result = results.FirstOrDefault(r => r.Variant == row.Headline) ?? results.MaxBy(r => r.Value)!;
                Assert.StartsWith(result.Value.ToString(CultureInfo.InvariantCulture), cell.TextContent);
                if (result.Variant != row.Headline) Assert.Contains($"({result.Variant.Name})", cell.TextContent);
                var footnote = cell.QuerySelector("a.fn")!;
                var source = page.GetElementById(footnote.GetAttribute("href")!.TrimStart('#'))!;
                Assert.Equal("LI", source.TagName);
                Assert.Contains(result.Source, source.TextContent);
                Assert.Contains(row.Name, source.TextContent);
                Assert.Contains(series.Label, source.TextContent);
                checkedCells++;
            }
        }
        Assert.Equal(atlas.Rows.Sum(r => r.Results.Select(x => x.Series).Distinct().Count()), checkedCells);
    }

    [Fact]
    public void Filters_are_labelled_controls_and_the_selection_form_leads_back_to_the_full_table()
    {
        var page = Page;

        foreach (var filter in new[] { "family", "category", "objective", "from", "to" })
        {
            var control = page.QuerySelector($"#comparison-filters [data-filter='{filter}']")!;
            Assert.NotNull(page.QuerySelector($"label[for='{control.Id}']"));
        }
        Assert.True(page.QuerySelector("#comparison-filters")!.HasAttribute("hidden"), "filters need the script, so they start hidden");
        var families = page.QuerySelectorAll("#filter-family option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        Assert.Equal(atlas.Table.Vocabulary.Families.Where(f => atlas.Rows.Any(r => r.Family == f)).Select(f => f.Id), families);
        Assert.Contains(ComparisonRule, page.QuerySelector(".comparison-page")!.TextContent);
        var form = page.QuerySelector("form#compare-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/" + "compare/", form.GetAttribute("action"));
        var boxes = form.QuerySelectorAll("input[type=checkbox][name=models]").Select(b => b.GetAttribute("value")).ToList();
        Assert.Equal(atlas.Rows.Select(r => r.Id), boxes);
        Assert.NotNull(page.QuerySelector($"script[src='/assets/js/compare.js']"));
    }

    [Fact]
    public void The_comparison_page_loads_under_50_kb_of_css_and_javascript()
    {
        var page = Page;
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
            .ToList();

        Assert.Contains(assets, a => a.EndsWith("compare.js", StringComparison.Ordinal));
        var bytes = assets.Sum(a => new FileInfo(Path.Combine(atlas.SiteDirectory, a.TrimStart('/'))).Length);
        Assert.InRange(bytes, 1, 50 * 1024);
    }

    [Fact]
    public async Task A_second_build_of_the_real_atlas_is_byte_identical()
    {
        var again = Directory.CreateTempSubdirectory("atlas-again-").FullName;
        try
        {
            var report = await SiteBuilder.BuildAsync(new BuildRequest(atlas.Input, Path.Combine(TestSite.RepositoryRoot, "theme"), Path.Combine(again, "site")));

            Assert.True(report.Succeeded);
            var first = TestSite.Fingerprint(atlas.SiteDirectory);
            Assert.Equal(first, TestSite.Fingerprint(Path.Combine(again, "site")));
            Assert.Contains("search-index.json", first.Keys);
            Assert.Contains("feed.xml", first.Keys);
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }
}
