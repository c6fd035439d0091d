using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Atlas.Site.Model;

namespace Atlas.Site.Tests;

/// <summary>
/// Every value from YAML or front matter reaches the page as text: a row and a page full of
/// markup, quotes and event handlers build into pages whose only scripts are the theme's,
/// whose attributes are the theme's, and whose links are all http(s), mailto or site paths.
/// </summary>
public class EscapingTests
{
    private const string Evil = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
    private static readonly HtmlParser Html = new();

    /// <summary>Markup in a heading, escaped for Markdown, so that the table of contents gets it as the heading's text.</summary>
    private const string HeadingPayload = "<img src=x onerror=alert(7)>";
    private const string EscapedHeading = "\\<img src=x onerror=alert(7)\\>";

    private static TestSite HostileSite()
    {
        var site = TestSite.Minimal();
        // YAML single quotes: only '' is special, so the value is Evil exactly.
        var yaml = "'" + Evil.Replace("'", "''", StringComparison.Ordinal) + "'";
        site.Write("data/models.yaml", $"""
            - id: alpha
              name: {yaml}
              aliases: [Alpha]
              title: {yaml}
              authors: [{yaml}, Alan Turing]
              arxiv: "2101.00001"
              date: 2021-01-05
              venue: {yaml}
              org: [{yaml}]
              family: dual-encoder
              category: b
              visual: {yaml}
              text: {yaml}
              fusion: {yaml}
              objectives: [itc]
              compute: {"{"}value: {yaml}, source: {yaml}{"}"}
              code: "https://example.org/code?a=1&b=\"><script>alert(3)</script>"
              headline: main
              variants:
                - {"{"}id: main, name: {yaml}, source: {yaml}, params: {"{"}value: {yaml}, source: {yaml}{"}"}, resolution: null, pretrain_data: {"{"}value: {yaml}, source: {yaml}{"}"}{"}"}
              results:
                - {"{"}benchmark: imagenet-1k-top1, setting: zero-shot, variant: main, value: 70.1, source: {yaml}, note: {yaml}{"}"}
            - id: beta
              name: Beta
              title: "Beta: the second model"
              date: 2022-02-06
              family: fusion-encoder
              category: none
              objectives: [itc, itm]
              builds_on: [alpha]
              headline: main
              variants: [{"{"}id: main, name: Beta, source: Table 1{"}"}]
            """);
        site.Write("models/alpha.md", $"---\nid: alpha\nsummary: {yaml}\ntags: [{yaml}, contrastive]\n---\n## Motivation\n\nAlpha is the start. See [[Beta]].\n\n## Results {EscapedHeading}\n\nNumbers.\n");
        site.Write("concepts/itc.md", $"---\nid: itc\ntitle: {yaml}\naliases: [ITC, {yaml}]\nsummary: {yaml}\n---\nUsed by [[Alpha]].\n");
        site.Write("tasks/zero-shot-classification.md", $"---\nid: zero-shot-classification\ntitle: {yaml}\nsummary: {yaml}\nresults: [imagenet_zs_top1]\n---\nNo labels.\n");
        // Every other field a layout prints, set from front matter on a page of each layout that prints it:
        // front matter is the page's params, so none of it may reach the page as markup or a link.
        const string link = "'javascript:alert(5)'";
        var internals = $"kind: {yaml}\nunlisted: {yaml}\nsource: {yaml}\ncontent: {yaml}\nparams: {yaml}\nabout_url: {link}\nabout_title: {yaml}\nabout: Alpha\n"
            + $"timeline_svg: '<svg onload=alert(4)><script>alert(6)</script></svg>'\nfacet: {{url: {link}, title: {yaml}}}\n"
            + $"members: [{{url: {link}, title: {yaml}, summary: {yaml}, detail: {yaml}}}]\nentries: [{{url: {link}, name: {yaml}, count: {yaml}}}]\n"
            + $"models: [{{url: {link}, name: {yaml}, category_mark: {yaml}, key_score: {{url: {link}, value: {yaml}}}}}]\npages: [{{url: {link}, title: {yaml}, summary: {yaml}}}]\n"
            + $"directory: [{{kind: {yaml}, label: {yaml}, pages: [{{url: {link}, title: {yaml}, summary: {yaml}}}]}}]\n"
            + $"deferred: true\nvalue: {yaml}\nedit_url: {link}\nlast_updated: {yaml}\nlast_updated_label: {yaml}\ntoc: [{{id: {yaml}, title: {yaml}}}]\n";
        foreach (var layout in new[] { "timeline", "facet", "facets", "search", "page", "concept", "task", "home", "models", "concepts", "tasks", "comparison", "charts", "schema" })
            site.Write($"hostile/{layout}.md", $"---\nid: hostile-{layout}\ntitle: {yaml}\nsummary: {yaml}\ntags: [{yaml}]\nlayout: {layout}\n{internals}---\nHostile.\n");
        return site;
    }

    [Fact]
    public async Task Hostile_values_render_as_text_on_every_page()
    {
        using var site = HostileSite();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var model = Html.ParseDocument(site.ReadOutput("models/alpha/index.html"));
        Assert.Equal(Evil, model.QuerySelector("h1")!.TextContent);
        Assert.Equal(Evil, model.QuerySelector("p.lede")!.TextContent);
        var infobox = model.QuerySelector(".infobox")!.TextContent;
        foreach (var label in new[] { "Paper", "Published", "Organisation", "Visual side", "Text side", "Fusion", "Parameters", "Pre-training data", "Compute" })
            Assert.Contains(label, infobox);
        Assert.True(CountOf(infobox, Evil) >= 12, $"the infobox shows the value {CountOf(infobox, Evil)} times");
        Assert.True(CountOf(model.QuerySelector("#model-variants")!.TextContent, Evil) >= 5, "the variants table shows the variant's name, facts and sources as text");
        Assert.True(CountOf(model.QuerySelector("#model-results")!.TextContent, Evil) >= 2, "the results show the source and note as text");
        Assert.Equal("https://example.org/code?a=1&b=\"><script>alert(3)</script>", model.QuerySelector(".infobox a[href^='https://example.org']")!.GetAttribute("href"));
        Assert.Contains(Evil, model.QuerySelector(".cite code")!.TextContent);
        Assert.Contains(HeadingPayload, model.QuerySelector("nav.toc")!.TextContent);
        Assert.Contains(Evil, model.QuerySelector("section.backlinks")!.TextContent);

        var compare = Html.ParseDocument(site.ReadOutput("compare/index.html"));
        var row = compare.QuerySelector("table.comparison tbody tr")!;
        Assert.Equal(Evil, row.QuerySelector("th")!.TextContent.Trim());
        Assert.Contains(compare.QuerySelectorAll("table.comparison [title]"), e => e.GetAttribute("title") == Evil);

        var concept = Html.ParseDocument(site.ReadOutput("concepts/itc/index.html"));
        Assert.Equal(Evil + " (ITC) · Test Atlas", concept.Title);
        Assert.Equal(Evil, concept.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task No_page_carries_a_script_handler_or_link_the_theme_did_not_write()
    {
        using var baseline = TestSite.Minimal();
        using var site = HostileSite();

        Assert.True((await baseline.BuildAsync()).Succeeded);
        Assert.True((await site.BuildAsync()).Succeeded);

        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 10);
        Assert.Equal(14, pages.Count(p => Path.GetRelativePath(site.Output, p).StartsWith("hostile", StringComparison.Ordinal)));
        var themeScripts = Directory.GetFiles(baseline.Output, "*.html", SearchOption.AllDirectories)
            .SelectMany(p => Scripts(Html.ParseDocument(File.ReadAllText(p)))).ToHashSet();
        foreach (var page in pages)
        {
            var document = Html.ParseDocument(File.ReadAllText(page));
            var name = Path.GetRelativePath(site.Output, page);
            Assert.True(themeScripts.IsSupersetOf(Scripts(document)), $"{name} has scripts the theme did not write");
            foreach (var element in document.All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
                Assert.NotEqual("img", element.LocalName);
                foreach (var url in new[] { "href", "src", "action" }.Select(element.GetAttribute).OfType<string>())
                    Assert.True(SafeUrl.IsSafeLink(url), $"{name}: unsafe URL '{url}' on <{element.LocalName}>");
            }
        }
    }

    private static List<string> Scripts(IDocument document) =>
        document.QuerySelectorAll("script").Select(s => s.GetAttribute("src") is { } src ? "src:" + Path.GetFileName(src) : "inline:" + s.TextContent).ToList();

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
