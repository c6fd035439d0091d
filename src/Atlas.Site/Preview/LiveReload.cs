using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Build;

namespace Atlas.Site.Preview;

/// <summary>
/// Tells open preview tabs about builds over Server-Sent Events. Every message is the whole
/// state: the version of the site being served (one more after each successful build) and the
/// errors of the last build. A tab reloads when the version is not the one it was served
/// with, and shows the errors over the page while the last good site stays served. A tab that
/// connects late compares versions on its first message, so no rebuild is missed.
/// </summary>
public sealed class LiveReload
{
    /// <summary>Where tabs listen, under the site's base path.</summary>
    public const string EventsPath = "__atlas/events";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _listeners = [];
    private BuildState _state = new(0, []);

    private sealed record BuildState(int Version, IReadOnlyList<string> Errors);

    public int Version
    {
        get { lock (_lock) return _state.Version; }
    }

    /// <summary>Records a finished build and tells every open tab.</summary>
    public void Published(BuildReport report)
    {
        lock (_lock)
        {
            _state = report.Succeeded
                ? new BuildState(_state.Version + 1, [])
                : new BuildState(_state.Version, report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList());
            var message = Message(_state);
            foreach (var listener in _listeners) listener.Writer.TryWrite(message);
        }
    }

    /// <summary>Messages for one tab, starting with the current state; the listener ends when <paramref name="token"/> is cancelled.</summary>
    public async IAsyncEnumerable<string> ListenAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            channel.Writer.TryWrite(Message(_state));
            _listeners.Add(channel);
        }
        try
        {
            while (await channel.Reader.WaitToReadAsync(token).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var message)) yield return message;
            }
        }
        finally
        {
            lock (_lock) _listeners.Remove(channel);
        }
    }

    private static string Message(BuildState state) => $"event: state\ndata: {JsonSerializer.Serialize(state, Json)}\n\n";

    /// <summary>
    /// The page with the live-reload script added before &lt;/body&gt;; served pages only, never the
    /// built files. <paramref name="version"/> is read before the page, so a build finishing in
    /// between costs one reload too many, never one too few.
    /// </summary>
    public static byte[] Inject(byte[] html, int version, string basePath)
    {
        var page = Encoding.UTF8.GetString(html);
        var script = Script.Replace("VERSION", version.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("EVENTS", JsonSerializer.Serialize(basePath + EventsPath), StringComparison.Ordinal);
        var end = page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? page + script : page[..end] + script + page[end..]);
    }

    private const string Script = """
        <script>(function(){var v=VERSION,s=new EventSource(EVENTS);s.addEventListener("state",function(e){var d=JSON.parse(e.data),o=document.getElementById("atlas-build-errors");if(d.errors.length){if(!o){o=document.createElement("pre");o.id="atlas-build-errors";o.setAttribute("role","alert");o.style.cssText="position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;padding:1em;background:#300;color:#fdd;font:13px/1.4 monospace;white-space:pre-wrap;z-index:2147483647";document.body.appendChild(o)}o.textContent="Build failed; this is the last good build.\n\n"+d.errors.join("\n")}else if(d.version!==v){location.reload()}else if(o){o.remove()}})})();</script>
        """;
}
