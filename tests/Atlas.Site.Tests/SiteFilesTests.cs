using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Atlas.Site.Tests;

/// <summary>sitemap.xml, feed.xml, robots.txt and 404.html, on the smallest atlas served under a sub-path.</summary>
public class SiteFilesTests
{
    private static readonly HtmlParser Html = new();
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_sitemap_lists_every_html_page_once_by_its_absolute_url()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync("/atlas/")).Succeeded);

        var locs = XDocument.Parse(site.ReadOutput("sitemap.xml")).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => f != "404.html")
            // An unlisted page (an objective's page kept for old links, pointing to its concept) has no canonical URL and is left out.
            .Where(f => site.ReadOutput(f).Contains("<link rel=\"canonical\"", StringComparison.Ordinal))
            .Select(f => "https://example.org/atlas/" + (f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(pages, locs.Order(StringComparer.Ordinal));
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Contains("https://example.org/atlas/models/alpha/", locs);
        Assert.Contains("https://example.org/atlas/compare/", locs);
        Assert.Contains("https://example.org/atlas/search/", locs);
        Assert.DoesNotContain(locs, l => l.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_feed_is_atom_with_one_entry_per_model_newest_first_dated_by_the_newest_model()
    {
        using var site = TestSite.Minimal();
        site.AppendModelRow("""
            - id: gamma
              name: Gamma
              title: "Gamma: an older model"
              date: 2020-03-01
              family: dual-encoder
              category: none
              objectives: [itc]
              headline: main
              variants: [{id: main, name: Gamma, source: "Table 1"}]
            """);
        site.Write("models/gamma.md", "---\nid: gamma\nsummary: Gamma came first.\n---\nText.\n");
        var report = await site.BuildAsync("/atlas/");
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        var feed = XDocument.Parse(site.ReadOutput("feed.xml")).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://example.org/atlas/", feed.Element(Atom + "id")!.Value);
        Assert.Equal("2022-02-06T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("https://example.org/atlas/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal(["https://example.org/atlas/models/beta/", "https://example.org/atlas/models/alpha/", "https://example.org/atlas/models/gamma/"],
            entries.Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal(["2022-02-06T00:00:00Z", "2021-01-05T00:00:00Z", "2020-03-01T00:00:00Z"], entries.Select(e => e.Element(Atom + "updated")!.Value));
        Assert.All(entries, e => Assert.NotEmpty(e.Element(Atom + "title")!.Value));
        Assert.Equal("Gamma came first.", entries[2].Element(Atom + "summary")!.Value);
    }

    [Fact]
    public async Task Robots_txt_names_the_absolute_sitemap()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync("/atlas/")).Succeeded);

        var robots = site.ReadOutput("robots.txt");

        Assert.StartsWith("User-agent: *\n", robots);
        Assert.Contains("Sitemap: https://example.org/atlas/sitemap.xml\n", robots);
    }

    [Fact]
    public async Task The_404_page_sits_at_the_root_and_every_link_in_it_carries_the_base_path()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync("/atlas/")).Succeeded);

        var page = Html.ParseDocument(site.ReadOutput("404.html"));
        var links = page.QuerySelectorAll("a[href], link[href], script[src], form[action]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!)
            .Where(u => !u.StartsWith("https://", StringComparison.Ordinal) && !u.StartsWith('#'))
            .ToList();

        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.True(links.Count > 10);
        Assert.All(links, href => Assert.StartsWith("/atlas/", href));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.False(File.Exists(Path.Combine(site.Output, "404/index.html")));
    }

    [Fact]
    public async Task Pages_carry_canonical_and_open_graph_urls_on_the_site_origin()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync("/atlas/")).Succeeded);

        var page = Html.ParseDocument(site.ReadOutput("models/alpha/index.html"));

        Assert.Equal("https://example.org/atlas/models/alpha/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/atlas/models/alpha/", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("Alpha", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("Alpha aligns images and text.", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Without_a_site_url_the_build_warns_that_sitemap_and_feed_urls_cannot_be_absolute()
    {
        using var site = TestSite.Minimal();
        site.Write("site.yaml", "title: Test Atlas\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded);
        var warning = Assert.Single(report.Diagnostics);
        Assert.EndsWith("site.yaml", warning.Path);
        Assert.Contains("url", warning.Message);
        Assert.DoesNotContain("Sitemap:", site.ReadOutput("robots.txt"));
    }
}
