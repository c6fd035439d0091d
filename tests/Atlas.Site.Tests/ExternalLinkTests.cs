using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Atlas.Site.Tests;

/// <summary>
/// <c>check --external</c> against local servers on 127.0.0.1 that answer as live sites do:
/// 200, 404, a 301 to another host, 429 then 200, HEAD refused then GET 200, a hang, a reset
/// connection. The site links nothing else, so no request leaves the machine.
/// </summary>
public class ExternalLinkTests
{
    /// <summary>A site whose only outside links are those given: rows with a code link each (no arXiv id), and a page linking the rest.</summary>
    private static TestSite SiteLinking(string alphaCode, string betaCode, params string[] pageLinks)
    {
        var site = TestSite.Complete();
        site.Write("data/models.yaml", $$"""
            - id: alpha
              name: Alpha
              title: "Alpha: the first model"
              date: 2021-01-05
              family: dual-encoder
              category: b
              objectives: [itc]
              code: {{alphaCode}}
              headline: base
              variants:
                - {id: base, name: Alpha-B, source: "Table 1", params: null, resolution: null, pretrain_data: null}
              results:
                - {benchmark: imagenet-1k-top1, setting: zero-shot, variant: base, value: 70.1, source: "Table 1"}
            - id: beta
              name: Beta
              title: "Beta: the second model"
              date: 2022-02-06
              family: fusion-encoder
              category: none
              objectives: [itc, itm]
              builds_on: [alpha]
              code: {{betaCode}}
              headline: large
              variants:
                - {id: large, name: Beta-L, source: "Table 2", params: null, resolution: null, pretrain_data: null}
              results:
                - {benchmark: imagenet-1k-top1, setting: zero-shot, variant: large, value: 75.5, source: "Table 2"}
            """);
        site.Write("models/alpha.md", "---\nid: alpha\nsummary: Alpha aligns images and text.\n---\n## Links\n\n" + string.Concat(pageLinks.Select((url, i) => $"See [page {i}]({url}) here.\n")));
        return site;
    }

    /// <summary>A server that accepts connections and resets each one (RST) before answering.</summary>
    private sealed class ResettingServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

        public ResettingServer()
        {
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (true)
                {
                    Socket socket;
                    try { socket = await _listener.AcceptSocketAsync(); }
                    catch (Exception ex) when (ex is SocketException or ObjectDisposedException) { return; }
                    socket.LingerState = new LingerOption(true, 0);
                    socket.Close();
                }
            });
        }

        public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

        public void Dispose() => _listener.Stop();
    }

    [Fact]
    public async Task Dead_moved_hanging_and_reset_links_are_reported_where_they_were_written_and_a_second_run_asks_only_what_the_cache_does_not_know()
    {
        var inFlight = 0;
        var mostInFlight = 0;
        var busyAnswered = 0;
        LocalServer? web = null;
        web = await LocalServer.StartAsync(async context =>
        {
            // Requests to 127.0.0.1 in flight, but the hang's: the client gives up its slot at the
            // timeout, a moment before this server sees the connection close.
            var counted = context.Request.Host.Host == "127.0.0.1" && context.Request.Path != "/hang";
            var now = counted ? Interlocked.Increment(ref inFlight) : 0;
            lock (web!) mostInFlight = Math.Max(mostInFlight, now);
            try
            {
                await Task.Delay(50);
                var isHead = HttpMethods.IsHead(context.Request.Method);
                switch (context.Request.Path.Value)
                {
                    case "/ok" or "/new":
                        break;
                    case "/gone":
                        context.Response.StatusCode = 404;
                        break;
                    case "/old":
                        context.Response.StatusCode = 301;
                        context.Response.Headers.Location = $"http://localhost:{web.Url.Port}/new";
                        break;
                    case "/busy" when Interlocked.Increment(ref busyAnswered) == 1:
                        context.Response.StatusCode = 429;
                        context.Response.Headers.RetryAfter = "1";
                        break;
                    case "/busy":
                        break;
                    case "/no-head":
                        context.Response.StatusCode = isHead ? 405 : 200;
                        break;
                    case "/hang":
                        await LocalServer.Hang(context);
                        break;
                }
            }
            finally
            {
                if (counted) Interlocked.Decrement(ref inFlight);
            }
        });
        await using var _ = web;
        using var reset = new ResettingServer();
        var a = web.Url;
        using var site = SiteLinking(a + "ok", a + "gone", a + "ok#results", a + "old", a + "busy", a + "hang", reset.Url + "reset", a + "no-head");

        var first = await site.RunCliAsync("check", "--external", "--timeout", "1");

        Assert.Equal(1, first.ExitCode);
        var page = "input/models/alpha.md";
        var table = "input/data/models.yaml";
        Assert.Equal(
        [
            $"{At(site, table, a + "gone")}: error ATL5101: outside link '{a}gone' answered 404 Not Found",
            $"{At(site, page, a + "old")}: warning ATL5102: outside link '{a}old' redirects to another host: http://localhost:{a.Port}/new; link the new address",
            $"{At(site, page, a + "hang")}: error ATL5101: outside link '{a}hang' did not answer in 1 s",
        ], Lines(first.Stderr).Where(l => !l.Contains("/reset")));
        Assert.Matches($@"^{Regex.Escape(At(site, page, reset.Url + "reset"))}: error ATL5101: outside link '{Regex.Escape(reset.Url + "reset")}' could not be reached \(\w+: .+\)$", Assert.Single(Lines(first.Stderr), l => l.Contains("/reset")));
        Assert.Contains("outside links: 7 (7 asked, 0 answered from the cache of the last 24 h), 3 dead, 1 warnings", first.Stdout);
        Assert.Equal(["GET /no-head", "HEAD /busy", "HEAD /busy", "HEAD /gone", "HEAD /hang", "HEAD /new", "HEAD /no-head", "HEAD /ok", "HEAD /old"], web.Requests.Order(StringComparer.Ordinal));
        Assert.InRange(mostInFlight, 1, 2);
        Assert.False(Directory.Exists(site.Output));
        Assert.True(File.Exists(Path.Combine(site.Root, ".atlas-cache/external-links.json")));

        web.Requests.Clear();
        var second = await site.RunCliAsync("check", "--external", "--timeout", "1");

        Assert.Equal(1, second.ExitCode);
        // A reset connection is told as ConnectionError or Unknown, as the socket happens to fail; the line is the same otherwise.
        Assert.Equal(Lines(first.Stderr).Where(l => !l.Contains("/reset")), Lines(second.Stderr).Where(l => !l.Contains("/reset")));
        Assert.Matches($@"^{Regex.Escape(At(site, page, reset.Url + "reset"))}: error ATL5101: outside link '{Regex.Escape(reset.Url + "reset")}' could not be reached \(\w+: .+\)$", Assert.Single(Lines(second.Stderr), l => l.Contains("/reset")));
        Assert.Equal(["HEAD /gone", "HEAD /hang"], web.Requests.Order(StringComparer.Ordinal));
        Assert.Contains("outside links: 7 (3 asked, 4 answered from the cache of the last 24 h), 3 dead, 1 warnings", second.Stdout);

        // Answers older than the age limit are asked again.
        var cache = Path.Combine(site.Root, ".atlas-cache/external-links.json");
        File.WriteAllText(cache, Regex.Replace(File.ReadAllText(cache), @"""checked"": ""\d{4}", "\"checked\": \"2020"));
        web.Requests.Clear();
        var third = await site.RunCliAsync("check", "--external", "--timeout", "1", "--max-age", "48");

        Assert.Contains("outside links: 7 (7 asked, 0 answered from the cache of the last 48 h)", third.Stdout);
        Assert.Contains("HEAD /ok", web.Requests);
    }

    [Fact]
    public async Task A_cache_file_the_check_did_not_write_is_neither_read_nor_replaced()
    {
        await using var web = await LocalServer.StartAsync(_ => Task.CompletedTask);
        using var site = SiteLinking(web.Url + "ok", web.Url + "ok");
        var cache = Path.Combine(site.Root, ".atlas-cache/external-links.json");
        Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
        File.WriteAllText(cache, "{\"links\": \"someone else's\"}");

        var (code, _, stderr) = await site.RunCliAsync("check", "--external");

        Assert.Equal(0, code);
        Assert.Equal([".atlas-cache/external-links.json:1:1: warning ATL5103: link cache not a cache file of check --external (format atlas-external-links/1); it was neither read nor replaced: delete it or pass --cache"], Lines(stderr));
        Assert.Equal("{\"links\": \"someone else's\"}", File.ReadAllText(cache));
        Assert.Equal(["HEAD /ok"], web.Requests);
    }

    [Fact]
    public async Task Check_without_external_asks_no_outside_link()
    {
        await using var web = await LocalServer.StartAsync(_ => Task.CompletedTask);
        using var site = SiteLinking(web.Url + "gone", web.Url + "gone");

        var (code, _, stderr) = await site.RunCliAsync("check", "--strict");

        Assert.True(code == 0, stderr);
        Assert.Empty(web.Requests);
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".atlas-cache")));
    }

    [Fact]
    public void A_link_made_from_a_row_is_placed_at_the_value_that_makes_it()
    {
        using var site = TestSite.Minimal();
        site.Write("site.yaml", "title: Test Atlas\nrepository: https://git.example/atlas\n");

        var places = Atlas.Site.Checking.DataLinkPlaces.Read(site.Input, path => Path.GetRelativePath(site.Root, path));

        Assert.Equal(new("input/data/models.yaml", 5, 10), places["https://arxiv.org/abs/2101.00001"]);
        Assert.Equal(new("input/data/models.yaml", 20, 10), places["https://arxiv.org/abs/2202.00002"]);
        Assert.Equal(new("input/site.yaml", 2, 13), places["https://git.example/atlas"]);
    }

    /// <summary>"path:line:col" of the first place <paramref name="text"/> is written in a file of the site.</summary>
    private static string At(TestSite site, string path, string text)
    {
        var lines = File.ReadAllLines(Path.Combine(site.Root, path));
        var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        return $"{path}:{line + 1}:{lines[line].IndexOf(text, StringComparison.Ordinal) + 1}";
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
