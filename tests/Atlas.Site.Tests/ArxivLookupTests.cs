using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Atlas.Engine.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Atlas.Site.Tests;

/// <summary>
/// <c>new --arxiv</c> against a local server answering arXiv's recorded Atom responses
/// (tests/Atlas.Site.Tests/Recorded/arxiv), through the real HTTP client: nothing reaches the internet.
/// </summary>
public class ArxivLookupTests
{
    private static readonly string Recorded = Path.Combine(TestSite.RepositoryRoot, "tests/Atlas.Site.Tests/Recorded/arxiv");

    /// <summary>arXiv's query API as recorded: each id_list answered with its file; 2402.00002 never answered.</summary>
    private static Task<LocalServer> StartArxivAsync() => LocalServer.StartAsync(async context =>
    {
        var id = context.Request.Query["id_list"].ToString();
        if (id == "2402.00002")
        {
            await LocalServer.Hang(context);
            return;
        }
        var file = id switch
        {
            "2301.12597" or "2303.15343" => id + ".xml",
            "2401.00001" => "malformed.xml",
            "1234.1234" => "error.xml",
            _ => "unknown.xml",
        };
        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        await context.Response.WriteAsync(await File.ReadAllTextAsync(Path.Combine(Recorded, file)));
    });

    [Fact]
    public async Task A_paper_with_a_short_name_fills_the_row_and_the_page_from_arxiv()
    {
        await using var arxiv = await StartArxivAsync();
        using var site = TestSite.Minimal();
        var table = Path.Combine(site.Input, "data/models.yaml");
        var before = File.ReadAllBytes(table);

        var (code, stdout, stderr) = await site.RunCliAsync("new", "--arxiv", "2301.12597", "--arxiv-api", arxiv.Url + "api/query");

        Assert.True(code == 0, stderr);
        Assert.Equal(["GET /api/query?id_list=2301.12597&max_results=1"], arxiv.Requests);
        Assert.Contains("arXiv 2301.12597: \"BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models\" (4 authors, v1 2023-01-30, cs.CV)", stdout);
        Assert.Contains("created input/models/blip-2.md", stdout);
        var appended = Encoding.UTF8.GetString(File.ReadAllBytes(table)[before.Length..]);
        Assert.Contains("""
            - id: blip-2
              name: BLIP-2
              aliases: []
              title: "BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models"
              authors: [Junnan Li, Dongxu Li, Silvio Savarese, Steven Hoi]
              arxiv: "2301.12597"
              primary_class: cs.CV
              date: 2023-01-30
            """.ReplaceLineEndings("\n"), appended);

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("full title"));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("models/blip-2/index.html"));
        Assert.Equal("https://arxiv.org/abs/2301.12597", page.QuerySelector(".infobox a[href*='arxiv.org']")!.GetAttribute("href"));
        Assert.Contains("Junnan Li", page.QuerySelector(".infobox")!.TextContent);
        var json = JsonDocument.Parse(site.ReadOutput("models.json")).RootElement.EnumerateArray().ToList();
        Assert.Equal([null, null, "cs.CV"], json.Select(r => r.GetProperty("primary_class").GetString()));
        var csv = Rfc4180.Parse(site.ReadOutput("models.csv"));
        Assert.Equal(["", "", "cs.CV"], csv.Skip(1).Select(r => r[csv[0].IndexOf("primary_class")]));
        var bib = site.ReadOutput("atlas.bib");
        Assert.Contains("""
            @misc{blip22023,
              title = {BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models},
              author = {Junnan Li and Dongxu Li and Silvio Savarese and Steven Hoi},
              year = {2023},
              eprint = {2301.12597},
              archivePrefix = {arXiv},
              primaryClass = {cs.CV},
              url = {https://arxiv.org/abs/2301.12597}
            }
            """.ReplaceLineEndings("\n"), bib);
    }

    [Fact]
    public async Task The_date_is_that_of_the_first_version_and_a_title_without_a_colon_needs_a_name()
    {
        await using var arxiv = await StartArxivAsync();
        using var site = TestSite.Minimal();
        var api = arxiv.Url + "api/query";
        var before = TestSite.Fingerprint(site.Input);

        var nameless = await site.RunCliAsync("new", "--arxiv", "2303.15343", "--arxiv-api", api);

        Assert.Equal(2, nameless.ExitCode);
        Assert.Contains("atlas: error ATL8007: the title \"Sigmoid Loss for Language Image Pre-Training\" has no short name before a colon; give the model's name: new <Name> --arxiv 2303.15343", nameless.Stderr);
        Assert.Equal(before, TestSite.Fingerprint(site.Input));

        var (code, _, stderr) = await site.RunCliAsync("new", "SigLIP", "--arxiv", "2303.15343", "--arxiv-api", api, "--family", "dual-encoder");

        Assert.True(code == 0, stderr);
        var row = File.ReadAllText(Path.Combine(site.Input, "data/models.yaml"));
        Assert.Contains("  date: 2023-03-27\n", row);
        Assert.DoesNotContain("2023-09-27", row);
        Assert.Contains("  authors: [Xiaohua Zhai, Basil Mustafa, Alexander Kolesnikov, Lucas Beyer]\n", row);
        Assert.Contains("  title: Sigmoid Loss for Language Image Pre-Training\n", row);
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
    }

    [Theory]
    [InlineData("2312.99999", "30", "atlas: error ATL8006: arXiv has no paper 2312.99999; check the id on https://arxiv.org/abs/2312.99999")]
    [InlineData("1234.1234", "30", "atlas: error ATL8006: arXiv refused the id 1234.1234: incorrect id format for 1234.1234")]
    [InlineData("2401.00001", "30", "atlas: error ATL8006: arXiv's answer could not be read: it is not well-formed XML (")]
    [InlineData("2402.00002", "1", "atlas: error ATL8006: arXiv did not answer in 1 s; pass --offline with --title/--date, or try again")]
    public async Task An_unknown_id_a_refused_id_a_malformed_feed_and_a_silent_server_are_one_line_and_nothing_is_written(string id, string timeout, string error)
    {
        await using var arxiv = await StartArxivAsync();
        using var site = TestSite.Minimal();
        var before = TestSite.Fingerprint(site.Input);

        var (code, stdout, stderr) = await site.RunCliAsync("new", "Gamma", "--arxiv", id, "--arxiv-api", arxiv.Url + "api/query", "--timeout", timeout);

        Assert.Equal(1, code);
        Assert.StartsWith(error, stderr);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.Equal("", stdout);
        Assert.Equal(before, TestSite.Fingerprint(site.Input));
    }

    [Fact]
    public async Task Offline_asks_nothing_and_a_paper_already_in_the_table_is_refused_at_its_row_before_asking()
    {
        await using var arxiv = await StartArxivAsync();
        using var site = TestSite.Minimal();
        var api = arxiv.Url + "api/query";
        var before = TestSite.Fingerprint(site.Input);

        var again = await site.RunCliAsync("new", "Alpha Two", "--arxiv", "2101.00001", "--arxiv-api", api);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("input/data/models.yaml:5:10: error ATL8004: the paper arXiv:2101.00001 is already in the table, in this row ('alpha'); complete that row instead", again.Stderr);
        Assert.Equal(before, TestSite.Fingerprint(site.Input));

        var (code, _, stderr) = await site.RunCliAsync("new", "Gamma", "--arxiv", "2303.15343", "--offline", "--title", "Gamma: a title typed by hand", "--date", "2023-03-27", "--arxiv-api", api);

        Assert.True(code == 0, stderr);
        Assert.Empty(arxiv.Requests);
        var row = File.ReadAllText(Path.Combine(site.Input, "data/models.yaml"));
        Assert.Contains("  title: \"Gamma: a title typed by hand\"\n  authors: []\n  arxiv: \"2303.15343\"\n  date: 2023-03-27\n", row);
    }

    [Fact]
    public async Task A_server_that_refuses_connections_is_one_line()
    {
        int port;
        await using (var closed = await LocalServer.StartAsync(_ => Task.CompletedTask)) port = closed.Url.Port;
        using var site = TestSite.Minimal();

        var (code, _, stderr) = await site.RunCliAsync("new", "Gamma", "--arxiv", "2303.15343", "--arxiv-api", $"http://127.0.0.1:{port}/api/query");

        Assert.Equal(1, code);
        Assert.StartsWith($"atlas: error ATL8006: could not reach arXiv at http://127.0.0.1:{port} (ConnectionError", stderr);
        Assert.EndsWith("; pass --offline with --title/--date, or try again\n", stderr);
    }

    [Fact]
    public async Task The_environment_variable_points_the_look_up_at_a_mirror()
    {
        await using var arxiv = await StartArxivAsync();
        using var site = TestSite.Minimal();
        try
        {
            Environment.SetEnvironmentVariable("ATLAS_ARXIV_API", arxiv.Url + "mirror/query");
            var (code, stdout, stderr) = await site.RunCliAsync("new", "--arxiv", "2301.12597");
            Environment.SetEnvironmentVariable("ATLAS_ARXIV_API", "ftp://mirror.example/query");
            var refused = await site.RunCliAsync("new", "--arxiv", "2303.15343");

            Assert.True(code == 0, stderr);
            Assert.Contains("added row 'blip-2'", stdout);
            Assert.Equal(["GET /mirror/query?id_list=2301.12597&max_results=1"], arxiv.Requests);
            Assert.Equal((1, "atlas: error ATL8006: ATLAS_ARXIV_API must be an http or https URL, got 'ftp://mirror.example/query'\n"), (refused.ExitCode, refused.Stderr));
        }
        finally
        {
            Environment.SetEnvironmentVariable("ATLAS_ARXIV_API", null);
        }
    }

    [Theory]
    [InlineData("<!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&b;</title></feed>", "arXiv's answer could not be read: it is not well-formed XML (")]
    [InlineData("<html><body>Service unavailable</body></html>", "arXiv's answer could not be read: it is not an Atom feed")]
    [InlineData(Feed + "<title>Bell\u009B: a title</title><published>2023-01-30T08:44:49Z</published></entry></feed>", "arXiv's answer could not be read: 'Bell' is followed by the invisible character U+009B")]
    [InlineData(Feed + "<title>X: y</title><published>last week</published></entry></feed>", "arXiv's answer could not be read: the paper's entry has no readable 'published' date")]
    [InlineData(Feed + "<title>X: y</title><published>2023-01-30T08:44:49Z</published><arxiv:primary_category xmlns:arxiv=\"http://arxiv.org/schemas/atom\" term=\"cs.CV&quot; onload=&quot;\"/></entry></feed>", "arXiv's answer could not be read: the primary category 'cs.CV\" onload=\"' is not an arXiv category")]
    public void A_feed_that_is_not_arxivs_is_refused_without_being_trusted(string xml, string problem)
    {
        var answer = Atlas.Site.Authoring.Arxiv.ArxivFeed.Parse(xml, "2301.12597");

        Assert.Null(answer.Paper);
        Assert.StartsWith(problem, answer.Problem);
    }

    private const string Feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2301.12597v1</id>";
}
