using System.CommandLine;
using Atlas.Bench.Measure;
using Atlas.Bench.Sites;
using Atlas.Bench.Synthetic;

var repository = FindRepository(Directory.GetCurrentDirectory());
var sizes = new Option<string>("--sizes") { Description = "Numbers of model pages to build, comma-separated", DefaultValueFactory = _ => "1000,10000" };
var runs = new Option<int>("--runs") { Description = "Measured builds per generator and size (after one warm-up); medians are reported", DefaultValueFactory = _ => 5 };
var warmups = new Option<int>("--warmups") { Description = "Unmeasured builds per generator and size before the measured ones", DefaultValueFactory = _ => 1 };
var seed = new Option<ulong>("--seed") { Description = "Seed of the synthetic atlas (the same seed gives the same files)", DefaultValueFactory = _ => 42 };
var installPeers = new Option<bool>("--install-peers") { Description = "Install hugo and GNU time (apt-get) and Eleventy 3 with js-yaml (npm, into bench/peers) first" };
var work = new Option<string>("--work") { Description = "Folder for the generated sites and the published binary", DefaultValueFactory = _ => Path.Combine(repository, "bench", "out") };
var readme = new Option<string?>("--readme") { Description = "Also write the tables into this README, between <!-- bench:begin --> and <!-- bench:end -->" };
var root = new RootCommand("Build benchmark of Model Atlas against Hugo and Eleventy on synthetic atlases.") { sizes, runs, warmups, seed, installPeers, work, readme };
root.SetAction(result => Benchmark.Run(new BenchOptions(
    result.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToList(),
    result.GetValue(runs), result.GetValue(warmups), result.GetValue(seed), result.GetValue(installPeers), repository,
    Path.GetFullPath(result.GetValue(work)!), result.GetValue(readme) is { } path ? Path.GetFullPath(path) : null), Console.Out));

var pages = new Option<int>("--pages") { Description = "Number of model pages", DefaultValueFactory = _ => 1000 };
var output = new Option<string>("--out") { Description = "Folder to write into: input/ for the atlas, hugo/ and eleventy/ for the peers", Required = true };
var generate = new Command("generate", "Only write a synthetic atlas (and the equivalent Hugo and Eleventy sites)") { pages, seed, output };
generate.SetAction(result =>
{
    var atlas = SyntheticAtlas.Generate(result.GetValue(pages), result.GetValue(seed));
    var folder = Path.GetFullPath(result.GetValue(output)!);
    AtlasInput.Write(atlas, Path.Combine(folder, "input"));
    HugoSite.Write(atlas, Path.Combine(folder, "hugo"));
    EleventySite.Write(atlas, Path.Combine(folder, "eleventy"), Path.Combine(repository, "bench", "peers", "node_modules", "js-yaml"));
    Console.WriteLine($"generated {atlas.Models.Count} models into {folder}");
});
root.Subcommands.Add(generate);

var rebuild = new Command("rebuild", "Only measure the rebuild after a one-page edit, in one warm process, at the smallest of --sizes") { sizes, runs, warmups, seed, work };
rebuild.SetAction(result =>
{
    var times = Benchmark.WarmRebuild(new BenchOptions(
        result.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToList(),
        result.GetValue(runs), result.GetValue(warmups), result.GetValue(seed), false, repository, Path.GetFullPath(result.GetValue(work)!), null), Console.Out);
    Console.WriteLine($"median rebuild after a one-page edit: {Measured.Median(times):0.0} ms (min {times.Min():0.0}, max {times.Max():0.0}, {times.Count} runs)");
});
root.Subcommands.Add(rebuild);
return root.Parse(args).Invoke();

static string FindRepository(string from)
{
    for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "ModelAtlas.slnx"))) return dir.FullName;
    throw new InvalidOperationException("run the benchmark inside the repository (no ModelAtlas.slnx above " + from + ")");
}
