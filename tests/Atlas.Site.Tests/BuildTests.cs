using AngleSharp.Html.Parser;

namespace Atlas.Site.Tests;

public class BuildTests
{
    private static readonly HtmlParser Html = new();

    [Fact]
    public async Task Builds_pretty_urls_with_the_layout_titles_and_resolved_links()
    {
        using var site = TestSite.Minimal();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var alpha = Html.ParseDocument(site.ReadOutput("models/alpha/index.html"));
        Assert.Equal("Alpha · Test Atlas", alpha.Title);
        Assert.Equal("Alpha", alpha.QuerySelector("h1")!.TextContent);
        Assert.NotNull(alpha.QuerySelector("header.site-header nav a[href='/compare/']"));
        var wiki = alpha.QuerySelectorAll("a.wikilink").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Beta", "/models/beta/"), wiki);
        Assert.Contains(("the contrastive loss", "/concepts/itc/"), wiki);
        // The infobox comes from the table row, with its result and source.
        Assert.Contains("150M", alpha.QuerySelector(".infobox")!.TextContent);
        Assert.Contains("Alpha-B", alpha.QuerySelector("#model-variants")!.TextContent);
        Assert.Contains("70.1", alpha.QuerySelector("#model-results table.results")!.TextContent);
        Assert.Contains("Table 1", alpha.QuerySelector("#model-results table.results")!.TextContent);
        // Lineage both ways, and the backlink from beta's page.
        Assert.Contains("Beta", alpha.QuerySelector(".lineage")!.TextContent);
        var beta = Html.ParseDocument(site.ReadOutput("models/beta/index.html"));
        Assert.Equal("/models/alpha/", beta.QuerySelector(".lineage a")!.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "assets/css/site.css")));
    }

    [Fact]
    public async Task A_base_path_prefixes_every_internal_link()
    {
        using var site = TestSite.Minimal();

        var report = await site.BuildAsync("/atlas/");

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var page = Html.ParseDocument(site.ReadOutput("models/alpha/index.html"));
        var internalLinks = page.QuerySelectorAll("a[href^='/'], link[href^='/'], script[src^='/']")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ToList();
        Assert.NotEmpty(internalLinks);
        Assert.All(internalLinks, href => Assert.StartsWith("/atlas/", href));
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = TestSite.Minimal();

        Assert.True((await site.BuildAsync()).Succeeded);
        var first = site.OutputFingerprint();
        Assert.True((await site.BuildAsync()).Succeeded);
        var second = site.OutputFingerprint();

        Assert.True(first.Count > 5);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = site.OutputFingerprint();

        site.Write("data/models.yaml", "- id: alpha\n  name: [unclosed\n");
        var report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        Assert.Equal(before, site.OutputFingerprint());
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public async Task Malformed_yaml_gives_a_path_line_col_error_exit_1_and_no_stack_trace()
    {
        using var site = TestSite.Minimal();
        // Line 3 has a tab-indented key, which YAML forbids.
        site.Write("data/models.yaml", "- id: alpha\n  name: Alpha\n\ttitle: broken\n");

        var (code, _, stderr) = await site.RunCliAsync();

        Assert.Equal(1, code);
        Assert.Matches(@"^input/data/models\.yaml:3:\d+: error ATL1001: ", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task A_failed_build_ends_by_saying_what_output_holds_the_last_good_build_or_nothing()
    {
        using var site = TestSite.Minimal();
        site.Write("data/models.yaml", "- id: alpha\n  name: Alpha: the first\n");
        var (_, neverBuilt, _) = await site.RunCliAsync();
        Assert.EndsWith("; output/ not written\n", neverBuilt);

        using var good = TestSite.Minimal();
        Assert.Equal(0, (await good.RunCliAsync()).ExitCode);
        var builtAt = File.GetLastWriteTimeUtc(Path.Combine(good.Output, ".atlas-manifest"));
        good.Write("data/models.yaml", "- id: alpha\n  name: Alpha: the first\n");
        var (code, stdout, stderr) = await good.RunCliAsync();

        Assert.Equal(1, code);
        Assert.Contains("input/data/models.yaml:2:14: error ATL1001: invalid YAML: a ': ' here reads as a new key", stderr);
        Assert.EndsWith($"; output/ left as the last good build, of {builtAt:yyyy-MM-dd HH:mm:ss} UTC\n", stdout);
    }

    [Fact]
    public async Task A_front_matter_error_names_the_line_in_the_file()
    {
        using var site = TestSite.Minimal();
        site.Write("models/beta.md", "---\nid: beta\nsummary: \"unclosed\ntags: [x]\n---\nBody\n");

        var report = await site.BuildAsync();

        var error = Assert.Single(report.Diagnostics, d => d.Path.EndsWith("beta.md", StringComparison.Ordinal));
        Assert.Equal("input/models/beta.md", error.Path);
        Assert.InRange(error.Line, 3, 5);
    }

    [Fact]
    public async Task Bad_usage_exits_2_and_help_lists_every_option()
    {
        using var site = TestSite.Minimal();

        var (badCode, _, badErr) = await site.RunCliAsync("--no-such-option");
        var (helpCode, help, _) = await site.RunCliAsync("--help");

        Assert.Equal(2, badCode);
        Assert.Contains("--no-such-option", badErr);
        Assert.Equal(0, helpCode);
        foreach (var option in new[] { "--input", "--output", "--theme", "--base-path", "--quiet", "--verbose" })
            Assert.Contains(option, help);
    }

    [Fact]
    public async Task The_summary_line_counts_pages_warnings_errors_and_time()
    {
        using var site = TestSite.Minimal();

        var (code, stdout, _) = await site.RunCliAsync();

        Assert.Equal(0, code);
        Assert.Matches(@"built: \d+ pages, \d+ files \(\d+ written, 0 deleted\), 0 warnings, 0 errors in \d+ ms", stdout);
    }

    [Fact]
    public async Task A_template_that_does_not_parse_is_reported_at_its_file()
    {
        using var site = TestSite.Minimal();
        File.AppendAllText(Path.Combine(site.Theme, "layouts/page.liquid"), "\n{% if broken %}\n");

        var report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Path.EndsWith("theme/layouts/page.liquid", StringComparison.Ordinal) && d.Message.Contains("does not parse"));
    }

    [Fact]
    public async Task Values_from_yaml_are_escaped_in_html()
    {
        using var site = TestSite.Minimal();
        site.Write("models/alpha.md", "---\nid: alpha\nsummary: \"<script>alert(1)</script>\"\n---\nText.\n");

        Assert.True((await site.BuildAsync()).Succeeded);
        var html = site.ReadOutput("models/alpha/index.html");

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task Markdown_keeps_its_structure_headings_with_ids_lists_tables_and_footnotes()
    {
        using var site = TestSite.Minimal();
        site.Write("models/alpha.md", "---\nid: alpha\n---\n## Motivation\n\nFirst paragraph.[^1]\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee https://example.org.\n\n[^1]: A note.\n");

        Assert.True((await site.BuildAsync()).Succeeded);
        var prose = Html.ParseDocument(site.ReadOutput("models/alpha/index.html")).QuerySelector(".prose")!;

        Assert.Equal("motivation", prose.QuerySelector("h2")!.Id);
        Assert.Equal(2, prose.QuerySelectorAll("ul > li").Length);
        Assert.NotNull(prose.QuerySelector("table td"));
        Assert.NotNull(prose.QuerySelector(".footnotes"));
        Assert.Equal("https://example.org", prose.QuerySelector("a[href^='https://example.org']")!.GetAttribute("href"));
    }
}
