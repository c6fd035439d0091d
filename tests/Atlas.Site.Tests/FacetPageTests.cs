using AngleSharp.Html.Parser;
using Atlas.Site.Model;

namespace Atlas.Site.Tests;

/// <summary>Tag, family, organisation and objective pages: one module groups pages by each facet.</summary>
public class FacetPageTests
{
    private static readonly HtmlParser Html = new();

    private static List<string?> ListedLinks(TestSite site, string path) =>
        Html.ParseDocument(site.ReadOutput(path)).QuerySelectorAll("main .model-list a").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public async Task Each_facet_value_has_a_page_listing_its_models_oldest_first_and_each_facet_an_index()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.Equal(["/models/alpha/"], ListedLinks(site, "families/dual-encoder/index.html"));
        Assert.Equal(["/models/beta/"], ListedLinks(site, "families/fusion-encoder/index.html"));
        Assert.Equal(["/models/alpha/"], ListedLinks(site, "organisations/lab-a/index.html"));
        Assert.Equal(["/models/alpha/", "/models/beta/"], ListedLinks(site, "tags/contrastive/index.html"));
        foreach (var (index, expected) in new[] { ("families", 2), ("organisations", 1), ("objectives", 2), ("tags", 2) })
        {
            var page = Html.ParseDocument(site.ReadOutput($"{index}/index.html"));
            Assert.Equal(expected, page.QuerySelectorAll("main .tag-cloud a").Length);
        }
    }

    [Fact]
    public async Task An_objective_with_a_concept_page_is_listed_there_and_its_own_page_only_points_there()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync()).Succeeded);

        var page = Html.ParseDocument(site.ReadOutput("objectives/itc/index.html"));
        Assert.Equal("Objective: ITC", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(ListedLinks(site, "objectives/itc/index.html"));
        var about = page.QuerySelector("main .lede a")!;
        Assert.Equal("/concepts/itc/", about.GetAttribute("href"));
        Assert.Equal("Image-text contrastive loss (ITC)", about.TextContent);
        Assert.Contains("the 2 models trained with it", page.QuerySelector("main .lede")!.TextContent);
        Assert.Equal("/objectives/", page.QuerySelector("main .kicker a")!.GetAttribute("href"));

        var concept = Html.ParseDocument(site.ReadOutput("concepts/itc/index.html"));
        Assert.Equal(["/models/alpha/", "/models/beta/"], concept.QuerySelectorAll("main section[aria-labelledby=users-title] a").Select(a => a.GetAttribute("href")));
        var index = Html.ParseDocument(site.ReadOutput("objectives/index.html"));
        Assert.Equal(["/concepts/itc/", "/concepts/itm/"], index.QuerySelectorAll("main .tag-cloud a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("/objectives/itc/", site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public async Task A_concept_title_carries_its_short_name_and_the_plain_title_still_links()
    {
        using var site = TestSite.Minimal();
        site.Write("concepts/mlm.md", "---\nid: mlm\ntitle: Masked language modelling\nshort_name: MLM\n---\nSee [[Image-text contrastive loss]].\n");
        Assert.True((await site.BuildAsync()).Succeeded);

        var itc = Html.ParseDocument(site.ReadOutput("concepts/itc/index.html"));
        Assert.Equal("Image-text contrastive loss (ITC)", itc.QuerySelector("h1")!.TextContent);
        Assert.Equal("Image-text contrastive loss (ITC) · Test Atlas", itc.Title);
        var mlm = Html.ParseDocument(site.ReadOutput("concepts/mlm/index.html"));
        Assert.Equal("Masked language modelling (MLM)", mlm.QuerySelector("h1")!.TextContent);
        Assert.Equal("/concepts/itc/", mlm.QuerySelector("main .prose a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_infobox_links_family_and_organisation_to_their_pages()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync()).Succeeded);

        var infobox = Html.ParseDocument(site.ReadOutput("models/alpha/index.html")).QuerySelector(".infobox")!;
        var links = infobox.QuerySelectorAll("dd a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.Contains(("Dual encoder", "/families/dual-encoder/"), links);
        Assert.Contains(("Lab A", "/organisations/lab-a/"), links);
        Assert.True(File.Exists(Path.Combine(site.Output, "families/dual-encoder/index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "organisations/lab-a/index.html")));
    }

    [Fact]
    public async Task The_home_page_leads_to_the_comparison_the_timeline_and_the_newest_models()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync()).Succeeded);

        var home = Html.ParseDocument(site.ReadOutput("index.html"));
        var links = home.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        var newest = home.QuerySelectorAll("section[aria-labelledby=newest-title] .model-list a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/compare/", links);
        Assert.Contains("/timeline/", links);
        Assert.Equal(["/models/beta/", "/models/alpha/"], newest);
    }

    [Fact]
    public void The_best_value_of_a_result_key_is_the_highest_and_ties_are_all_best()
    {
        ModelRow Row(string id, decimal value) => new()
        {
            Id = id, Name = id, Title = id, Date = new DateOnly(2021, 1, 1), Family = "dual-encoder", Category = "b", Position = new Yaml.SourcePosition(1, 1),
            Results = new Dictionary<string, ResultValue> { ["nlvr2_dev"] = new(value, "Table 1", null) },
        };
        var table = new ModelTable([Row("a", 80.5m), Row("b", 82.1m), Row("c", 82.10m)]);

        Assert.Equal(82.1m, table.BestResults["nlvr2_dev"]);
        Assert.False(table.IsBest("nlvr2_dev", 80.5m));
        Assert.True(table.IsBest("nlvr2_dev", 82.10m));
        Assert.False(table.IsBest("vqav2_test_dev", 82.1m));
    }
}
