using Atlas.Site.Build;

namespace Atlas.Site.Tests;

/// <summary>
/// Rebuilds as preview does them, with one <see cref="RebuildCache"/> kept across builds: after
/// every kind of edit the output must be byte for byte what a clean build of the same input
/// writes, while the files the edit does not touch are left as they were.
/// </summary>
public class IncrementalBuildTests
{
    private sealed class Rebuilds(TestSite site)
    {
        private readonly BuildRequest _request = new(site.Input, site.Theme, site.Output) { Cache = new RebuildCache() };

        public async Task<BuildReport> BuildAsync()
        {
            var report = await SiteBuilder.BuildAsync(_request);
            Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
            return report;
        }

        public async Task<BuildReport> FailingBuildAsync()
        {
            var report = await SiteBuilder.BuildAsync(_request);
            Assert.False(report.Succeeded);
            return report;
        }

        /// <summary>Builds the same input from nothing into another folder and compares every file with output/.</summary>
        public async Task AssertSameAsCleanBuildAsync(string after)
        {
            var clean = Path.Combine(site.Root, "clean");
            if (Directory.Exists(clean)) Directory.Delete(clean, recursive: true);
            var report = await SiteBuilder.BuildAsync(new BuildRequest(site.Input, site.Theme, clean));
            Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
            var expected = TestSite.Fingerprint(clean);
            var actual = site.OutputFingerprint();
            var differing = expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).ToList();
            Assert.True(differing.Count == 0, $"after {after}, output/ differs from a clean build in: {string.Join(", ", differing.Take(10))}");
        }
    }

    private static void Edit(TestSite site, string relativePath, Func<string, string> change)
    {
        var path = Path.Combine(site.Root, relativePath);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }

    [Fact]
    public async Task After_each_kind_of_edit_a_rebuild_writes_what_a_clean_build_writes()
    {
        using var site = TestSite.CopyOfRealAtlas();
        var rebuilds = new Rebuilds(site);
        await rebuilds.BuildAsync();
        var modelsYaml = File.ReadAllText(Path.Combine(site.Input, "data/models.yaml"));

        Edit(site, "input/models/clip.md", text => text + "\nA sentence added while previewing.\n");
        var bodyEdit = await rebuilds.BuildAsync();
        await rebuilds.AssertSameAsCleanBuildAsync("a body edit");
        Assert.Contains("A sentence added while previewing.", site.ReadOutput("models/clip/index.html"));
        Assert.NotNull(bodyEdit.Changes);
        Assert.InRange(bodyEdit.Changes!.Written, 1, 3);

        Edit(site, "input/concepts/itm.md", text => text.Replace("\ntitle: ", "\ntitle: Renamed ", StringComparison.Ordinal));
        await rebuilds.BuildAsync();
        await rebuilds.AssertSameAsCleanBuildAsync("a title change");

        Edit(site, "input/concepts/mim.md", text => text + "\nSee also [[CLIP]].\n");
        await rebuilds.BuildAsync();
        await rebuilds.AssertSameAsCleanBuildAsync("a new wiki link (a backlink on another page)");

        Edit(site, "input/data/models.yaml", text => text.Replace("date: 2021-02-26", "date: 2021-03-01", StringComparison.Ordinal));
        await rebuilds.BuildAsync();
        await rebuilds.AssertSameAsCleanBuildAsync("a changed date in the table (timeline, feed, comparison)");
        modelsYaml = File.ReadAllText(Path.Combine(site.Input, "data/models.yaml"));

        Edit(site, "input/site.yaml", text => text.Replace("title: ", "title: Renamed ", StringComparison.Ordinal));
        await rebuilds.BuildAsync();
        await rebuilds.AssertSameAsCleanBuildAsync("a site.yaml change");

        var (code, _, stderr) = await site.RunCliAsync("new", "Test Net", "--arxiv", "2411.00001", "--offline", "--date", "2024-11-01", "--family", "dual-encoder");
        Assert.True(code == 0, stderr);
        await rebuilds.BuildAsync();
        await rebuilds.AssertSameAsCleanBuildAsync("adding a paper with the new command");
        Assert.True(File.Exists(Path.Combine(site.Output, "models/test-net/index.html")));

        Edit(site, "theme/layouts/default.liquid", text => text.Replace("</footer>", "<p>Theme edited.</p></footer>", StringComparison.Ordinal));
        await rebuilds.BuildAsync();
        await rebuilds.AssertSameAsCleanBuildAsync("a layout edit");
        Assert.Contains("Theme edited.", site.ReadOutput("index.html"));

        Edit(site, "theme/assets/css/site.css", text => text + "\n/* edited */\n");
        await rebuilds.BuildAsync();
        await rebuilds.AssertSameAsCleanBuildAsync("an asset edit");

        File.WriteAllText(Path.Combine(site.Input, "data/models.yaml"), modelsYaml);
        File.Delete(Path.Combine(site.Input, "models/test-net.md"));
        var removal = await rebuilds.BuildAsync();
        await rebuilds.AssertSameAsCleanBuildAsync("removing the paper again");
        Assert.False(Directory.Exists(Path.Combine(site.Output, "models/test-net")));
        Assert.True(removal.Changes!.Deleted >= 1);
    }

    [Fact]
    public async Task A_failed_rebuild_leaves_the_output_alone_and_the_next_good_one_catches_up()
    {
        using var site = TestSite.CopyOfRealAtlas();
        var rebuilds = new Rebuilds(site);
        await rebuilds.BuildAsync();
        var before = site.OutputFingerprint();

        Edit(site, "input/models/clip.md", text => text + "\nA first edit, with [[no-such-page]].\n");
        await rebuilds.FailingBuildAsync();
        Assert.Equal(before, site.OutputFingerprint());

        Edit(site, "input/models/clip.md", text => text.Replace("[[no-such-page]]", "[[ViLT]]", StringComparison.Ordinal));
        await rebuilds.BuildAsync();
        await rebuilds.AssertSameAsCleanBuildAsync("a fixed error");
        Assert.Contains("A first edit, with", site.ReadOutput("models/clip/index.html"));
    }

    [Fact]
    public async Task A_body_edit_rewrites_only_the_files_it_changes()
    {
        using var site = TestSite.CopyOfRealAtlas();
        var rebuilds = new Rebuilds(site);
        await rebuilds.BuildAsync();
        var home = new FileInfo(Path.Combine(site.Output, "index.html"));
        var homeWritten = home.LastWriteTimeUtc;
        var vilt = Path.Combine(site.Output, "models/vilt/index.html");
        var viltWritten = File.GetLastWriteTimeUtc(vilt);
        Thread.Sleep(50);

        Edit(site, "input/models/clip.md", text => text + "\nOne more sentence.\n");
        var report = await rebuilds.BuildAsync();

        Assert.Equal(homeWritten, File.GetLastWriteTimeUtc(home.FullName));
        Assert.Equal(viltWritten, File.GetLastWriteTimeUtc(vilt));
        Assert.Contains("One more sentence.", site.ReadOutput("models/clip/index.html"));
        Assert.True(report.Reuse!.Reused > report.Reuse.Computed, report.Summary);
    }

    [Fact]
    public async Task A_build_over_a_previous_output_rewrites_only_changed_files_and_removes_what_the_site_no_longer_has()
    {
        using var site = TestSite.Complete();
        site.Write("old/folder.md", "---\ntitle: Old\n---\nLeft from an older build.\n");
        site.Write("static/old.txt", "also from an older build\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        File.Delete(Path.Combine(site.Input, "old/folder.md"));
        File.Delete(Path.Combine(site.Input, "static/old.txt"));
        var home = Path.Combine(site.Output, "index.html");
        var homeWritten = File.GetLastWriteTimeUtc(home);
        File.WriteAllText(Path.Combine(site.Output, "stray.html"), "not made by the build");
        Thread.Sleep(50);

        var removed = await site.BuildAsync();
        var unchanged = await site.BuildAsync();
        Edit(site, "input/models/beta.md", text => text + "\nBeta, edited.\n");
        var edited = await site.BuildAsync();

        Assert.Equal(2, removed.Changes!.Deleted);
        Assert.Equal(new FileChanges(0, 0), unchanged.Changes);
        Assert.Equal(homeWritten, File.GetLastWriteTimeUtc(home));
        Assert.Equal("not made by the build", site.ReadOutput("stray.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "old")));
        Assert.False(File.Exists(Path.Combine(site.Output, "old.txt")));
        Assert.Contains("Beta, edited.", site.ReadOutput("models/beta/index.html"));
        Assert.InRange(edited.Changes!.Written, 1, 3);
        Assert.Equal(0, edited.Changes.Deleted);
    }
}
