using System.Security.Cryptography;
using Atlas.Site.Build;
using Atlas.Site.Commands;

namespace Atlas.Site.Tests;

/// <summary>
/// A real site in a temporary folder: input/ written by the test, the repository's real theme/,
/// and an output/ folder. Deleted when the test ends.
/// </summary>
public sealed class TestSite : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("atlas-test-").FullName;
    public string Input => Path.Combine(Root, "input");
    public string Output => Path.Combine(Root, "output");
    public string Theme => Path.Combine(Root, "theme");

    public TestSite(bool withTheme = true)
    {
        Directory.CreateDirectory(Input);
        if (withTheme) CopyDirectory(Path.Combine(RepositoryRoot, "theme"), Theme);
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ModelAtlas.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("repository root (ModelAtlas.slnx) not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A site with two models, one concept and a home page: the smallest complete atlas.</summary>
    public static TestSite Minimal()
    {
        var site = new TestSite();
        site.Write("site.yaml", "title: Test Atlas\ndescription: A tiny atlas for tests.\nurl: https://example.org\n");
        site.Write("data/models.yaml", """
            - id: alpha
              name: Alpha
              title: "Alpha: the first model"
              authors: [Ada Lovelace, Alan Turing]
              arxiv: "2101.00001"
              date: 2021-01-05
              venue: ICML 2021
              org: [Lab A]
              family: dual-encoder
              category: b
              objectives: [itc]
              headline: base
              variants:
                - {id: base, name: Alpha-B, source: "Table 1", params: {value: "150M", source: "Table 3"}, resolution: null, pretrain_data: null}
              results:
                - {benchmark: imagenet-1k-top1, setting: zero-shot, variant: base, value: 70.1, source: "Table 1"}
            - id: beta
              name: Beta
              title: "Beta: the second model"
              arxiv: "2202.00002"
              date: 2022-02-06
              family: fusion-encoder
              category: none
              objectives: [itc, itm]
              builds_on: [alpha]
              headline: large
              variants:
                - {id: large, name: Beta-L, source: "Table 2", params: null, resolution: null, pretrain_data: null}
              results:
                - {benchmark: imagenet-1k-top1, setting: zero-shot, variant: large, value: 75.5, source: "Table 2"}
            """);
        site.WriteVocabulary();
        site.Write("models/alpha.md", "---\nid: alpha\nsummary: Alpha aligns images and text.\ntags: [contrastive]\n---\n## Motivation\n\nAlpha is the start. See [[Beta]] and [[itc|the contrastive loss]].\n");
        site.Write("models/beta.md", "---\nid: beta\nsummary: Beta fuses after aligning.\ntags: [contrastive, fusion]\n---\n## Motivation\n\nBeta improves on [[alpha]].\n");
        site.Write("concepts/itc.md", "---\nid: itc\ntitle: Image-text contrastive loss\naliases: [ITC]\nsummary: Pulls matching pairs together.\n---\nUsed by [[Alpha]].\n");
        site.Write("concepts/itm.md", "---\nid: itm\ntitle: Image-text matching\naliases: [ITM]\nsummary: A yes/no match head.\n---\nUsed by [[Beta]].\n");
        site.Write("index.md", "---\nid: home\ntitle: Test Atlas\n---\nWelcome. Start with [[Alpha]].\n");
        return site;
    }

    /// <summary>
    /// The vocabulary of <see cref="Minimal"/>'s rows (input/data/): one benchmark and its
    /// setting, the two families and objectives the rows use, and the ViLT categories.
    /// </summary>
    public void WriteVocabulary()
    {
        Write("data/benchmarks.yaml", """
            - id: imagenet-1k-top1
              name: ImageNet-1k top-1
              dataset: ImageNet-1k
              split: val
              task: zero-shot-classification
              metric: top-1 accuracy
              unit: "%"
              range: [0, 100]
              higher_is_better: true
              settings: [zero-shot]
              description: The share of validation images whose first class is right.

            """);
        Write("data/settings.yaml", "- id: zero-shot\n  name: zero-shot\n  description: No training on the benchmark.\n");
        Write("data/families.yaml", """
            - {id: dual-encoder, name: Dual encoder, description: Two towers., lane: 1, colour: "#2b6cb0"}
            - {id: fusion-encoder, name: Fusion encoder, description: Fused layers., lane: 2, colour: "#b7791f", detector_lanes: true}

            """);
        Write("data/objectives.yaml", """
            - {id: itc, name: ITC, long_name: Image-text contrastive loss, concept: itc}
            - {id: itm, name: ITM, long_name: Image-text matching, concept: itm}

            """);
        Write("data/categories.yaml", """
            - {id: a, name: (a) VE > TE > MI, ve: 3, te: 1, mi: 1}
            - {id: b, name: (b) VE = TE > MI, ve: 3, te: 3, mi: 1}
            - {id: c, name: (c) VE > MI > TE, ve: 3, te: 1, mi: 2}
            - {id: d, name: (d) MI > VE = TE, ve: 1, te: 1, mi: 3}
            - {id: none, name: none of (a)–(d), ve: 0, te: 0, mi: 0}

            """);
    }

    /// <summary><see cref="Minimal"/> plus the pages its theme links: the taxonomy (in the menu) and the task of its results.</summary>
    public static TestSite Complete()
    {
        var site = Minimal();
        site.Write("taxonomy.md", "---\nid: taxonomy\ntitle: The ViLT taxonomy\n---\nFour categories.\n");
        site.Write("tasks/zero-shot-classification.md", "---\nid: zero-shot-classification\ntitle: Zero-shot classification\n---\nNo labels.\n");
        return site;
    }

    /// <summary>A copy of the repository's real input/ and theme/, to change in a test.</summary>
    public static TestSite CopyOfRealAtlas()
    {
        var site = new TestSite();
        CopyDirectory(Path.Combine(RepositoryRoot, "input"), site.Input);
        return site;
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Adds a row (YAML, starting with "- id:") to the end of data/models.yaml.</summary>
    public void AppendModelRow(string row) =>
        File.AppendAllText(Path.Combine(Input, "data/models.yaml"), "\n" + row + "\n");

    /// <summary>Adds <paramref name="model"/>'s row to models.yaml and its page (with <paramref name="tags"/>).</summary>
    public void AddModel(TestModel model, IReadOnlyList<string>? tags = null)
    {
        AppendModelRow(model.Row());
        Write($"models/{model.Id}.md", model.Page(tags));
    }

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public Task<BuildReport> BuildAsync(string? basePath = null, string? url = null) =>
        SiteBuilder.BuildAsync(new BuildRequest(Input, Theme, Output, basePath, url));

    /// <summary>Runs the command line as a user would, in the site's folder; returns exit code and both streams.</summary>
    public async Task<(int ExitCode, string Stdout, string Stderr)> RunCliAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await AtlasCli.RunAsync(args, Root, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    /// <summary>Every file of output/ with a hash of its bytes, by relative path.</summary>
    public SortedDictionary<string, string> OutputFingerprint() => Fingerprint(Output);

    /// <summary>Every file of a folder with a hash of its bytes, by relative path.</summary>
    public static SortedDictionary<string, string> Fingerprint(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return result;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(folder, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        return result;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
