using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Atlas.Site.Tests;

/// <summary>HTTP as the tests speak it to a server on 127.0.0.1: a client that never follows redirects, and raw requests.</summary>
internal static class Http
{
    public static HttpClient Client() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Sends the request line exactly as given, so no client library normalises the path first.</summary>
    public static async Task<(int Status, string Headers, string Body)> RawGetAsync(Uri server, string target, string? host = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host ?? server.Authority}\r\nConnection: close\r\n\r\n"));
        var response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        var end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (int.Parse(response.Split(' ')[1]), response[..end], response[(end + 4)..]);
    }

    /// <summary>Gets the page until <paramref name="done"/> holds; fails after <paramref name="timeout"/>. Returns the time it took.</summary>
    public static async Task<TimeSpan> WaitForAsync(HttpClient client, Uri page, Func<string, bool> done, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (done(await client.GetStringAsync(page))) return clock.Elapsed;
            await Task.Delay(20);
        }
        throw new TimeoutException($"{page} did not show the change within {timeout.TotalSeconds} s");
    }
}
