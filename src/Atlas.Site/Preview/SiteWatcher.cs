using System.Threading.Channels;

namespace Atlas.Site.Preview;

/// <summary>
/// Watches folders and reports what changed once saving has settled: changes closer together
/// than the quiet period make one batch, and changes made while a batch is handled make the
/// next one. Editors' scratch files (vim swap files, backups, emacs locks) are ignored.
/// </summary>
public sealed class SiteWatcher : IAsyncDisposable
{
    /// <summary>A path that stands for "anything may have changed", after the watcher lost events.</summary>
    public const string Everything = "*";

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public SiteWatcher(IEnumerable<string> folders, TimeSpan quietPeriod, Func<IReadOnlyCollection<string>, Task> onChanges)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Changed(e.OldFullPath);
                Changed(e.FullPath);
            };
            watcher.Error += (_, _) => _changes.Writer.TryWrite(Everything);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        _loop = Task.Run(() => RunAsync(quietPeriod, onChanges, _stop.Token));
    }

    private void Changed(string path)
    {
        if (!IsScratchFile(Path.GetFileName(path))) _changes.Writer.TryWrite(path);
    }

    public static bool IsScratchFile(string name) =>
        name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913"
        || Path.GetExtension(name) is ".swp" or ".swx" or ".swo" or ".tmp";

    private async Task RunAsync(TimeSpan quietPeriod, Func<IReadOnlyCollection<string>, Task> onChanges, CancellationToken token)
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(token))
            {
                var batch = new SortedSet<string>(StringComparer.Ordinal);
                do
                {
                    while (_changes.Reader.TryRead(out var path)) batch.Add(path);
                }
                while (await MoreWithinAsync(quietPeriod, token));
                await onChanges(batch);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> MoreWithinAsync(TimeSpan quietPeriod, CancellationToken token)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(quietPeriod);
        try
        {
            return await _changes.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
