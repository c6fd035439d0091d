namespace Atlas.Site.Tests;

/// <summary>
/// <c>--output</c> never costs a user a file: a folder that holds or lies inside the sources is
/// refused before anything is written, and a build deletes only files a build of this tool wrote.
/// </summary>
public class OutputFolderTests
{
    [Theory]
    [InlineData(".", "is the project folder")]
    [InlineData("", "is the project folder")]
    [InlineData("input", "is the input folder")]
    [InlineData("theme", "is the theme folder")]
    [InlineData("..", "contains the input folder")]
    [InlineData("input/static/site", "lies inside the input folder")]
    [InlineData("theme/out", "lies inside the theme folder")]
    public async Task A_folder_that_holds_or_lies_in_the_sources_is_refused_and_nothing_changes(string output, string reason)
    {
        using var site = TestSite.Minimal();
        site.Write("static/robots-extra.txt", "kept\n");
        site.Write("drafts/new-page.md", "---\ntitle: Not committed yet\n---\nMine.\n");
        var parent = Path.GetDirectoryName(site.Root)!;
        var before = Snapshot(site.Root);
        // Only entries named after the site can be this build's (a staging folder beside it): other tests share the parent.
        string[] Siblings() => Directory.GetFileSystemEntries(parent, $"*{Path.GetFileName(site.Root)}*");
        var siblingsBefore = Siblings();

        var (code, stdout, stderr) = await site.RunCliAsync("--output", output);

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("atlas: error ATL0003: --output", line);
        Assert.Contains(reason, line);
        Assert.Equal("", stdout);
        Assert.Equal(before, Snapshot(site.Root));
        Assert.Equal(siblingsBefore, Siblings());
    }

    [Fact]
    public async Task Preview_refuses_the_same_folders()
    {
        using var site = TestSite.Minimal();
        var before = Snapshot(site.Root);
        var (code, _, stderr) = await site.RunCliAsync("preview", "--port", "0", "--output", "input");
        Assert.Equal(2, code);
        Assert.Contains("is the input folder", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(before, Snapshot(site.Root));
    }

    [Fact]
    public async Task Unrelated_files_in_the_output_folder_are_kept_and_the_last_builds_stale_files_deleted()
    {
        using var site = TestSite.Minimal();
        site.Write("old-page.md", "---\ntitle: Old\n---\nSoon gone.\n");
        Directory.CreateDirectory(Path.Combine(site.Output, "notes"));
        File.WriteAllText(Path.Combine(site.Output, "notes", "mine.txt"), "my notes\n");
        File.WriteAllText(Path.Combine(site.Output, "CNAME"), "atlas.example.org\n");

        var (first, _, firstErrors) = await site.RunCliAsync();
        Assert.True(first == 0, firstErrors);
        Assert.True(File.Exists(Path.Combine(site.Output, "old-page", "index.html")));

        File.Delete(Path.Combine(site.Input, "old-page.md"));
        var (second, _, secondErrors) = await site.RunCliAsync();
        Assert.True(second == 0, secondErrors);

        Assert.False(Directory.Exists(Path.Combine(site.Output, "old-page")));
        Assert.Equal("my notes\n", File.ReadAllText(Path.Combine(site.Output, "notes", "mine.txt")));
        Assert.Equal("atlas.example.org\n", File.ReadAllText(Path.Combine(site.Output, "CNAME")));
        Assert.True(File.Exists(Path.Combine(site.Output, "models", "alpha", "index.html")));
    }

    [Fact]
    public async Task A_file_the_site_would_replace_but_no_build_wrote_fails_the_build_and_is_kept()
    {
        using var site = TestSite.Minimal();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "index.html"), "my own page\n");

        var (code, _, stderr) = await site.RunCliAsync();

        Assert.Equal(1, code);
        Assert.Contains("output:1:1: error ATL0004: holds files this tool did not write where the site has files of its own (e.g. index.html)", stderr);
        Assert.Equal("my own page\n", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Single(Directory.GetFileSystemEntries(site.Output));
    }

    private static SortedDictionary<string, string> Snapshot(string root)
    {
        var result = TestSite.Fingerprint(root);
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(root, folder)] = "folder";
        return result;
    }
}
