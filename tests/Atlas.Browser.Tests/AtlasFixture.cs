using Atlas.Site.Build;
using Atlas.Site.Preview;
using Microsoft.Playwright;

namespace Atlas.Browser.Tests;

/// <summary>
/// Shared by every browser test: the repository's real atlas (input/ + theme/) built once under the
/// base path /atlas/, served on 127.0.0.1 by the atlas's own static server (the one `serve` runs),
/// and one headless Debian chromium driven by Playwright.
/// Each test opens its own browser context, so storage and permissions never leak between tests.
/// </summary>
public sealed class AtlasFixture : IAsyncLifetime
{
    public const string BasePath = "/atlas/";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _root = Directory.CreateTempSubdirectory("atlas-browser-").FullName;
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string SiteFolder => Path.Combine(_root, "site");

    /// <summary>How many models the built atlas has: one folder each under models/.</summary>
    public int ModelCount => Directory.GetDirectories(Path.Combine(SiteFolder, "models")).Length;

    /// <summary>The newest model's id (latest date, ties by id), as the vertical timeline puts it at the top; read from the built models.json.</summary>
    public string NewestModelId => System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(SiteFolder, "models.json"))).RootElement
        .EnumerateArray()
        .Select(m => (Id: m.GetProperty("id").GetString()!, Date: m.GetProperty("date").GetString()!))
        .OrderByDescending(m => m.Date, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)
        .First().Id;

    public Uri SiteUrl => _server?.Url ?? throw new InvalidOperationException("the atlas is not served yet");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("chromium is not started yet");

    public async Task InitializeAsync()
    {
        // Every test is skipped (BrowserFact): building the atlas for them would be wasted.
        if (Chromium.SkipReason is not null) return;
        if (!File.Exists(Chromium.Path)) throw new InvalidOperationException(Chromium.Missing + " CI is set, so the browser tests are required.");

        var repository = RepositoryRoot();
        var report = await SiteBuilder.BuildAsync(new BuildRequest(
            Path.Combine(repository, "input"), Path.Combine(repository, "theme"), SiteFolder, BasePath));
        if (!report.Succeeded)
            throw new InvalidOperationException("the atlas did not build:\n" + string.Join("\n", report.Diagnostics));

        _server = await StaticSiteServer.StartAsync(new SiteFiles(SiteFolder, BasePath), port: 0);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh context and page; a missing element fails the test in seconds, not at a global timeout.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>An absolute URL for a site path: "models/clip/" → http://127.0.0.1:PORT/atlas/models/clip/.</summary>
    public string Url(string sitePath) => new Uri(SiteUrl, sitePath.TrimStart('/')).ToString();

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ModelAtlas.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("repository root (ModelAtlas.slnx) not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class AtlasCollection : ICollectionFixture<AtlasFixture>
{
    public const string Name = "atlas in chromium";
}
