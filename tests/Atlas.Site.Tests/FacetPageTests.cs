using Atlas.Site.Links;
using AngleSharp.Html.Parser;
using Atlas.Site.Model;

namespace Atlas.Site.Tests;

/// <summary>Tag, family, organisation and objective pages: one module groups pages by each facet.</summary>
public class FacetPageTests
{
    private static readonly HtmlParser Html = new();

    private static List<string?> ListedLinks(TestSite site, string path) =>
        Html.ParseDocument(site.ReadOutput(path)).QuerySelectorAll("main .model-table tbody th a").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public async Task Each_facet_value_has_a_page_listing_its_models_newest_first_and_each_facet_an_index()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.Equal(["/models/alpha/"], ListedLinks(site, "families/dual-encoder/index.html"));
        Assert.Equal(["/models/beta/"], ListedLinks(site, "families/fusion-encoder/index.html"));
        Assert.Equal(["/models/alpha/"], ListedLinks(site, "organisations/lab-a/index.html"));
        Assert.Equal(["/models/beta/", "/models/alpha/"], ListedLinks(site, "tags/contrastive/index.html"));
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
    public async Task An_objective_points_to_the_concept_page_objectives_yaml_names_even_when_no_name_of_that_page_matches()
    {
        using var site = TestSite.Minimal();
        site.Write("data/objectives.yaml", """
            - {id: itc, name: Contrastive, long_name: Image-text contrastive loss, concept: itc}
            - {id: itm, name: ITM, long_name: Image-text matching, concept: itm}

            """);
        Assert.True((await site.BuildAsync()).Succeeded);

        var page = Html.ParseDocument(site.ReadOutput("objectives/contrastive/index.html"));
        Assert.Empty(ListedLinks(site, "objectives/contrastive/index.html"));
        Assert.Equal("/concepts/itc/", page.QuerySelector("main .lede a")!.GetAttribute("href"));
        var index = Html.ParseDocument(site.ReadOutput("objectives/index.html"));
        Assert.Equal(["/concepts/itc/", "/concepts/itm/"], index.QuerySelectorAll("main .tag-cloud a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("/objectives/contrastive/", site.ReadOutput("sitemap.xml"));
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
        var newest = home.QuerySelectorAll("section[aria-labelledby=newest-title] .model-table tbody th a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/compare/", links);
        Assert.Contains("/timeline/", links);
        Assert.Equal(["/models/beta/", "/models/alpha/"], newest);
    }

    [Fact]
    public void The_best_value_of_a_series_is_the_highest_shown_ties_are_all_best_and_settings_never_mix()
    {
        var diagnostics = new Engine.Diagnostics.DiagnosticBag();
        Yaml.YamlNode? Read(string yaml) => Yaml.YamlReader.Read(yaml, "test.yaml", diagnostics);
        var vocabulary = new Vocabulary(new Dictionary<string, (string, IReadOnlyList<IVocabularyEntry>)>
        {
            ["benchmarks"] = ("b.yaml", new VocabularyReader("b.yaml", diagnostics).Read("benchmarks", Read(
                "- {id: nlvr2-dev, name: NLVR2 dev, dataset: NLVR2, split: dev, task: nlvr2, metric: accuracy, unit: \"%\", range: [0, 100], higher_is_better: true, settings: [fine-tuned, zero-shot]}"))),
            ["settings"] = ("s.yaml", new VocabularyReader("s.yaml", diagnostics).Read("settings", Read("- {id: zero-shot, name: zero-shot}\n- {id: fine-tuned, name: fine-tuned}"))),
            ["families"] = ("f.yaml", new VocabularyReader("f.yaml", diagnostics).Read("families", Read("- {id: dual-encoder, name: Dual encoder, lane: 1, colour: \"#123456\"}"))),
            ["objectives"] = ("o.yaml", new VocabularyReader("o.yaml", diagnostics).Read("objectives", Read("- {id: itc, name: ITC, concept: itc}"))),
            ["categories"] = ("c.yaml", new VocabularyReader("c.yaml", diagnostics).Read("categories", Read("- {id: b, name: b, ve: 3, te: 3, mi: 1}"))),
        });
        string Row(string id, string results) =>
            $"- {{id: {id}, name: {id}, title: {id}, date: 2021-01-01, family: dual-encoder, category: b, objectives: [itc], headline: main, "
            + $"variants: [{{id: main, name: Main, source: T1}}, {{id: big, name: Big, source: T1}}], results: [{results}]}}\n";
        var table = new ModelTableReader("m.yaml", diagnostics, new DateOnly(2030, 1, 1), vocabulary, new FacetValueSlugs(Facet.Organisations).Add).Read(Read(
            Row("a", "{benchmark: nlvr2-dev, setting: fine-tuned, variant: main, value: 80.5, source: T1}, {benchmark: nlvr2-dev, setting: fine-tuned, variant: big, value: 90.0, source: T1}")
            + Row("b", "{benchmark: nlvr2-dev, setting: fine-tuned, variant: main, value: 82.1, source: T1}, {benchmark: nlvr2-dev, setting: zero-shot, variant: main, value: 95.0, source: T1}")
            + Row("c", "{benchmark: nlvr2-dev, setting: fine-tuned, variant: big, value: 82.10, source: T1}")));

        Assert.Empty(diagnostics.Items);
        var fineTuned = table.Series.Single(s => s.Setting.Id == "fine-tuned");
        var zeroShot = table.Series.Single(s => s.Setting.Id == "zero-shot");
        Assert.Equal(80.5m, table.Cell(table.Find("a")!, fineTuned)!.Value);
        Assert.Equal(82.10m, table.Cell(table.Find("c")!, fineTuned)!.Value);
        Assert.False(table.IsBest(fineTuned, 80.5m));
        Assert.True(table.IsBest(fineTuned, 82.1m));
        Assert.False(table.IsBest(fineTuned, 95.0m));
        Assert.True(table.IsBest(zeroShot, 95.0m));
    }
}
