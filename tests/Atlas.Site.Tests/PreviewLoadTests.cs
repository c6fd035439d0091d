using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Xunit.Abstractions;

namespace Atlas.Site.Tests;

/// <summary>The preview server under load and from outside: loopback only, and every request answered while the site rebuilds.</summary>
[Trait("Category", "Load")]
public class PreviewLoadTests(ITestOutputHelper output)
{
    private const int Requests = 2_000;

    // The load goes on past 2,000 until a rebuild has finished under it, up to this many requests in all.
    private const int MaxRequests = 20_000;
    private const int Connections = 50;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Two_thousand_requests_on_fifty_connections_all_succeed_while_the_site_rebuilds()
    {
        using var site = TestSite.Minimal();
        await using var preview = await PreviewTests.StartPreviewAsync(site);
        (string Path, int Status, string Ending)[] targets =
        [
            ("", 200, "</html>"), ("models/alpha/", 200, "</html>"), ("models/beta/", 200, "</html>"), ("compare/", 200, "</html>"),
            ("concepts/itc/", 200, "</html>"), ("assets/css/site.css", 200, ""), ("models/nope/", 404, "</html>"), ("models/alpha", 301, ""),
        ];
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = Connections }) { Timeout = TimeSpan.FromSeconds(30) };
        var errors = new ConcurrentQueue<string>();
        var next = -1;
        var answered = 0;
        var issued = 0;
        using var loadDone = new CancellationTokenSource();

        // Edits and rebuilds, one after the other, for as long as the requests run.
        var source = Path.Combine(site.Input, "models/alpha.md");
        var original = File.ReadAllText(source);
        var rebuildsDuringLoad = 0;
        var rebuilding = Task.Run(async () =>
        {
            for (var edit = 1; !loadDone.IsCancellationRequested; edit++)
            {
                File.WriteAllText(source, original.Replace("Alpha is the start.", $"Alpha, edit {edit}.", StringComparison.Ordinal));
                var report = await preview.RebuildAsync([source]);
                if (!report.Succeeded) errors.Enqueue($"rebuild {edit} failed: {string.Join("; ", report.Diagnostics)}");
                else if (!loadDone.IsCancellationRequested) Interlocked.Increment(ref rebuildsDuringLoad);
            }
        });

        var clock = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, Connections).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < MaxRequests && (i < Requests || Volatile.Read(ref rebuildsDuringLoad) == 0); i = Interlocked.Increment(ref next))
            {
                Interlocked.Increment(ref issued);
                var (path, status, ending) = targets[i % targets.Length];
                try
                {
                    using var response = await http.GetAsync(new Uri(preview.Url, path));
                    var body = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode != status) errors.Enqueue($"{path}: status {(int)response.StatusCode}, expected {status}");
                    else if (!body.TrimEnd().EndsWith(ending, StringComparison.Ordinal)) errors.Enqueue($"{path}: body cut short ({body.Length} chars)");
                    else Interlocked.Increment(ref answered);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    errors.Enqueue($"{path}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        })).ToList();
        await Task.WhenAll(clients).WaitAsync(Limit);
        var elapsed = clock.Elapsed;
        await loadDone.CancelAsync();
        await rebuilding.WaitAsync(Limit);

        output.WriteLine($"preview load: {answered} of {issued} requests answered on {Connections} connections in {elapsed.TotalSeconds:0.0} s, {rebuildsDuringLoad} rebuilds meanwhile, {errors.Count} errors");
        Assert.True(errors.IsEmpty, $"{errors.Count} errors, first: {string.Join("\n", errors.Take(10))}");
        Assert.Equal(issued, answered);
        Assert.True(answered >= Requests, $"only {answered} requests answered");
        Assert.True(rebuildsDuringLoad >= 1, $"no rebuild finished during the {elapsed.TotalSeconds:0.0} s of load");
    }

    [Fact]
    public async Task The_preview_cannot_be_reached_on_any_address_but_loopback()
    {
        using var site = TestSite.Minimal();
        await using var preview = await PreviewTests.StartPreviewAsync(site);
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(a => a.Address))
            .Where(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal)
            .ToList();

        Assert.Equal("127.0.0.1", preview.Url.Host);
        // IPv6 loopback too: a server listening on "localhost" or any address would answer there.
        foreach (var address in others.Append(IPAddress.IPv6Loopback))
        {
            var refused = await Assert.ThrowsAnyAsync<SocketException>(() => ConnectAsync(address, preview.Url.Port));
            Assert.True(refused.SocketErrorCode is SocketError.ConnectionRefused or SocketError.AddressFamilyNotSupported or SocketError.AddressNotAvailable or SocketError.NetworkUnreachable,
                $"{address}: {refused.SocketErrorCode}");
        }
    }

    [Fact]
    public async Task Traversal_is_refused_in_more_encodings()
    {
        using var site = TestSite.Minimal();
        File.WriteAllText(Path.Combine(site.Root, "secret.txt"), "SECRET beside the output folder");
        await using var preview = await PreviewTests.StartPreviewAsync(site);
        string[] attacks =
        [
            "/%2E%2E/secret.txt", "/%2e%2E%2Fsecret.txt", "/%c0%ae%c0%ae/secret.txt", "/%c0%af..%c0%afsecret.txt", "/%u002e%u002e/secret.txt",
            "/..;/secret.txt", "/.../secret.txt", "/models/alpha/%2e%2e/%2e%2e/%2e%2e/secret.txt", "/models%2f..%2f..%2fsecret.txt",
            "/%25%32%65%25%32%65/secret.txt", "/%2e%2e%5c%2e%2e%5csecret.txt", "/..%255c..%255csecret.txt", "/%2e%2e%252fsecret.txt",
            "/models/alpha/index.html/../../../secret.txt", "/?/../../secret.txt", "/./././../secret.txt", "/%09../secret.txt", "/%20../secret.txt",
        ];

        foreach (var target in attacks)
        {
            var (status, _, body) = await Http.RawGetAsync(preview.Url, target);

            Assert.True(status is 404 or 400 or 200, $"{target} gave {status}");
            Assert.DoesNotContain("SECRET", body);
        }
    }

    private static async Task ConnectAsync(IPAddress address, int port)
    {
        using var tcp = new TcpClient(address.AddressFamily);
        await tcp.ConnectAsync(address, port).WaitAsync(TimeSpan.FromSeconds(10));
    }
}
