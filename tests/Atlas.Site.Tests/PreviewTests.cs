using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Atlas.Site.Build;
using Atlas.Site.Commands;
using Atlas.Site.Preview;

namespace Atlas.Site.Tests;

public class PreviewTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    internal static Task<PreviewSession> StartPreviewAsync(TestSite site, TextWriter? log = null) => PreviewSession.StartAsync(
        new BuildRequest(site.Input, site.Theme, site.Output) { DisplayRoot = site.Root },
        port: 0,
        new Reporter(log ?? TextWriter.Null, log ?? TextWriter.Null, quiet: false, verbose: false),
        log ?? TextWriter.Null);

    [Fact]
    public async Task Preview_serves_the_site_on_loopback_and_serves_an_edit_after_the_rebuild()
    {
        using var site = TestSite.Minimal();
        await using var preview = await StartPreviewAsync(site);
        using var http = Http.Client();
        var alpha = new Uri(preview.Url, "models/alpha/");

        var page = await http.GetStringAsync(alpha);

        Assert.Equal("127.0.0.1", preview.Url.Host);
        Assert.Contains("Alpha is the start.", page);
        Assert.Contains("__atlas/events", page);
        Assert.DoesNotContain("__atlas", site.ReadOutput("models/alpha/index.html"));

        var source = Path.Combine(site.Input, "models/alpha.md");
        File.WriteAllText(source, File.ReadAllText(source).Replace("Alpha is the start.", "Alpha was edited in preview.", StringComparison.Ordinal));

        await Http.WaitForAsync(http, alpha, html => html.Contains("Alpha was edited in preview."), Patience);
        Assert.DoesNotContain("Alpha is the start.", await http.GetStringAsync(alpha));
    }

    [Fact]
    public async Task A_base_path_set_in_site_yaml_while_previewing_moves_the_served_site_there()
    {
        using var site = TestSite.Minimal();
        await using var preview = await StartPreviewAsync(site);
        using var http = Http.Client();
        var root = new Uri(preview.Url.GetLeftPart(UriPartial.Authority));

        site.Write("site.yaml", "title: Test Atlas\ndescription: A tiny atlas for tests.\nurl: https://example.org\nbase_path: /atlas/\n");

        var waited = Stopwatch.StartNew();
        while (preview.Url.AbsolutePath != "/atlas/" && waited.Elapsed < Patience) await Task.Delay(20);
        Assert.Equal("/atlas/", preview.Url.AbsolutePath);
        var page = await http.GetAsync(new Uri(root, "/atlas/models/alpha/"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("href=\"/atlas/models/beta/\"", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(root, "/models/alpha/"))).StatusCode);
    }

    [Fact]
    public async Task A_build_error_reaches_open_tabs_while_the_last_good_site_stays_served_and_a_fix_reloads_them()
    {
        using var site = TestSite.Minimal();
        await using var preview = await StartPreviewAsync(site);
        using var http = Http.Client();
        using var response = await http.GetAsync(new Uri(preview.Url, "__atlas/events"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
        var table = Path.Combine(site.Input, "data/models.yaml");
        var good = File.ReadAllText(table);

        var served = await NextStateAsync(events, _ => true);
        File.WriteAllText(table, "- id: alpha\n  name: [unclosed\n");
        var failed = await NextStateAsync(events, s => s.Errors.Count > 0);

        Assert.Equal(served.Version, failed.Version);
        Assert.Contains(failed.Errors, e => e.StartsWith("input/data/models.yaml:", StringComparison.Ordinal) && e.Contains(": error ATL1001: invalid YAML"));
        Assert.Contains("Alpha is the start.", await http.GetStringAsync(new Uri(preview.Url, "models/alpha/")));

        File.WriteAllText(table, good);
        var fixedState = await NextStateAsync(events, s => s.Errors.Count == 0);

        Assert.True(fixedState.Version > served.Version);
    }

    [Fact]
    public async Task The_server_answers_only_from_the_output_folder_whatever_the_encoding()
    {
        using var site = TestSite.Minimal();
        File.WriteAllText(Path.Combine(site.Root, "secret.txt"), "SECRET beside the output folder");
        await using var preview = await StartPreviewAsync(site);
        string[] attacks =
        [
            "/../", "/../secret.txt", "/models/../../secret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/.%2e/secret.txt",
            "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/models/..%2f..%2fsecret.txt",
            "//etc/passwd", "/%2fetc%2fpasswd", "/C:/Windows/win.ini", "/models/./alpha/",
        ];

        foreach (var target in attacks)
        {
            var (status, _, body) = await Http.RawGetAsync(preview.Url, target);

            Assert.True(status == 404, $"{target} gave {status}");
            Assert.Contains("There is no page at this address.", body);
            Assert.DoesNotContain("SECRET", body);
            Assert.DoesNotContain("root:", body);
        }
        // Kestrel itself refuses a NUL byte before the site sees the request.
        Assert.Equal(400, (await Http.RawGetAsync(preview.Url, "/models/%00/")).Status);
    }

    [Fact]
    public async Task Only_requests_naming_the_loopback_address_and_port_are_answered()
    {
        using var site = TestSite.Minimal();
        await using var preview = await StartPreviewAsync(site);
        var port = preview.Url.Port;

        foreach (var host in new[] { $"127.0.0.1:{port}", $"localhost:{port}", $"LocalHost:{port}", $"[::1]:{port}" })
        {
            var (status, _, body) = await Http.RawGetAsync(preview.Url, "/models/alpha/", host);
            Assert.True(status == 200, $"Host: {host} gave {status}");
            Assert.Contains("Alpha aligns images and text.", body);
        }
        foreach (var host in new[] { $"evil.example:{port}", "evil.example", $"127.0.0.1:{port + 1}", "127.0.0.1", "localhost", $"127.0.0.1.nip.io:{port}", $"localhost.evil.example:{port}", "" })
        {
            var (status, _, body) = await Http.RawGetAsync(preview.Url, "/models/alpha/", host);
            Assert.True(status is 400 or 421, $"Host: {host} gave {status}");
            Assert.DoesNotContain("Alpha", body);
        }
    }

    [Fact]
    public async Task Pretty_urls_content_types_the_404_page_and_methods()
    {
        using var site = TestSite.Minimal();
        await using var preview = await StartPreviewAsync(site);
        using var http = Http.Client();

        var folder = await http.GetAsync(new Uri(preview.Url, "models/alpha"));
        var missing = await http.GetAsync(new Uri(preview.Url, "models/nope/"));
        var css = await http.GetAsync(new Uri(preview.Url, "assets/css/site.css"));
        var js = await http.GetAsync(new Uri(preview.Url, "assets/js/site.js"));
        var home = await http.GetAsync(preview.Url);
        var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(preview.Url, "models/alpha/")));
        var post = await http.PostAsync(new Uri(preview.Url, "models/alpha/"), new StringContent("x"));

        Assert.Equal(301, (int)folder.StatusCode);
        Assert.Equal("/models/alpha/", folder.Headers.Location!.OriginalString);
        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Contains("There is no page at this address.", await missing.Content.ReadAsStringAsync());
        Assert.Contains("__atlas/events", await missing.Content.ReadAsStringAsync());
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());
        Assert.Equal("text/javascript; charset=utf-8", js.Content.Headers.ContentType!.ToString());
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType!.ToString());
        Assert.Equal("nosniff", home.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(200, (int)head.StatusCode);
        Assert.Equal("", await head.Content.ReadAsStringAsync());
        Assert.Equal(405, (int)post.StatusCode);
    }

    [Fact]
    public async Task Serve_runs_from_the_command_line_until_cancelled_and_does_not_build()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync()).Succeeded);
        File.Delete(Path.Combine(site.Input, "models/alpha.md"));

        var (page, _, stderr, exitCode) = await ServeFromCommandLineAsync(site, "serve", "models/alpha/");

        Assert.Contains("Alpha is the start.", page);
        Assert.DoesNotContain("__atlas", page);
        Assert.Equal("", stderr);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Serve_without_the_base_path_the_output_was_built_with_says_so_and_serves_it_as_built()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync(basePath: "/atlas/")).Succeeded);

        var (page, stdout, stderr, exitCode) = await ServeFromCommandLineAsync(site, "serve", "models/alpha/");

        Assert.Equal("atlas: note: output was built with --base-path /atlas/, not /; serving it as built, under /atlas/\n", stderr);
        Assert.Matches(@"at http://127\.0\.0\.1:\d+/atlas/ ", stdout);
        Assert.Contains("Alpha is the start.", page);
        Assert.Contains("href=\"/atlas/models/beta/\"", page);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Preview_runs_from_the_command_line_until_cancelled()
    {
        using var site = TestSite.Minimal();

        var (page, stdout, _, exitCode) = await ServeFromCommandLineAsync(site, "preview", "models/alpha/");

        Assert.Contains("Alpha is the start.", page);
        Assert.Contains("__atlas/events", page);
        Assert.Matches(@"built: \d+ pages", stdout);
        Assert.Equal(0, exitCode);
    }

    /// <summary>Runs a serving command as a user would, gets a page from the URL it prints, then stops it as Ctrl+C does.</summary>
    private static async Task<(string Page, string Stdout, string Stderr, int ExitCode)> ServeFromCommandLineAsync(TestSite site, string command, string page)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stop = new CancellationTokenSource();
        var run = AtlasCli.RunAsync([command, "--port", "0"], site.Root, TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr), stop.Token);
        var url = await UrlPrintedAsync(stdout, run);
        using var http = Http.Client();
        var html = await http.GetStringAsync(new Uri(url, page));
        await stop.CancelAsync();
        var exitCode = await run.WaitAsync(Patience);
        return (html, stdout.ToString(), stderr.ToString(), exitCode);
    }

    private static async Task<Uri> UrlPrintedAsync(StringWriter stdout, Task<int> run)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && !run.IsCompleted)
        {
            var match = System.Text.RegularExpressions.Regex.Match(stdout.ToString(), @"http://127\.0\.0\.1:\d+/\S*");
            if (match.Success) return new Uri(match.Value);
            await Task.Delay(50);
        }
        throw new TimeoutException($"no URL printed (exit {(run.IsCompleted ? run.Result : "none")}): {stdout}");
    }

    private sealed record BuildState(int Version, List<string> Errors);

    /// <summary>Reads Server-Sent Events until a state message matches; fails when none does in time.</summary>
    private static async Task<BuildState> NextStateAsync(StreamReader events, Func<BuildState, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var line = await events.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("the event stream ended");
            if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
            var state = JsonSerializer.Deserialize<BuildState>(line["data: ".Length..], new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            if (wanted(state)) return state;
        }
    }
}
