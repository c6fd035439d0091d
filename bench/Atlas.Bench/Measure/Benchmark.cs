using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Atlas.Bench.Sites;
using Atlas.Bench.Synthetic;
using Atlas.Site.Build;
using Atlas.Site.Modules;

namespace Atlas.Bench.Measure;

public sealed record BenchOptions(IReadOnlyList<int> Sizes, int Runs, int Warmups, ulong Seed, bool InstallPeers, string Repository, string Work, string? Readme);

/// <summary>
/// The benchmark: publishes the atlas in Release (ReadyToRun), generates each size for every
/// contender, builds them in turn (warm-ups, then the measured runs, interleaved so that noise
/// from other work on the machine falls on all of them alike) and prints medians as Markdown tables.
/// </summary>
public static partial class Benchmark
{
    /// <summary>
    /// The issue's phases, and the stages the atlas's modules declare that make each up;
    /// cross-pipeline work is every other stage (listings, memos, search, feeds, exports).
    /// </summary>
    private static readonly (string Phase, Stage[]? Stages)[] Phases =
    [
        ("read", [Stage.Read]),
        ("parse", [Stage.Parse, Stage.Models]),
        ("Markdown", [Stage.Markdown]),
        ("templates", [Stage.Templates]),
        ("cross-pipeline", null),
        ("write", [Stage.Write]),
    ];

    /// <summary>Whether a stage as --verbose prints it falls in a phase (memos print as "Cross-pipeline", no declared stage).</summary>
    private static bool InPhase(Stage[]? stages, string stage) =>
        stages?.Any(s => s.ToString() == stage) ?? !Phases.Any(p => p.Stages?.Any(s => s.ToString() == stage) == true);

    public static int Run(BenchOptions options, TextWriter log)
    {
        var peers = Path.Combine(options.Repository, "bench", "peers");
        if (options.InstallPeers) InstallPeers(peers, log);
        if (!File.Exists(Measured.GnuTime))
        {
            log.WriteLine($"bench: {Measured.GnuTime} is missing (Debian package 'time'); run with --install-peers or apt-get install time");
            return 2;
        }
        var binary = Publish(options, log);
        var contenders = new List<Contender> { Contender.Atlas(binary, Path.Combine(options.Repository, "theme")) };
        contenders.AddRange(new[] { Contender.Hugo(), Contender.Eleventy(peers) }.OfType<Contender>());
        log.WriteLine($"bench: contenders {string.Join(", ", contenders.Select(c => c.Name))}; {options.Runs} runs each after {options.Warmups} warm-up(s)");

        var load = new List<string> { LoadAverage() };
        var rows = new List<SizeResult>();
        foreach (var size in options.Sizes)
        {
            var atlas = SyntheticAtlas.Generate(size, options.Seed);
            var results = new Dictionary<Contender, List<Run>>();
            foreach (var contender in contenders)
            {
                var dir = SiteDirectory(options, size, contender);
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
                contender.WriteSite(atlas, dir);
                results[contender] = [];
            }
            for (var run = 1 - options.Warmups; run <= options.Runs; run++)
            {
                foreach (var contender in contenders)
                {
                    var result = contender.Build(SiteDirectory(options, size, contender));
                    if (result.ExitCode != 0)
                    {
                        log.WriteLine($"bench: {contender.Name} failed at N = {size}:\n{result.Stdout}{result.Stderr}");
                        return 1;
                    }
                    log.WriteLine($"bench: N = {size}, {contender.Name}, {(run <= 0 ? "warm-up" : $"run {run}")}: {result.Wall.TotalMilliseconds:0} ms, {result.PeakRssKb / 1024} MB");
                    if (run > 0) results[contender].Add(result);
                }
            }
            rows.Add(new SizeResult(size, contenders.Select(c => (c, results[c], c.PagesBuilt(SiteDirectory(options, size, c)))).ToList()));
        }
        var real = RealAtlas(options, binary, log);
        var rebuild = WarmRebuild(options, log);
        load.Add(LoadAverage());

        var report = Report(rows, real, rebuild, options, load);
        log.WriteLine();
        log.Write(report);
        if (options.Readme is { } readme) UpdateReadme(readme, report);
        return 0;
    }

    private sealed record SizeResult(int Size, List<(Contender Contender, List<Run> Runs, int Pages)> Results);

    private static string SiteDirectory(BenchOptions options, int size, Contender contender) =>
        Path.Combine(options.Work, $"n{size}", contender.Name.ToLowerInvariant());

    private static void InstallPeers(string peers, TextWriter log)
    {
        log.WriteLine("bench: installing hugo and GNU time (apt-get), Eleventy and js-yaml (npm, into bench/peers)");
        Measured.Check("/", "apt-get", "update", "-qq");
        Measured.Check("/", "apt-get", "install", "-y", "-qq", "hugo", "time");
        Measured.Check(peers, "npm", "install", "--no-audit", "--no-fund");
    }

    /// <summary>
    /// Publishes the real generator in Release as a release would ship it, self-contained with the
    /// framework and the app compiled ahead of time into one composite ReadyToRun image, and returns
    /// its binary, so that process time is real. Compiled apart from the framework, about 1,800
    /// generic methods that cross the two (LINQ, collections over the app's types) were compiled
    /// on every run instead, about a tenth of the CPU of a build of 1,000 pages.
    /// </summary>
    private static string Publish(BenchOptions options, TextWriter log)
    {
        var output = Path.Combine(options.Work, "atlas");
        string[] arguments = ["publish", "ModelAtlas.csproj", "-c", "Release", "-r", "linux-x64", "--self-contained", "true", "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true", "-o", output, "--nologo", "-v", "q"];
        log.WriteLine($"bench: dotnet {string.Join(' ', arguments)}");
        Measured.Check(options.Repository, "dotnet", arguments);
        return Path.Combine(output, "atlas");
    }

    /// <summary>The repository's own input/ built by the published binary, as an author would.</summary>
    private static List<Run> RealAtlas(BenchOptions options, string binary, TextWriter log)
    {
        var output = Path.Combine(options.Work, "real-atlas-output");
        var runs = new List<Run>();
        for (var run = 1 - options.Warmups; run <= options.Runs; run++)
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            var result = Measured.Run(options.Repository, binary, "--input", "input", "--theme", "theme", "--output", output, "--quiet");
            if (result.ExitCode != 0) throw new InvalidOperationException("the real atlas does not build: " + result.Stderr);
            log.WriteLine($"bench: real atlas, {(run <= 0 ? "warm-up" : $"run {run}")}: {result.Wall.TotalMilliseconds:0} ms");
            if (run > 0) runs.Add(result);
        }
        return runs;
    }

    /// <summary>
    /// What a preview pays after an author saves one page: in one warm process, the atlas of the
    /// smallest size is built, one model page is edited, and the site is built again with the
    /// cache preview keeps between builds (milliseconds of each rebuild).
    /// </summary>
    public static List<double> WarmRebuild(BenchOptions options, TextWriter log)
    {
        var size = options.Sizes.Min();
        var atlas = SyntheticAtlas.Generate(size, options.Seed);
        var dir = Path.Combine(options.Work, $"n{size}", "rebuild");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        AtlasInput.Write(atlas, Path.Combine(dir, "input"));
        var request = new BuildRequest(Path.Combine(dir, "input"), Path.Combine(options.Repository, "theme"), Path.Combine(dir, "output")) { Cache = new RebuildCache() };
        var page = Path.Combine(dir, "input", "models", atlas.Models[size / 2].Id + ".md");
        var times = new List<double>();
        for (var run = 1 - Math.Max(2, options.Warmups); run <= options.Runs; run++)
        {
            File.AppendAllText(page, $"\nEdited for rebuild {run}.\n");
            var stopwatch = Stopwatch.StartNew();
            var report = SiteBuilder.BuildAsync(request).GetAwaiter().GetResult();
            if (!report.Succeeded) throw new InvalidOperationException("the rebuild failed: " + string.Join("\n", report.Diagnostics.Take(5)));
            log.WriteLine($"bench: N = {size}, rebuild after a one-page edit, {(run <= 0 ? "warm-up" : $"run {run}")}: {stopwatch.ElapsedMilliseconds} ms; {report.Summary}");
            if (run > 0) times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    private static string Report(List<SizeResult> rows, List<Run> real, List<double> rebuild, BenchOptions options, List<string> load)
    {
        static string Ms(double ms) => ms.ToString("#,0", CultureInfo.InvariantCulture) + " ms";
        static string Mb(double kb) => (kb / 1024).ToString("#,0", CultureInfo.InvariantCulture) + " MB";
        static double MedianWall(List<Run> runs) => Measured.Median(runs.Select(r => r.Wall.TotalMilliseconds));
        static string Spread(List<Run> runs) => $"{runs.Min(r => r.Wall.TotalMilliseconds):0}–{runs.Max(r => r.Wall.TotalMilliseconds):0}";

        var peers = rows[0].Results.Skip(1).Select(r => r.Contender.Name).ToList();
        var text = new StringBuilder();
        text.Append("| N | atlas | ms/page | atlas CPU | atlas peak RSS |");
        foreach (var peer in peers) text.Append($" {peer} | {peer} peak RSS | atlas/{peer} |");
        text.Append('\n').Append("| ---: | ---: | ---: | ---: | ---: |").Append(string.Concat(peers.Select(_ => " ---: | ---: | ---: |"))).Append('\n');
        foreach (var row in rows)
        {
            var (_, ours, _) = row.Results[0];
            var oursWall = MedianWall(ours);
            text.Append($"| {row.Size:#,0} | {Ms(oursWall)} | {oursWall / row.Size:0.00} | {Ms(Measured.Median(ours.Select(r => r.Cpu.TotalMilliseconds)))} | {Mb(Measured.Median(ours.Select(r => (double)r.PeakRssKb)))} |");
            foreach (var (_, runs, _) in row.Results.Skip(1))
                text.Append($" {Ms(MedianWall(runs))} | {Mb(Measured.Median(runs.Select(r => (double)r.PeakRssKb)))} | {oursWall / MedianWall(runs):0.00} |");
            text.Append('\n');
        }

        text.Append("\nWhere the atlas's time goes (medians): the build's wall time in process, the process's startup and exit, and the time of each phase, summed over the threads and pipelines that ran it (so on 2 cores it can exceed the wall time):\n\n");
        text.Append("| N | build (in process) | startup + exit |").Append(string.Concat(Phases.Select(p => $" {p.Phase} |"))).Append('\n');
        text.Append("| ---: | ---: | ---: |").Append(string.Concat(Phases.Select(_ => " ---: |"))).Append('\n');
        foreach (var row in rows)
        {
            var ours = row.Results[0].Runs;
            var inProcess = Measured.Median(ours.Select(r => BuildMs(r.Stdout)));
            text.Append($"| {row.Size:#,0} | {Ms(inProcess)} | {Ms(MedianWall(ours) - inProcess)} |");
            foreach (var (_, stages) in Phases)
                text.Append($" {Ms(Measured.Median(ours.Select(r => StageTimes(r.Stdout).Where(s => InPhase(stages, s.Key)).Sum(s => s.Value))))} |");
            text.Append('\n');
        }

        text.Append($"\nPages written: {string.Join("; ", rows.Select(r => $"N = {r.Size:#,0}: " + string.Join(", ", r.Results.Select(c => $"{c.Contender.Name} {c.Pages:#,0}"))))}. ");
        text.Append($"Wall-time spread (min–max ms) of the atlas: {string.Join("; ", rows.Select(r => $"N = {r.Size:#,0}: {Spread(r.Results[0].Runs)}"))}");
        foreach (var peer in peers) text.Append($"; {peer}: {string.Join(", ", rows.Select(r => Spread(r.Results.First(c => c.Contender.Name == peer).Runs)))}");
        text.Append($".\nThe real atlas (input/, published Release binary): {Ms(MedianWall(real))} wall, {Ms(Measured.Median(real.Select(r => r.Cpu.TotalMilliseconds)))} CPU, {Mb(Measured.Median(real.Select(r => (double)r.PeakRssKb)))} peak RSS. ");
        text.Append($"A rebuild after a one-page edit at N = {options.Sizes.Min():#,0}, in a warm process (with the cache preview keeps): {Ms(Measured.Median(rebuild))} (spread {rebuild.Min():0}–{rebuild.Max():0} ms). ");
        text.Append($"{options.Runs} runs per cell after {options.Warmups} warm-up(s); load average before and after: {string.Join(" / ", load)}.\n");
        return text.ToString();
    }

    /// <summary>The build's own time, from the summary line of the atlas ("... in 1234 ms").</summary>
    private static double BuildMs(string stdout) => SummaryTime().Match(stdout) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;

    /// <summary>Milliseconds per stage, summed over the "  Stage  Module  12.3 ms" lines that --verbose prints.</summary>
    private static Dictionary<string, double> StageTimes(string stdout) => ModuleLine().Matches(stdout)
        .GroupBy(m => m.Groups[1].Value)
        .ToDictionary(g => g.Key, g => g.Sum(m => double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)));

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private const string ReadmeBegin = "<!-- bench:begin -->";
    private const string ReadmeEnd = "<!-- bench:end -->";

    /// <summary>Replaces the table between the bench markers of the README with this run's.</summary>
    public static void UpdateReadme(string readme, string report)
    {
        var text = File.ReadAllText(readme);
        var begin = text.IndexOf(ReadmeBegin, StringComparison.Ordinal);
        var end = text.IndexOf(ReadmeEnd, StringComparison.Ordinal);
        if (begin < 0 || end < begin) throw new InvalidOperationException($"{readme} has no {ReadmeBegin} ... {ReadmeEnd} block");
        File.WriteAllText(readme, text[..(begin + ReadmeBegin.Length)] + "\n" + report + text[end..]);
    }

    [GeneratedRegex(@"^built: .* in (\d+) ms$", RegexOptions.Multiline)]
    private static partial Regex SummaryTime();

    [GeneratedRegex(@"^  (\S+) +(\S+) +([\d.]+) ms$", RegexOptions.Multiline)]
    private static partial Regex ModuleLine();
}
