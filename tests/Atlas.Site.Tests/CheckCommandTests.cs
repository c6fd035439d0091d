using Atlas.Site.Checking;

namespace Atlas.Site.Tests;

public class CheckCommandTests
{
    [Fact]
    public async Task Check_is_clean_on_a_complete_site_and_writes_nothing()
    {
        using var site = TestSite.Complete();

        var (code, stdout, stderr) = await site.RunCliAsync("check", "--strict");

        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Matches(@"^checked: \d+ pages, \d+ files, 0 warnings, 0 errors in \d+ ms", stdout);
        Assert.False(Directory.Exists(site.Output));
        Assert.Equal(["input", "theme"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Check_names_the_pages_the_theme_links_that_a_site_lacks()
    {
        using var site = TestSite.Minimal();

        var (code, _, stderr) = await site.RunCliAsync("check");

        Assert.Equal(1, code);
        Assert.Collection(
            Lines(stderr),
            // The task pages the results link are made in C# from the benchmark's task: the links are reported where benchmarks.yaml names it.
            line => Assert.Equal("input/data/benchmarks.yaml:5:9: error ATL5001: broken link '/tasks/zero-shot-classification/#imagenet-1k-top1-zero-shot': nothing at tasks/zero-shot-classification/", line),
            line => Assert.Equal("input/data/benchmarks.yaml:5:9: error ATL5001: broken link '/tasks/zero-shot-classification/#rank-imagenet-1k-top1-zero-shot-alpha': nothing at tasks/zero-shot-classification/", line),
            line => Assert.Equal("input/data/benchmarks.yaml:5:9: error ATL5001: broken link '/tasks/zero-shot-classification/#rank-imagenet-1k-top1-zero-shot-beta': nothing at tasks/zero-shot-classification/", line),
            line => Assert.Matches(@"^theme/layouts/default\.liquid:\d+:\d+: error ATL5001: broken link '/taxonomy/': nothing at taxonomy/ \(on \d+ pages, e\.g\. [^)]+\)$", line),
            line => Assert.Matches(@"^theme/layouts/model\.liquid:\d+:\d+: error ATL5001: broken link '/taxonomy/#taxonomy-b': nothing at taxonomy/ \(on models/alpha/index\.html\)$", line),
            line => Assert.Matches(@"^theme/layouts/model\.liquid:\d+:\d+: error ATL5001: broken link '/taxonomy/#taxonomy-none': nothing at taxonomy/ \(on models/beta/index\.html\)$", line),
            line => Assert.Matches(@"^theme/layouts/model\.liquid:\d+:\d+: error ATL5001: broken link '/taxonomy/': nothing at taxonomy/ \(on 2 pages, e\.g\. models/alpha/index\.html\)$", line));
    }

    [Fact]
    public async Task A_broken_link_a_broken_anchor_and_a_missing_image_are_reported_at_their_markdown_line_and_column()
    {
        using var site = TestSite.Complete();
        site.Write("models/alpha.md", """
            ---
            id: alpha
            summary: Alpha aligns images and text.
            ---
            ## Motivation

            See [the other](../nope/) page.

            Jump to [a section](#no-such-section).

            ![diagram](diagram.png)

            These resolve: [Beta's lineage](../beta/#lineage-title), [top](#main), [[Beta]], [home](/).
            """);

        var (code, _, stderr) = await site.RunCliAsync("check");

        Assert.Equal(1, code);
        var lines = Lines(stderr);
        Assert.Contains("input/models/alpha.md:7:17: error ATL5001: broken link '../nope/': nothing at models/nope/", lines);
        Assert.Contains("input/models/alpha.md:9:21: error ATL5002: broken anchor '#no-such-section': this page has no element with id 'no-such-section'", lines);
        Assert.Contains("input/models/alpha.md:11:12: error ATL5001: missing image 'diagram.png': nothing at models/alpha/diagram.png", lines);
        Assert.Equal(3, lines.Length);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_broken_anchor_into_another_page_names_that_page()
    {
        using var site = TestSite.Complete();
        site.Write("concepts/itm.md", "---\nid: itm\ntitle: Image-text matching\naliases: [ITM]\n---\nSee [Alpha's method](../../models/alpha/#method).\n");

        var (code, _, stderr) = await site.RunCliAsync("check");

        Assert.Equal(1, code);
        Assert.Equal(["input/concepts/itm.md:6:22: error ATL5002: broken anchor '../../models/alpha/#method': models/alpha/index.html has no element with id 'method'"], Lines(stderr));
    }

    [Fact]
    public async Task A_broken_link_made_by_a_layout_is_reported_once_at_the_template_line_naming_the_pages()
    {
        using var site = TestSite.Complete();
        var layout = Path.Combine(site.Theme, "layouts/concept.liquid");
        var lines = File.ReadAllLines(layout).ToList();
        lines.Insert(lines.Count - 1, """<p><a href="{{ 'glossary/' | relative_url }}">Glossary</a></p>""");
        File.WriteAllLines(layout, lines);

        var (code, _, stderr) = await site.RunCliAsync("check");

        Assert.Equal(1, code);
        Assert.Equal([$"theme/layouts/concept.liquid:{lines.Count - 1}:17: error ATL5001: broken link '/glossary/': nothing at glossary/ (on 2 pages, e.g. concepts/itc/index.html)"], Lines(stderr));
    }

    [Fact]
    public async Task A_variable_a_layout_reads_that_no_page_has_is_an_error_in_check_and_a_warning_in_build_at_the_template_line()
    {
        using var site = TestSite.Complete();
        var layout = Path.Combine(site.Theme, "layouts/concept.liquid");
        var lines = File.ReadAllLines(layout).ToList();
        lines.Insert(lines.Count - 1, "<p>{{ glossary_entry }}</p>");
        File.WriteAllLines(layout, lines);
        var at = $"theme/layouts/concept.liquid:{lines.Count - 1}";

        var (checkCode, _, checkErrors) = await site.RunCliAsync("check");
        var (buildCode, _, buildErrors) = await site.RunCliAsync();

        Assert.Equal(1, checkCode);
        Assert.Equal([$"{at}:7: error ATL6006: 'glossary_entry' is not defined for this template (it prints nothing); give it from the template's data, or pass null where it is optional"], Lines(checkErrors));
        Assert.Equal(0, buildCode);
        Assert.Equal([$"{at}:7: warning ATL6006"], Lines(buildErrors).Select(l => l[..l.IndexOf(": '", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task Under_a_base_path_a_link_that_leaves_it_is_an_error_and_markdown_root_links_are_fine()
    {
        using var site = TestSite.Complete();
        site.Write("index.md", "---\nid: home\ntitle: Test Atlas\n---\nStart with [Alpha](/models/alpha/).\n");
        var layout = Path.Combine(site.Theme, "layouts/home.liquid");
        File.AppendAllText(layout, "<a href=\"/compare/\">Compare</a>\n");

        var (code, _, stderr) = await site.RunCliAsync("check", "--base-path", "/atlas/");

        Assert.Equal(1, code);
        var line = File.ReadAllLines(layout).Length;
        Assert.Equal([$"theme/layouts/home.liquid:{line}:10: error ATL5003: link '/compare/' points outside the site's base path /atlas/ (write it with relative_url, or relative to the page) (on index.html)"], Lines(stderr));
    }

    [Fact]
    public async Task Strict_turns_warnings_into_errors()
    {
        using var site = TestSite.Complete();
        site.Write("models/beta.md", "---\nid: beta\nsummary: Beta fuses after aligning.\n---\nBeta improves on [Alpha](../alpha).\n");

        var lenient = await site.RunCliAsync("check");
        var strict = await site.RunCliAsync("check", "--strict");

        const string Where = "input/models/beta.md:5:26:";
        Assert.Equal(0, lenient.ExitCode);
        Assert.Equal([$"{Where} warning ATL5004: link '../alpha' relies on a redirect to models/alpha/; end it with '/'"], Lines(lenient.Stderr));
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal([$"{Where} error ATL5004: link '../alpha' relies on a redirect to models/alpha/; end it with '/'"], Lines(strict.Stderr));
    }

    [Fact]
    public void Links_resolve_like_a_browser_under_the_base_path()
    {
        var page = new LinkedFile(new HashSet<string> { "top", "fn:1" }, []);
        var files = new Dictionary<string, LinkedFile>
        {
            ["index.html"] = page,
            ["models/a/index.html"] = page,
            ["assets/site.css"] = LinkedFile.Opaque,
            ["feed.xml"] = LinkedFile.Opaque,
            ["404.html"] = page,
            ["paper.pdf"] = LinkedFile.Opaque,
        };
        var checker = new LinkChecker(files, "/atlas/", "https://user.github.io");
        string? Problem(string href, string from = "models/a/index.html") => checker.Check(new SiteLink(from, href, LinkKind.Link, "a"))?.Message;

        Assert.Null(Problem("../../"));
        Assert.Null(Problem("#top"));
        Assert.Null(Problem("#fn:1"));
        Assert.Null(Problem("/atlas/assets/site.css?v=1"));
        Assert.Null(Problem("https://user.github.io/atlas/feed.xml"));
        Assert.Null(Problem("https://example.org/elsewhere"));
        Assert.Null(Problem("//cdn.example.org/x.js"));
        Assert.Null(Problem("mailto:someone@example.org"));
        Assert.Null(Problem("#"));
        Assert.Null(Problem("../a/#top"));
        Assert.Null(Problem("../../paper.pdf#page=3"));
        Assert.StartsWith("broken anchor", Problem("../a/#nope"));
        Assert.StartsWith("broken link", Problem("../b/"));
        Assert.StartsWith("link '/models/a/' points outside", Problem("/models/a/"));
        Assert.StartsWith("link 'https://user.github.io/feed.xml' points outside", Problem("https://user.github.io/feed.xml"));
        Assert.StartsWith("link '../../../../' points outside", Problem("../../../../"));
        Assert.StartsWith("link '/atlas' relies on a redirect", Problem("/atlas"));
        Assert.StartsWith("link 'models/a/' is relative, but 404.html is served at whatever URL was missing", Problem("models/a/", "404.html"));
        Assert.Null(Problem("/atlas/models/a/", "404.html"));
        Assert.Null(Problem("https://user.github.io/atlas/models/a/", "404.html"));
        Assert.Null(Problem("#top", "404.html"));
    }

    [Fact]
    public void Links_are_read_from_every_attribute_that_navigates_or_fetches()
    {
        const string html = """
            <html><head><link rel="stylesheet" href="s.css"><link rel="preconnect" href="https://x.org"><link rel="canonical" href="https://o.org/p/">
            <meta property="og:image" content="og.png"><script src="app.js"></script></head>
            <body><a href="a/">a</a><a name="old"></a><img src="i.png" srcset="i1.png 1x, i2.png 2x"><form action="search/"></form>
            <svg><a href="#n1"><use href="#sym"/></a><image href="pic.png"/></svg><p id="n1">x</p></body></html>
            """;

        var file = LinkExtractor.Html("p.html", html);

        Assert.Equal(["s.css", "https://o.org/p/", "og.png", "app.js", "a/", "i.png", "i1.png", "i2.png", "search/", "#n1", "#sym", "pic.png"], file.Links.Select(l => l.Href));
        Assert.Equal(LinkKind.Image, file.Links.Single(l => l.Href == "og.png").Kind);
        Assert.Equal(LinkKind.Asset, file.Links.Single(l => l.Href == "s.css").Kind);
        Assert.Contains("old", file.Ids);
        Assert.Contains("n1", file.Ids);
    }

    [Fact]
    public void Links_are_read_from_sitemaps_feeds_svg_files_and_stylesheets()
    {
        var sitemap = LinkExtractor.Read("sitemap.xml", """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://o.org/a/ </loc></url></urlset>""");
        var feed = LinkExtractor.Read("feed.xml", """<feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="https://o.org/feed.xml"/><entry><link href="https://o.org/m/"/><id>tag:o.org,2021:m</id></entry></feed>""");
        var svg = LinkExtractor.Read("t.svg", """<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><path id="arrow"/></defs><a xlink:href="../m/"><use href="#arrow"/></a></svg>""");
        var css = LinkExtractor.Read("s.css", """body { background: url("bg.png") } .x { filter: url(#blur) } @font-face { src: url(data:font/woff2;base64,AA) }""");
        var broken = LinkExtractor.Read("bad.xml", "<unclosed>");

        Assert.Equal(["https://o.org/a/"], sitemap.Links.Select(l => l.Href));
        Assert.Equal(["https://o.org/feed.xml", "https://o.org/m/"], feed.Links.Select(l => l.Href));
        Assert.Equal(["../m/", "#arrow"], svg.Links.Select(l => l.Href));
        Assert.Contains("arrow", svg.Ids);
        Assert.Equal(["bg.png", "data:font/woff2;base64,AA"], css.Links.Select(l => l.Href));
        Assert.Empty(broken.Links);
    }

    [Fact]
    public async Task Check_warns_about_an_organisation_or_tag_new_to_the_atlas_and_build_does_not()
    {
        using var site = TestSite.Complete();
        site.Write("data/organisations.yaml", "- Lab B\n");
        site.Write("data/tags.yaml", "- contrastive\n");

        var check = await site.RunCliAsync("check");
        var build = await site.RunCliAsync("build");

        Assert.Equal(0, check.ExitCode);
        Assert.Equal(
            [
                "input/data/models.yaml:8:9: warning ATL7003: organisation 'Lab A' is new to the atlas: check its spelling against input/data/organisations.yaml and add it there if it is meant",
                "input/models/beta.md:4:21: warning ATL7003: tag 'fusion' is new to the atlas: check its spelling against input/data/tags.yaml and add it there if it is meant",
            ],
            Lines(check.Stderr));
        Assert.Equal(0, build.ExitCode);
        Assert.DoesNotContain("new to the atlas", build.Stderr);
    }

    private static string[] Lines(string stderr) => stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
