using Atlas.Engine.Diagnostics;
using Atlas.Site.Build;
using Atlas.Site.Model;
using Atlas.Site.Yaml;

namespace Atlas.Site.Tests;

/// <summary>
/// The repository's real input/ and theme/, built twice into temporary folders as a GitHub Pages
/// project site (base path /atlas/, origin https://example.org). Shared by the tests of a class.
/// </summary>
public sealed class RealAtlas : IAsyncLifetime
{
    public const string BasePath = "/atlas/";
    public const string Origin = "https://example.org";

    private readonly string _root = Directory.CreateTempSubdirectory("atlas-real-").FullName;

    public string Output => Path.Combine(_root, "output");
    public string SecondOutput => Path.Combine(_root, "output-again");
    public BuildReport Report { get; private set; } = null!;
    public BuildReport SecondReport { get; private set; } = null!;

    /// <summary>The table as the site reads it, for checking what the pages and exports say.</summary>
    public ModelTable Table { get; private set; } = ModelTable.Empty;

    public static string Input => Path.Combine(TestSite.RepositoryRoot, "input");

    public async Task InitializeAsync()
    {
        Report = await Build(Output);
        SecondReport = await Build(SecondOutput);
        var path = Path.Combine(Input, "data/models.yaml");
        var diagnostics = new DiagnosticBag();
        Table = new ModelTableReader(path, diagnostics, DateOnly.FromDateTime(DateTime.UtcNow))
            .Read(YamlReader.Read(File.ReadAllText(path), path, diagnostics));
    }

    private static Task<BuildReport> Build(string output) => SiteBuilder.BuildAsync(
        new BuildRequest(Input, Path.Combine(TestSite.RepositoryRoot, "theme"), output, BasePath, Origin) { DisplayRoot = TestSite.RepositoryRoot });

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public IEnumerable<string> FilesNamed(string pattern) =>
        Directory.EnumerateFiles(Output, pattern, SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    public Task DisposeAsync()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }
}
