using System.Text;
using System.Text.RegularExpressions;

namespace Atlas.Site.Tests;

/// <summary>
/// The bad-input corpus: each folder of BadInput/ holds the files that differ from
/// <see cref="TestSite.Minimal"/> (under input/ or theme/) and an expected.txt. The case is
/// built through the command line over a valid previous build, and must fail with exactly the
/// expected diagnostics, no stack trace, no file touched outside output/, and output/ unchanged.
/// </summary>
/// <remarks>
/// expected.txt: one expected error per line, <c>path:line:col: error ATL1234: message</c>, of
/// which only the place, the severity and the code are compared (the message documents the case,
/// so rewording it breaks no test), or <c>regex: ...</c> matched against the whole line; <c>builds</c> when the input is odd but valid (the case must build and
/// each <c>contains: page :: text</c> must hold, and each <c>lacks: page :: text</c>, where page <c>*</c> is every output file); <c>fill: path bytes</c> pads a page to a size too
/// large to keep in git; <c>link: path target</c> makes a symbolic link; <c>command: check</c> runs <c>check</c> instead of the build
/// (for what the build only warns of). Lines starting with # are comments.
/// To write a new case's expected lines, run it with <c>ATLAS_UPDATE_EXPECTED=1</c>: a failing case's
/// error lines are replaced by what the build reported (review the diff before committing it).
/// </remarks>
public partial class BadInputTests
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(60);

    public static string CorpusRoot { get; } = Path.Combine(TestSite.RepositoryRoot, "tests", "Atlas.Site.Tests", "BadInput");

    private static IEnumerable<string> CaseNames() =>
        Directory.GetDirectories(CorpusRoot).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> Cases() => new(CaseNames());

    [Fact]
    public void The_corpus_has_at_least_forty_failing_cases()
    {
        var failing = CaseNames().Count(c => !Expectation.Load(c).Builds);
        Assert.True(failing >= 40, $"only {failing} failing cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_case_gives_its_diagnostics_and_costs_nothing(string name)
    {
        var expected = Expectation.Load(name);
        using var site = TestSite.Minimal();
        var (firstCode, _, firstErrors) = await site.RunCliAsync();
        Assert.True(firstCode == 0, firstErrors);
        var previousOutput = site.OutputFingerprint();

        expected.ApplyTo(site, Path.Combine(CorpusRoot, name));
        var outsideBefore = FingerprintOutsideOutput(site);
        var (code, stdout, stderr) = await site.RunCliAsync(expected.Command).WaitAsync(CaseTimeout);

        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.DoesNotContain("Exception", stdout + stderr);
        Assert.Equal(outsideBefore, FingerprintOutsideOutput(site));
        if (expected.Builds)
        {
            Assert.True(code == 0, stderr);
            foreach (var (page, text) in expected.Contains) Assert.Contains(text, site.ReadOutput(page));
            foreach (var (page, text) in expected.Lacks)
            {
                foreach (var file in page == "*" ? Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories) : [Path.Combine(site.Output, page)])
                    Assert.False(File.ReadAllText(file).Contains(text, StringComparison.Ordinal), $"{Path.GetRelativePath(site.Output, file)} holds '{text}'");
            }
            return;
        }
        Assert.True(code == 1, $"exit code {code}\n{stdout}\n{stderr}");
        var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => Expectation.ErrorLine.IsMatch(l)).ToList();
        if (Expectation.Updating) Expectation.Update(name, errors);
        var unmatched = errors.ToList();
        foreach (var pattern in expected.Errors)
        {
            var hit = unmatched.FindIndex(pattern.IsMatch);
            Assert.True(hit >= 0, $"expected an error matching\n  {pattern}\ngot\n  {string.Join("\n  ", errors)}");
            unmatched.RemoveAt(hit);
        }
        Assert.True(unmatched.Count == 0, $"unexpected errors:\n  {string.Join("\n  ", unmatched)}");
        Assert.Equal(previousOutput, site.OutputFingerprint());
    }

    /// <summary>Every file and folder of the site folder except output/, files with a hash of their bytes: a build may write nowhere else.</summary>
    private static SortedDictionary<string, string> FingerprintOutsideOutput(TestSite site)
    {
        static bool InOutput(string relative) => relative == "output" || relative.StartsWith("output" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var result = new SortedDictionary<string, string>(TestSite.Fingerprint(site.Root).Where(f => !InOutput(f.Key)).ToDictionary(), StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(site.Root, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(site.Root, d)).Where(d => !InOutput(d)))
            result[folder] = "folder";
        return result;
    }

    private sealed partial record Expectation(bool Builds, List<Regex> Errors, List<(string Page, string Text)> Contains, List<(string Page, string Text)> Lacks, List<(string Path, int Bytes)> Fills, List<(string Path, string Target)> Links)
    {
        /// <summary>The command line the case runs: the build, or what <c>command:</c> names.</summary>
        public string[] Command { get; private set; } = [];

        public static Expectation Load(string name)
        {
            var expectation = new Expectation(false, [], [], [], [], []);
            foreach (var raw in File.ReadAllLines(Path.Combine(CorpusRoot, name, "expected.txt")))
            {
                var line = raw.TrimEnd();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                if (line == "builds") expectation = expectation with { Builds = true };
                else if (line.StartsWith("regex: ", StringComparison.Ordinal)) expectation.Errors.Add(new Regex("^" + line["regex: ".Length..] + "$"));
                else if (line.StartsWith("contains: ", StringComparison.Ordinal))
                {
                    var parts = line["contains: ".Length..].Split(" :: ", 2);
                    expectation.Contains.Add((parts[0], parts[1]));
                }
                else if (line.StartsWith("lacks: ", StringComparison.Ordinal))
                {
                    var parts = line["lacks: ".Length..].Split(" :: ", 2);
                    expectation.Lacks.Add((parts[0], parts[1]));
                }
                else if (line.StartsWith("command: ", StringComparison.Ordinal)) expectation.Command = line["command: ".Length..].Split(' ');
                else if (line.StartsWith("fill: ", StringComparison.Ordinal))
                {
                    var parts = line["fill: ".Length..].Split(' ');
                    expectation.Fills.Add((parts[0], int.Parse(parts[1])));
                }
                else if (line.StartsWith("link: ", StringComparison.Ordinal))
                {
                    var parts = line["link: ".Length..].Split(' ');
                    expectation.Links.Add((parts[0], parts[1]));
                }
                else if (ErrorLine.Match(line) is { Success: true } error) expectation.Errors.Add(new Regex("^" + Regex.Escape(error.Groups["key"].Value) + "(: .*)?$"));
                else if (!Updating) throw new FormatException($"{name}/expected.txt: '{line}' is not 'path:line:col: error ATL1234: message'");
            }
            return expectation;
        }

        /// <summary>An error line; its key is what a case compares: place and code.</summary>
        [GeneratedRegex(@"^(?<key>.+?:\d+:\d+: error ATL\d{4})(: .*)?$")]
        public static partial Regex ErrorLine { get; }

        /// <summary>Whether this run rewrites the expected lines (ATLAS_UPDATE_EXPECTED set), so an old or wrong line is not refused.</summary>
        public static bool Updating { get; } = Environment.GetEnvironmentVariable("ATLAS_UPDATE_EXPECTED") is { Length: > 0 };

        /// <summary>Replaces a case's expected error lines by the reported ones, keeping its comments and directives.</summary>
        public static void Update(string name, IEnumerable<string> reported)
        {
            var file = Path.Combine(CorpusRoot, name, "expected.txt");
            var kept = File.ReadAllLines(file).Where(l => l.Length == 0 || l.StartsWith('#') || l.StartsWith("fill: ", StringComparison.Ordinal) || l.StartsWith("link: ", StringComparison.Ordinal) || l.StartsWith("command: ", StringComparison.Ordinal));
            File.WriteAllLines(file, kept.Concat(reported));
        }

        public void ApplyTo(TestSite site, string caseFolder)
        {
            foreach (var file in Directory.EnumerateFiles(caseFolder, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(caseFolder, file);
                if (relative == "expected.txt") continue;
                var target = Path.Combine(site.Root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
            foreach (var (path, target) in Links)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site.Root, path))!);
                File.CreateSymbolicLink(Path.Combine(site.Root, path), target);
            }
            foreach (var (path, bytes) in Fills)
            {
                var target = Path.Combine(site.Root, path);
                var text = new StringBuilder(File.ReadAllText(target));
                const string paragraph = "\nA long page keeps going with plain words, one paragraph after another.\n";
                while (text.Length < bytes) text.Append(paragraph);
                File.WriteAllText(target, text.ToString());
            }
        }
    }
}
