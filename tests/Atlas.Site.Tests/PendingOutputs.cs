namespace Atlas.Site.Tests;

/// <summary>
/// Files the theme links on every page that the feed, exports and search of issue 4 generate.
/// Until that work is merged, check and the crawl rightly report them missing; the tests set
/// exactly these aside and still fail on anything else. Delete this file once they are generated.
/// </summary>
internal static class PendingOutputs
{
    public static readonly string[] SitePaths = ["feed.xml", "search/", "models.json", "models.csv", "atlas.bib"];

    /// <summary>The diagnostic lines of a run, without those about a pending file.</summary>
    public static string[] Others(string stderr) => stderr
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(line => !SitePaths.Any(p => line.Contains($": nothing at {p} (on ", StringComparison.Ordinal)))
        .ToArray();

    /// <summary>The exit code check gives when the only errors are those set aside, or none.</summary>
    public static int CleanExitCode(string stderr) => Others(stderr).Length < stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length ? 1 : 0;

    public static bool IsPending(string path, string basePath) => SitePaths.Any(p => path == basePath + p);
}
