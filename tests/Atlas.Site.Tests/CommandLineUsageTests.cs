namespace Atlas.Site.Tests;

/// <summary>
/// Bad usage of the command line: every command with garbage for each option it takes, and the
/// values that would reach every page's links. Each is one line on stderr and exit code 2, before
/// anything is read or written.
/// </summary>
public class CommandLineUsageTests
{
    private static readonly string[][] Commands = [[], ["build"], ["check"], ["preview"], ["serve"], ["new", "Gamma"]];

    /// <summary>Each option with a value it must refuse, and the commands that take it.</summary>
    private static readonly (string[] Option, string[]? Only)[] Garbage =
    [
        (["--input", "in\u0001put"], null), (["--output", "out\nput"], null), (["--theme", "the\0me"], null),
        (["--base-path", "/a\"b/"], null), (["--base-path", "/atlas/../../etc/"], null), (["--base-path", "/a\r\nX: y/"], null),
        (["--url", "javascript:alert(1)"], null), (["--url", "https://a.example\r\nX: y"], null), (["--url", "https://user.github.io/atlas"], null),
        (["--quiet=maybe"], null), (["--verbose=perhaps"], null),
        (["--strict=maybe"], ["check"]),
        (["--port", "abc"], ["preview", "serve"]), (["--port", "-1"], ["preview", "serve"]), (["--port", "65536"], ["preview", "serve"]), (["--port", ""], ["preview", "serve"]),
        (["--id", "Not An Id"], ["new"]), (["--arxiv", "abc"], ["new"]), (["--date", "2021-02-30"], ["new"]), (["--date", "yesterday"], ["new"]), (["--family", "zzz"], ["new"]),
        (["--no-such-option"], null),
    ];

    public static TheoryData<string[]> Cases()
    {
        var cases = new TheoryData<string[]>();
        foreach (var command in Commands)
        {
            foreach (var (option, only) in Garbage.Where(g => g.Only is null || command.Length > 0 && g.Only.Contains(command[0])))
                cases.Add([.. command, .. option]);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Garbage_for_an_option_is_one_line_and_exit_code_2(string[] args)
    {
        using var site = TestSite.Minimal();
        var before = TestSite.Fingerprint(site.Root);

        var (code, stdout, stderr) = await site.RunCliAsync(args);

        Assert.True(code == 2, $"exit code {code}\n{stdout}\n{stderr}");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("atlas: error ATL9001: ", line);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("\r", stderr);
        Assert.Equal("", stdout);
        Assert.Equal(before, TestSite.Fingerprint(site.Root));
    }

    [Fact]
    public async Task A_url_with_the_base_path_in_it_is_refused_with_a_hint()
    {
        using var site = TestSite.Minimal();
        var (code, _, stderr) = await site.RunCliAsync("--url", "https://user.github.io/atlas", "--base-path", "/atlas/");
        Assert.Equal(2, code);
        Assert.Equal("atlas: error ATL9001: --url must be the site's origin without a path, such as https://user.github.io; give the path ('/atlas/') as the base path, got 'https://user.github.io/atlas' (--help lists the commands and options)", stderr.Trim());
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task The_origin_and_base_path_given_apart_link_pages_under_the_base_path_once()
    {
        using var site = TestSite.Minimal();
        var (code, _, stderr) = await site.RunCliAsync("--url", "https://user.github.io", "--base-path", "/atlas/");
        Assert.True(code == 0, stderr);
        var alpha = site.ReadOutput("models/alpha/index.html");
        Assert.Contains("https://user.github.io/atlas/models/alpha/", alpha);
        Assert.DoesNotContain("/atlas/atlas/", alpha + site.ReadOutput("feed.xml") + site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public async Task A_missing_theme_folder_is_one_error_line_like_a_missing_input_folder()
    {
        using var site = TestSite.Minimal();
        var (themeCode, _, themeErrors) = await site.RunCliAsync("--theme", "no-such-theme");
        var (inputCode, _, inputErrors) = await site.RunCliAsync("--input", "no-such-input");

        Assert.Equal(1, themeCode);
        Assert.Equal(["no-such-theme:1:1: error ATL0002: theme folder does not exist"], themeErrors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(1, inputCode);
        Assert.Equal(["no-such-input:1:1: error ATL0002: input folder does not exist"], inputErrors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
