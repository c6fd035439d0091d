using Atlas.Site.Diagnostics;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Build;

namespace Atlas.Site.Preview;

/// <summary>
/// A running preview: the site built once, served with live reload, and rebuilt whenever
/// something under input/ or theme/ changes, redoing and rewriting only what the change
/// affects (see <see cref="RebuildCache"/>). A failed rebuild leaves the last good site
/// served and puts its errors in the terminal and over the open pages.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    /// <summary>How long saving must have settled before a rebuild starts (editors write a file in several steps).</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(50);

    private readonly BuildRequest _request;
    private readonly Reporter _reporter;
    private readonly TextWriter _log;
    private readonly LiveReload _liveReload = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private StaticSiteServer? _server;
    private SiteFiles? _files;
    private SiteWatcher? _watcher;

    private PreviewSession(BuildRequest request, Reporter reporter, TextWriter log)
    {
        _request = request with { OutputGate = new ReaderWriterLockSlim(), Cache = new RebuildCache() };
        _reporter = reporter;
        _log = log;
    }

    public Uri Url => _server!.Url;

    public BuildReport? LastReport { get; private set; }

    public static async Task<PreviewSession> StartAsync(BuildRequest request, int port, Reporter reporter, TextWriter log, CancellationToken cancellationToken = default)
    {
        var session = new PreviewSession(request, reporter, log);
        try
        {
            await session.RebuildAsync([]);
            var basePath = SiteBuilder.LoadSite(session._request, new DiagnosticBag()).BasePath;
            session._files = new SiteFiles(session._request.OutputDirectory, basePath, session._request.OutputGate);
            session._server = await StaticSiteServer.StartAsync(session._files, port, session._liveReload, cancellationToken);
            session._watcher = new SiteWatcher([session._request.InputDirectory, session._request.ThemeDirectory], QuietPeriod, session.RebuildAsync);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Rebuilds the site after <paramref name="changes"/> (full paths; empty for the first build)
    /// and tells the open tabs. The one way preview builds: builds never overlap.
    /// </summary>
    public async Task<BuildReport> RebuildAsync(IReadOnlyCollection<string> changes)
    {
        await _building.WaitAsync();
        try
        {
            if (changes.Count > 0)
                _log.WriteLine($"changed: {string.Join(", ", changes.Take(3).Select(c => c == SiteWatcher.Everything ? "(many files)" : _request.DisplayPath(c)))}{(changes.Count > 3 ? $" and {changes.Count - 3} more" : "")}");
            BuildReport report;
            try
            {
                report = await SiteBuilder.BuildAsync(_request);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                report = new BuildReport([Diagnostic.Error(Codes.OutputWriteFailed, _request.DisplayPath(_request.OutputDirectory), 1, 1, ex.Message)], 0, 0, TimeSpan.Zero, null);
            }
            _reporter.Report(report);
            if (report.Succeeded) FollowBasePath();
            LastReport = report;
            _liveReload.Published(report);
            return report;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>A site.yaml whose base_path changed moves the served site under the new path (the old URLs answer 404).</summary>
    private void FollowBasePath()
    {
        if (_files is null) return;
        var basePath = SiteBuilder.LoadSite(_request, new DiagnosticBag()).BasePath;
        if (basePath == _files.BasePath) return;
        _files.BasePath = basePath;
        _log.WriteLine($"base path changed: the site is now at {Url}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_watcher is not null) await _watcher.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
        await _building.WaitAsync();
        _request.OutputGate?.Dispose();
        _building.Dispose();
    }
}
