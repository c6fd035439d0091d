using System.Diagnostics;
using Atlas.Engine.Diagnostics;
using Atlas.Engine.Pipelines;
using Atlas.Site.Build;
using Atlas.Site.Config;
using Atlas.Site.Modules.Markdown;
using Atlas.Site.Modules.Parse;
using Atlas.Site.Modules.Read;
using Atlas.Site.Pipelines;
using Xunit.Abstractions;

namespace Atlas.Site.Tests.Fuzzing;

/// <summary>
/// Mutates a frozen copy of the real input files, frozen-input/ (a fixed seed, so every run
/// tries the same cases: a paper added to input/ must not reshuffle the mutants), and builds
/// each mutant: the build may report errors, but must never throw, never report an internal
/// error (a module that threw), and never hang. Most cases run the parse and validate stages
/// on the mutated file alone; the rest build a whole site in dry-run mode: the real table, one
/// small page per model, and the mutated file in its place.
/// </summary>
[Trait("Category", "Fuzz")]
public class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_127;
    private const int StageCases = 4_600;
    private const int SiteCases = 600;
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    /// <summary>input/ as it was when the fuzzer was last tuned; refresh it only with a fuzz run that passes.</summary>
    private static string FrozenInput { get; } = Path.Combine(TestSite.RepositoryRoot, "tests", "Atlas.Site.Tests", "Fuzzing", "frozen-input");

    [Fact]
    public async Task Mutated_real_input_never_crashes_or_hangs_the_build()
    {
        var input = FrozenInput;
        var targets = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(input, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var stopwatch = Stopwatch.StartNew();

        var failures = new List<string>();
        var ticks = new long[2];
        await Task.WhenAll(Enumerable.Range(0, 2).Select(worker => Task.Run(async () =>
        {
            using var stages = new StageSite(input);
            using var site = new StubSite(input);
            for (var index = worker; index < StageCases + SiteCases; index += 2)
            {
                var random = new Random(Seed + index);
                var target = targets[random.Next(targets.Count)];
                var applied = new List<string>();
                var mutant = new Mutator(random).Mutate(File.ReadAllBytes(Path.Combine(input, target)), applied);
                var started = Stopwatch.GetTimestamp();
                var failure = index < StageCases ? await stages.RunAsync(target, mutant) : await site.RunAsync(target, mutant);
                Interlocked.Add(ref ticks[index < StageCases ? 0 : 1], Stopwatch.GetTimestamp() - started);
                if (failure is null) continue;
                lock (failures) failures.Add($"case {index} ({(index < StageCases ? "stages" : "site")}), {target}: {string.Join("; ", applied)}\n    {failure}");
            }
        })));

        output.WriteLine($"fuzz: {StageCases + SiteCases} cases ({StageCases} stage runs, {Stopwatch.GetElapsedTime(0, ticks[0]).TotalSeconds:0} s; {SiteCases} site builds, {Stopwatch.GetElapsedTime(0, ticks[1]).TotalSeconds:0} s) over {targets.Count} files in {stopwatch.Elapsed.TotalSeconds:0.0} s, seed {Seed}");
        Assert.True(failures.Count == 0, $"{failures.Count} mutants broke the build:\n{string.Join("\n", failures.Take(20))}");
    }

    /// <summary>Runs one build and turns a throw, a hang or an internal-error diagnostic into a failure message.</summary>
    private static async Task<string?> Guard(Func<CancellationToken, Task<IReadOnlyList<Diagnostic>>> build)
    {
        using var cancel = new CancellationTokenSource(CaseTimeout);
        try
        {
            var diagnostics = await build(cancel.Token).WaitAsync(CaseTimeout + TimeSpan.FromSeconds(1));
            return diagnostics.FirstOrDefault(d => d.Code == DiagnosticCode.InternalError)?.ToString();
        }
        catch (Exception ex)
        {
            return ex is TimeoutException or OperationCanceledException ? $"no result within {CaseTimeout.TotalSeconds} s" : ex.ToString();
        }
    }

    /// <summary>
    /// The parse and validate stages of one file, with the site's own modules: the Data pipeline
    /// for a YAML file, and for a page the Content pipeline's modules up to its rendered Markdown.
    /// </summary>
    private sealed class StageSite : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("atlas-fuzz-").FullName;
        private readonly string _realInput;

        public StageSite(string realInput)
        {
            _realInput = realInput;
            foreach (var kept in Kept()) Copy(Path.Combine(realInput, kept), Path.Combine(_root, "input", kept));
        }

        /// <summary>The files every stage build reads besides the mutant: site.yaml and the vocabulary the table names.</summary>
        private IEnumerable<string> Kept() => new[] { "site.yaml" }.Concat(
            Model.VocabularyReader.Files.Keys.Select(name => $"data/{name}.yaml").Where(f => File.Exists(Path.Combine(_realInput, f))));

        public async Task<string?> RunAsync(string target, byte[] mutant)
        {
            var input = Path.Combine(_root, "input");
            var isPage = target.EndsWith(".md", StringComparison.Ordinal);
            var path = Path.Combine(input, isPage ? "page.md" : target);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, mutant);
            try
            {
                return await Guard(async token =>
                {
                    var diagnostics = new DiagnosticBag();
                    var site = SiteConfig.Load(input, p => Path.GetRelativePath(_root, p), diagnostics);
                    var settings = new BuildSettings(input, Path.Combine(TestSite.RepositoryRoot, "theme"), Path.Combine(_root, "output"), site) { DisplayRoot = _root };
                    Pipeline[] pipelines = isPage ? [new PageStages()] : [new VocabularyPipeline(), new DataPipeline()];
                    await new Engine.Execution.Engine(pipelines, [settings]).RunAsync(diagnostics, token);
                    return diagnostics.Sorted();
                });
            }
            finally
            {
                if (Kept().Contains(target)) Copy(Path.Combine(_realInput, target), path);
                else File.Delete(path);
            }
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }

    /// <summary>The Content pipeline's modules that read, check and render a page's Markdown (layouts are left to the site builds).</summary>
    private sealed class PageStages : Pipeline
    {
        public PageStages()
        {
            Input(new ReadFiles(SiteFolder.Input, ["*.md"]));
            Process(new ParseFrontMatter(), new RenderMarkdown(), new AssignUrls());
            PostProcess(new ResolveWikiLinks());
        }
    }

    /// <summary>A whole site, built dry: the real site.yaml and table, a small page per model, two concepts and a home page.</summary>
    private sealed class StubSite : IDisposable
    {
        private readonly TestSite _site = TestSite.Minimal();
        private readonly string _realInput;

        public StubSite(string realInput)
        {
            _realInput = realInput;
            File.Delete(Path.Combine(_site.Input, "models/alpha.md"));
            File.Delete(Path.Combine(_site.Input, "models/beta.md"));
            Copy(Path.Combine(realInput, "site.yaml"), Path.Combine(_site.Input, "site.yaml"));
            Copy(Path.Combine(realInput, "data/models.yaml"), Path.Combine(_site.Input, "data/models.yaml"));
            foreach (var page in Directory.EnumerateFiles(Path.Combine(realInput, "models"), "*.md"))
            {
                var id = Path.GetFileNameWithoutExtension(page);
                _site.Write($"models/{id}.md", $"---\nid: {id}\nsummary: The {id} model.\ntags: [stub]\n---\n## Motivation\n\nIt uses [[itc]].\n");
            }
        }

        public async Task<string?> RunAsync(string target, byte[] mutant)
        {
            var path = Path.Combine(_site.Input, target);
            var previous = File.Exists(path) ? File.ReadAllBytes(path) : null;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, mutant);
            try
            {
                return await Guard(async token =>
                    (await SiteBuilder.BuildAsync(new BuildRequest(_site.Input, _site.Theme, _site.Output) { DryRun = true }, token)).Diagnostics);
            }
            finally
            {
                if (previous is null) File.Delete(path);
                else File.WriteAllBytes(path, previous);
            }
        }

        public void Dispose() => _site.Dispose();
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }
}
