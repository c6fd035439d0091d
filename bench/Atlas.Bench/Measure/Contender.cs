using Atlas.Bench.Sites;
using Atlas.Bench.Synthetic;

namespace Atlas.Bench.Measure;

/// <summary>A site generator in the race: how to write its site, how to build it, where its output goes.</summary>
public sealed record Contender(string Name, Action<SyntheticAtlas, string> WriteSite, string Command, string[] Arguments, string OutputFolder)
{
    public Run Build(string siteDirectory)
    {
        var output = Path.Combine(siteDirectory, OutputFolder);
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        return Measured.Run(siteDirectory, Command, Arguments);
    }

    public int PagesBuilt(string siteDirectory) =>
        Directory.EnumerateFiles(Path.Combine(siteDirectory, OutputFolder), "*.html", SearchOption.AllDirectories).Count();

    public static Contender Atlas(string binary, string theme) => new(
        "atlas", (atlas, dir) => AtlasInput.Write(atlas, Path.Combine(dir, "input")),
        binary, ["--input", "input", "--output", "output", "--theme", theme, "--verbose"], "output");

    /// <summary>Hugo from Debian's package, when it is on the PATH.</summary>
    public static Contender? Hugo() => FindOnPath("hugo") is { } hugo
        ? new("Hugo", HugoSite.Write, hugo, ["--quiet", "--destination", "public"], "public")
        : null;

    /// <summary>Eleventy from bench/peers (npm), when it is installed there.</summary>
    public static Contender? Eleventy(string peers) =>
        File.Exists(Path.Combine(peers, "node_modules/@11ty/eleventy/cmd.cjs")) && FindOnPath("node") is { } node
            ? new("Eleventy", (atlas, dir) => EleventySite.Write(atlas, dir, Path.Combine(peers, "node_modules/js-yaml")),
                node, [Path.Combine(peers, "node_modules/@11ty/eleventy/cmd.cjs"), "--quiet"], "_site")
            : null;

    private static string? FindOnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);
}
