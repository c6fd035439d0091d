using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Atlas.Site.Tests;

/// <summary>What helps a reader find their way on a model page: its contents, the pages linking to it, where to edit it and how fresh it is.</summary>
public class ModelPageAidsTests
{
    private static readonly HtmlParser Html = new();

    private static IDocument Page(TestSite site, string path) => Html.ParseDocument(site.ReadOutput(path));

    [Fact]
    public async Task The_table_of_contents_lists_the_sections_with_their_subsections_and_links_to_them()
    {
        using var site = TestSite.Minimal();
        site.Write("models/alpha.md", "---\nid: alpha\nsummary: Alpha.\n---\n## Motivation\n\nWhy.\n\n## Architecture\n\n### The `image` tower\n\nHow.\n\n## Results\n\nNumbers.\n");
        Assert.True((await site.BuildAsync()).Succeeded);

        var page = Page(site, "models/alpha/index.html");
        var toc = page.QuerySelector("nav.toc")!;

        Assert.Equal(["Motivation", "Architecture", "Results"], toc.QuerySelectorAll(":scope > ol > li > a").Select(a => a.TextContent));
        var sub = toc.QuerySelector("ol ol a")!;
        Assert.Equal("The image tower", sub.TextContent);
        foreach (var link in toc.QuerySelectorAll("a"))
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
    }

    [Fact]
    public async Task A_page_with_one_section_has_no_table_of_contents()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.Null(Page(site, "models/alpha/index.html").QuerySelector("nav.toc"));
    }

    [Fact]
    public async Task Backlinks_are_grouped_by_kind_and_a_long_group_starts_collapsed()
    {
        using var site = TestSite.Minimal();
        for (var i = 1; i <= 9; i++)
            site.Write($"concepts/c{i}.md", $"---\nid: c{i}\ntitle: Concept {i}\n---\nSee [[Alpha]].\n");
        Assert.True((await site.BuildAsync()).Succeeded);

        var groups = Page(site, "models/alpha/index.html").QuerySelectorAll(".backlinks details").ToList();

        Assert.Equal(["Models (1)", "Concepts (10)", "Other pages (1)"], groups.Select(g => g.QuerySelector("summary")!.TextContent.Trim()));
        Assert.Equal(["/models/beta/"], groups[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal([true, false, true], groups.Select(g => g.HasAttribute("open")));
    }

    [Fact]
    public async Task Edit_this_page_opens_the_page_file_in_the_repository_on_the_chosen_branch()
    {
        using var site = TestSite.Minimal();
        site.Write("site.yaml", "title: Test Atlas\nurl: https://example.org\nrepository: https://github.com/someone/atlas/\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Equal("https://github.com/someone/atlas/blob/main/input/models/alpha.md", EditLink(site));

        site.Write("site.yaml", "title: Test Atlas\nurl: https://example.org\nrepository: https://github.com/someone/atlas\nedit_branch: drafts/v2\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Equal("https://github.com/someone/atlas/blob/drafts/v2/input/models/alpha.md", EditLink(site));
    }

    [Fact]
    public async Task Outside_a_git_checkout_and_without_a_repository_the_page_says_nothing_of_either()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.Null(Page(site, "models/alpha/index.html").QuerySelector(".page-meta"));
    }

    [Fact]
    public async Task Last_updated_is_the_date_of_the_last_commit_that_changed_the_page()
    {
        using var site = TestSite.Minimal();
        await Git(site.Root, "2024-03-05T10:00:00+00:00", "init", "-q");
        await Git(site.Root, "2024-03-05T10:00:00+00:00", "add", ".");
        await Git(site.Root, "2024-03-05T10:00:00+00:00", "commit", "-q", "-m", "first");
        site.Write("models/beta.md", "---\nid: beta\nsummary: Beta, revised.\n---\nBeta improves on [[alpha]].\n");
        await Git(site.Root, "2025-01-02T23:30:00+00:00", "commit", "-q", "-am", "revise beta");
        Assert.True((await site.BuildAsync()).Succeeded);
        var first = site.OutputFingerprint();

        Assert.Equal(("2024-03-05", "5 March 2024"), LastUpdated(site, "alpha"));
        Assert.Equal(("2025-01-02", "2 January 2025"), LastUpdated(site, "beta"));
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Equal(first, site.OutputFingerprint());
    }

    private static (string?, string) LastUpdated(TestSite site, string id)
    {
        var time = Page(site, $"models/{id}/index.html").QuerySelector(".page-meta time")!;
        return (time.GetAttribute("datetime"), time.TextContent);
    }

    private static string? EditLink(TestSite site) =>
        Page(site, "models/alpha/index.html").QuerySelectorAll(".page-meta a").Single(a => a.TextContent == "Edit this page").GetAttribute("href");

    /// <summary>Runs git in a folder with a fixed author and commit date, so the history is the same at every run.</summary>
    private static async Task Git(string folder, string date, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", .. args]) start.ArgumentList.Add(arg);
        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        using var git = Process.Start(start)!;
        var error = await git.StandardError.ReadToEndAsync();
        await git.WaitForExitAsync();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error}");
    }
}
