using AngleSharp.Html.Parser;
using Atlas.Site.Preview;

namespace Atlas.Site.Tests;

public class BasePathCrawlTests
{
    /// <summary>What a browser follows or fetches from a page.</summary>
    private static readonly (string Selector, string Attribute)[] Followed =
    [
        ("a[href]", "href"), ("link[href]", "href"), ("script[src]", "src"), ("img[src]", "src"), ("form[action]", "action"),
    ];

    [Theory]
    [InlineData("complete test site")]
    [InlineData("real atlas")]
    public async Task A_site_built_for_a_sub_path_and_served_there_has_no_broken_link_and_no_request_outside_it(string which)
    {
        using var site = which == "real atlas" ? TestSite.CopyOfRealAtlas() : TestSite.Complete();
        Assert.True((await site.BuildAsync("/atlas/")).Succeeded);
        await using var server = await StaticSiteServer.StartAsync(new SiteFiles(site.Output, "/atlas/"), port: 0);
        using var http = Http.Client();
        var parser = new HtmlParser();

        var requested = new List<string>();
        var broken = new List<string>();
        var idsByPage = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var anchors = new List<(string From, Uri Target)>();
        var queue = new Queue<Uri>([server.Url]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { server.Url.AbsolutePath };
        while (queue.TryDequeue(out var url))
        {
            requested.Add(url.AbsolutePath);
            using var response = await http.GetAsync(url);
            if ((int)response.StatusCode != 200)
            {
                broken.Add($"{url.AbsolutePath}: {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            idsByPage[url.AbsolutePath] = document.All.Select(e => e.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
            // search.js fetches the index from the base path the page declares, as a browser running it would.
            var fetched = document.QuerySelector("script[src$='search.js']") is null ? [] : new[] { document.Body!.GetAttribute("data-base") + "search-index.json" };
            var followed = Followed.SelectMany(f => document.QuerySelectorAll(f.Selector).Select(e => e.GetAttribute(f.Attribute)!));
            foreach (var href in followed.Concat(fetched))
            {
                var target = new Uri(url, href);
                if (target.Authority != server.Url.Authority || target.Scheme != server.Url.Scheme) continue;
                if (target.Fragment.Length > 1) anchors.Add((url.AbsolutePath, target));
                if (seen.Add(target.AbsolutePath)) queue.Enqueue(new Uri(target.GetLeftPart(UriPartial.Path)));
            }
        }
        foreach (var (from, target) in anchors.Where(a => idsByPage.ContainsKey(a.Target.AbsolutePath)))
        {
            if (!idsByPage[target.AbsolutePath].Contains(Uri.UnescapeDataString(target.Fragment[1..])))
                broken.Add($"{from} -> {target.PathAndQuery}{target.Fragment}: no such id");
        }

        Assert.Empty(broken);
        Assert.All(requested, path => Assert.StartsWith("/atlas/", path));
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/atlas/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/').Replace("index.html", ""))
            .Where(p => !p.EndsWith("404.html", StringComparison.Ordinal))
            // Unlisted pages (an objective's page kept for old links, pointing to its concept) are linked from nowhere.
            .Where(p => File.ReadAllText(Path.Combine(site.Output, p["/atlas/".Length..], p.EndsWith('/') ? "index.html" : "")).Contains("<link rel=\"canonical\"", StringComparison.Ordinal));
        Assert.All(pages, page => Assert.Contains(page, requested));
        Assert.Contains("/atlas/search-index.json", requested);
    }
}
