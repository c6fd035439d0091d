using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Atlas.Site.Templates;

namespace Atlas.Site.Tests;

/// <summary>The model tables of the models, family, organisation and tag pages, and the prose that opens a family page.</summary>
public class ModelTableTests
{
    private static readonly HtmlParser Html = new();

    /// <summary><see cref="TestSite.Minimal"/> plus a newest model of Lab A with no results and no parameter count.</summary>
    private static TestSite ThreeModels()
    {
        var site = TestSite.Minimal();
        site.AddModel(TestModel.Gamma with { Org = ["Lab A", "Lab C"], Category = "a" }, tags: ["contrastive"]);
        return site;
    }

    private static List<IElement> Rows(TestSite site, string path) =>
        Html.ParseDocument(site.ReadOutput(path)).QuerySelectorAll("main table.model-table tbody tr").ToList();

    private static string Cell(IElement row, int column) => row.Children[column].TextContent.Trim();

    [Fact]
    public async Task The_models_page_is_a_table_newest_first_with_organisation_family_glyph_parameters_and_a_labelled_key_score()
    {
        using var site = ThreeModels();
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        var page = Html.ParseDocument(site.ReadOutput("models/index.html"));
        var headers = page.QuerySelectorAll("main table.model-table thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Model", "Date", "Organisation", "Family", "Parameters", "Key score"], headers);
        Assert.Equal("descending", page.QuerySelector("main table.model-table thead th:nth-child(2)")!.GetAttribute("aria-sort"));

        var rows = Rows(site, "models/index.html");
        Assert.Equal(["Gamma", "Beta", "Alpha"], rows.Select(r => Cell(r, 0)));
        Assert.Equal(["2023-03-07", "2022-02-06", "2021-01-05"], rows.Select(r => Cell(r, 1)));

        var alpha = rows[2];
        Assert.Equal("/organisations/lab-a/", alpha.Children[2].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Lab A, Lab C", Cell(rows[0], 2));
        var glyph = alpha.Children[3].QuerySelector(".vilt-mark[role=img]")!;
        Assert.Equal("ViLT category (b) VE = TE > MI", glyph.GetAttribute("aria-label"));
        Assert.NotNull(glyph.QuerySelector("svg use[href='#vilt-glyph-b']"));
        Assert.Equal(3, page.QuerySelectorAll("symbol#vilt-glyph-b rect.vilt-bar").Length);
        Assert.Equal("/families/dual-encoder/", alpha.Children[3].QuerySelector("a")!.GetAttribute("href"));
        // Beta's category is none: no bars to draw, its family alone.
        Assert.Null(rows[1].Children[3].QuerySelector(".vilt-mark[role=img]"));
        Assert.Equal("150M", Cell(alpha, 4));
        Assert.Equal("150000000", alpha.Children[4].GetAttribute("data-sort"));

        var score = alpha.Children[5];
        Assert.Equal("70.1", score.QuerySelector("a")!.TextContent);
        Assert.Equal("/models/alpha/#model-results-imagenet-1k-top1-zero-shot", score.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("ImageNet-1k top-1, zero-shot", score.QuerySelector(".key-label")!.TextContent);
        Assert.Equal("", Cell(rows[0], 5));
        Assert.Contains(ModelListing.KeyScoreRule, page.QuerySelector("main .table-note")!.TextContent);
        Assert.NotNull(page.QuerySelector("script[src='/assets/js/sortable.js']"));
    }

    [Fact]
    public async Task Family_organisation_and_tag_pages_list_their_models_in_the_same_table_and_other_pages_apart()
    {
        using var site = ThreeModels();
        site.Write("concepts/itc.md", "---\nid: itc\ntitle: Image-text contrastive loss\naliases: [ITC]\nsummary: Pulls matching pairs together.\ntags: [contrastive]\n---\nUsed by [[Alpha]].\n");
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        Assert.Equal(["Gamma", "Alpha"], Rows(site, "families/dual-encoder/index.html").Select(r => Cell(r, 0)));
        Assert.Equal(["Gamma", "Alpha"], Rows(site, "organisations/lab-a/index.html").Select(r => Cell(r, 0)));
        Assert.Equal(["Gamma", "Beta", "Alpha"], Rows(site, "tags/contrastive/index.html").Select(r => Cell(r, 0)));
        var tag = Html.ParseDocument(site.ReadOutput("tags/contrastive/index.html"));
        Assert.Equal(["/concepts/itc/"], tag.QuerySelectorAll("main ul.link-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("70.1", Cell(Rows(site, "families/dual-encoder/index.html")[1], 5).Split(' ')[0]);
    }

    [Fact]
    public async Task A_family_page_opens_with_the_prose_written_for_it_its_links_resolved()
    {
        using var site = ThreeModels();
        site.Write("families/dual-encoder.md", "---\nsummary: Two towers that meet in a dot product.\n---\nA dual encoder embeds each side alone; [[Alpha]] is the first.\n\nIn the [ViLT taxonomy](/taxonomy/) it is category (b).\n");
        site.Write("taxonomy.md", "---\nid: taxonomy\ntitle: The ViLT taxonomy\n---\nFour categories.\n");
        var report = await site.BuildAsync("/atlas/");
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        var page = Html.ParseDocument(site.ReadOutput("families/dual-encoder/index.html"));
        Assert.Equal("Two towers that meet in a dot product.", page.QuerySelector("main .lede")!.TextContent.Trim());
        var prose = page.QuerySelectorAll("main .facet-prose p").ToList();
        Assert.Equal(2, prose.Count);
        Assert.Equal("/atlas/models/alpha/", prose[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/atlas/taxonomy/", prose[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("The 2 models", page.QuerySelector("main h2#facet-models-title")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("main table.model-table tbody tr").Length);
        // The prose is the family page's opening, not a page of its own.
        Assert.False(Directory.Exists(Path.Combine(site.Output, "families", "dual-encoder", "dual-encoder")));
        Assert.DoesNotContain("families/dual-encoder.md", string.Join("\n", Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)));
    }

    [Theory]
    [InlineData("221M, word embeddings excluded (as counted in the UNITER paper)", "221M", 221e6)]
    [InlineData("about 1.4B for SimVLM-Huge, as listed in BLIP-2's comparison tables", "about 1.4B for SimVLM-Huge", null)]
    [InlineData("9.6B total = 1.9B ViT + 0.08B adapter + 7.7B LLM", "9.6B total", 9.6e9)]
    [InlineData("55B (22B vision + 32B language)", "55B", 55e9)]
    [InlineData("675M vision encoder + 72B LLM", "675M vision encoder + 72B LLM", null)]
    [InlineData("stated per part, no total: BERT-base 123.7M", "stated per part", null)]
    public void A_parameter_count_shows_its_first_clause_and_sorts_by_a_leading_count(string text, string shown, double? count)
    {
        Assert.Equal(shown, ModelListing.ShortParameters(text));
        Assert.Equal(count, ModelListing.ParameterCount(shown));
    }
}
