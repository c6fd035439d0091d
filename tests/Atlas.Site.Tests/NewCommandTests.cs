using System.Text;
using AngleSharp.Html.Parser;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Authoring;

namespace Atlas.Site.Tests;

public class NewCommandTests
{
    private static readonly HtmlParser Html = new();

    [Fact]
    public async Task New_adds_a_page_and_one_row_leaving_the_rest_of_models_yaml_byte_for_byte_and_the_site_builds()
    {
        using var site = TestSite.Minimal();
        var table = Path.Combine(site.Input, "data/models.yaml");
        var before = File.ReadAllBytes(table);

        var (code, stdout, stderr) = await site.RunCliAsync("new", "Gamma-2", "--arxiv", "2303.00003", "--offline", "--date", "2023-03-07", "--family", "fusion-encoder");

        Assert.True(code == 0, stderr);
        Assert.Contains("created input/models/gamma-2.md", stdout);
        var after = File.ReadAllBytes(table);
        Assert.Equal(before, after[..before.Length]);
        var appended = Encoding.UTF8.GetString(after[before.Length..]);
        Assert.Equal(1, CountOf(appended, "- id: "));
        Assert.Contains("\n- id: gamma-2\n  name: Gamma-2\n", appended);
        Assert.Contains("  arxiv: \"2303.00003\"\n  date: 2023-03-07\n", appended);
        Assert.Contains("  family: fusion-encoder\n", appended);
        // One variant to name and an empty list of results, as the schema reference asks.
        Assert.Contains("  headline: main\n  variants:\n    - {id: main, name: \"TODO: the variant's name as the paper's tables give it\", source: \"TODO: the table or section that reports it\", params: null, resolution: null, pretrain_data: null}\n  results: []\n", appended);

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var page = Html.ParseDocument(site.ReadOutput("models/gamma-2/index.html"));
        Assert.Equal("Gamma-2", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("https://arxiv.org/abs/2303.00003", page.QuerySelector(".infobox a[href*='arxiv.org']")!.GetAttribute("href"));
        Assert.Equal(["Motivation", "Architecture", "Pre-training objectives", "Data and compute", "Results", "Strengths and limitations", "What came next"],
            File.ReadLines(Path.Combine(site.Input, "models/gamma-2.md")).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]));
        // Every placeholder is a warning at its own line: the page builds, check --strict refuses it.
        var warnings = report.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        Assert.Contains(warnings, d => d.Path == "input/models/gamma-2.md" && d.Line == 3 && d.Message.Contains("TODO: one sentence"));
        Assert.Contains(warnings, d => d.Path == "input/data/models.yaml" && d.Message.Contains("the paper's full title"));
        Assert.Contains(warnings, d => d.Path == "input/data/models.yaml" && d.Message.Contains("the variant's name"));
        Assert.DoesNotContain(warnings, d => d.Message.Contains("dual-encoder | fusion-encoder"));
    }

    [Fact]
    public async Task New_keeps_comments_crlf_and_a_missing_final_newline_and_marks_a_defaulted_family()
    {
        using var site = TestSite.Minimal();
        var table = Path.Combine(site.Input, "data/models.yaml");
        var text = "# The table.\r\n" + File.ReadAllText(table).Replace("\n", "\r\n") + "  # last line, no newline";
        File.WriteAllText(table, text);
        var before = File.ReadAllBytes(table);

        var (code, _, stderr) = await site.RunCliAsync("new", "Delta Net", "--date", "2023-04-01");

        Assert.True(code == 0, stderr);
        var after = File.ReadAllBytes(table);
        Assert.Equal(before, after[..before.Length]);
        var appended = Encoding.UTF8.GetString(after[before.Length..]);
        Assert.StartsWith("\r\n\r\n- id: delta-net\r\n  name: Delta Net\r\n", appended);
        Assert.DoesNotContain("\n", appended.Replace("\r\n", ""));
        Assert.Contains("  family: dual-encoder  # TODO:", appended);
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("dual-encoder | fusion-encoder"));
    }

    [Fact]
    public async Task An_existing_id_an_existing_name_and_an_unusable_name_are_refused_and_nothing_is_written()
    {
        using var site = TestSite.Minimal();
        var before = TestSite.Fingerprint(site.Input);

        var taken = await site.RunCliAsync("new", "Alpha");
        var nameTaken = await site.RunCliAsync("new", "BETA", "--id", "beta-again");
        var noId = await site.RunCliAsync("new", "+++");
        var empty = await site.RunCliAsync("new", " ");

        Assert.Equal(1, taken.ExitCode);
        Assert.Contains("input/data/models.yaml:1:7: error ATL8002: id 'alpha' is taken by this row", taken.Stderr);
        Assert.Equal(1, nameTaken.ExitCode);
        Assert.Matches(@"input/data/models\.yaml:\d+:\d+: error ATL8003: the name 'BETA' already names this row", nameTaken.Stderr);
        Assert.Equal(2, noId.ExitCode);
        Assert.Contains("gives no usable id", noId.Stderr);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("the name is empty", empty.Stderr);
        Assert.Equal(before, TestSite.Fingerprint(site.Input));
    }

    [Theory]
    [InlineData("", "the name is empty")]
    [InlineData("Evil\u202Egnp.exe", "the invisible character U+202E")]
    [InlineData("Ali\u200Bgn", "the invisible character U+200B")]
    [InlineData("\u2066Model\u2069", "the invisible character U+2066")]
    [InlineData("]] <script>alert(1)</script> [[x", "the name contains ']'")]
    [InlineData("A|B", "the name contains '|'")]
    [InlineData("Brace}Model", "the name contains '}'")]
    public async Task Names_that_would_hide_text_or_break_the_next_build_are_bad_usage(string name, string reason)
    {
        using var site = TestSite.Minimal();
        var before = TestSite.Fingerprint(site.Input);

        var (code, stdout, stderr) = await site.RunCliAsync("new", name);

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("atlas: error ATL8008: cannot add '", line);
        Assert.Contains(reason, line);
        Assert.DoesNotContain("\u202E", line);
        Assert.Equal("", stdout);
        Assert.Equal(before, TestSite.Fingerprint(site.Input));
    }

    [Fact]
    public async Task A_taken_id_given_with_id_asks_for_another_id()
    {
        using var site = TestSite.Minimal();
        var before = TestSite.Fingerprint(site.Input);

        var (code, _, stderr) = await site.RunCliAsync("new", "Foo", "--id", "alpha");

        Assert.Equal(1, code);
        Assert.Contains("input/data/models.yaml:1:7: error ATL8002: id 'alpha' is taken by this row; choose another --id", stderr);
        Assert.DoesNotContain("pass --id", stderr);
        Assert.Equal(before, TestSite.Fingerprint(site.Input));
    }

    [Fact]
    public async Task An_accented_name_gets_its_letters_folded_into_the_id_and_the_site_builds()
    {
        using var site = TestSite.Minimal();

        var (code, stdout, stderr) = await site.RunCliAsync("new", "Ünïcödé Módel");

        Assert.True(code == 0, stderr);
        Assert.Contains("created input/models/unicode-model.md", stdout);
        Assert.Contains("  name: \"Ünïcödé Módel\"", File.ReadAllText(Path.Combine(site.Input, "data/models.yaml")));
        var (build, _, buildErrors) = await site.RunCliAsync();
        Assert.True(build == 0, buildErrors);
    }

    [Fact]
    public async Task A_page_file_that_already_exists_is_not_overwritten()
    {
        using var site = TestSite.Minimal();
        site.Write("models/gamma.md", "---\nid: gamma\n---\nMine.\n");
        var before = TestSite.Fingerprint(site.Input);

        var (code, _, stderr) = await site.RunCliAsync("new", "Gamma");

        Assert.Equal(1, code);
        Assert.Contains("input/models/gamma.md:1:1: error ATL8001: a page for 'gamma' already exists", stderr);
        Assert.Equal(before, TestSite.Fingerprint(site.Input));
    }

    [Theory]
    [InlineData("--date", "2023-02-30")]
    [InlineData("--date", "9999-01-01")]
    [InlineData("--arxiv", "not-an-id")]
    [InlineData("--family", "transformer")]
    [InlineData("--id", "Bad Id")]
    public async Task Bad_option_values_are_bad_usage(string option, string value)
    {
        using var site = TestSite.Minimal();
        var before = TestSite.Fingerprint(site.Input);

        var (code, _, stderr) = await site.RunCliAsync("new", "Gamma", option, value);

        Assert.Equal(2, code);
        Assert.Contains(value, stderr);
        Assert.Equal(before, TestSite.Fingerprint(site.Input));
    }

    [Theory]
    [InlineData("BLIP-2", "blip-2", "BLIP-2")]
    [InlineData("VSE++", "vse", "VSE++")]
    [InlineData("Ünïcödé Módel", "unicode-model", "\"Ünïcödé Módel\"")]
    [InlineData("Ångström Núñez", "angstrom-nunez", "\"Ångström Núñez\"")]
    [InlineData("  X-VLM ", "x-vlm", "X-VLM")]
    [InlineData("null", "null", "\"null\"")]
    [InlineData("A: \"quoted\" #1", "a-quoted-1", "\"A: \\\"quoted\\\" #1\"")]
    public void Ids_are_slugs_of_the_name_and_names_are_written_as_yaml_that_reads_back(string name, string id, string yaml)
    {
        Assert.Equal(id, ModelScaffold.IdFor(name));
        Assert.Equal(yaml, ModelScaffold.Scalar(name.Trim()));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
