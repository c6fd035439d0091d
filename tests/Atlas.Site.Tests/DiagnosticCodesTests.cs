using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Diagnostics;

namespace Atlas.Site.Tests;

/// <summary>The catalogue of diagnostic codes: each declared once, reported by the code, used by the corpus, and listed on the reference page.</summary>
public class DiagnosticCodesTests
{
    [Fact]
    public void Each_code_has_its_own_number_and_kebab_name_in_a_known_area_and_says_what_to_do()
    {
        Assert.Equal(Codes.All.Count, Codes.All.Select(c => c.Number).Distinct().Count());
        Assert.Equal(Codes.All.Count, Codes.All.Select(c => c.Name).Distinct().Count());
        Assert.All(Codes.All, c =>
        {
            Assert.Matches("^ATL[0-9]{4}$", c.Id);
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", c.Name);
            Assert.Contains(Codes.Ranges, r => r.From / 1000 == c.Number / 1000);
            Assert.False(string.IsNullOrWhiteSpace(c.Meaning) || string.IsNullOrWhiteSpace(c.Example) || string.IsNullOrWhiteSpace(c.Fix), c.Id);
        });
    }

    [Fact]
    public void Every_code_of_the_catalogue_is_reported_somewhere_in_the_source()
    {
        var source = string.Concat(Directory.EnumerateFiles(Path.Combine(TestSite.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(Path.Combine("Diagnostics", "Codes.cs"), StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var unused = typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Where(f => !source.Contains("Codes." + f.Name, StringComparison.Ordinal) && !source.Contains("DiagnosticCode." + f.Name, StringComparison.Ordinal))
            .Select(f => f.Name);
        Assert.Empty(unused);
    }

    [Fact]
    public void The_command_line_prints_its_refusals_with_a_code()
    {
        var commands = Directory.EnumerateFiles(Path.Combine(TestSite.RepositoryRoot, "src", "Atlas.Site", "Commands"), "*.cs")
            .Where(f => File.ReadAllText(f).Contains("atlas: error", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Equal(["CliContext.cs"], commands);
        Assert.Contains("atlas: error {code.Id}: ", File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "src", "Atlas.Site", "Commands", "CliContext.cs")));
    }

    [Fact]
    public void Every_code_the_bad_input_corpus_expects_is_in_the_catalogue()
    {
        var known = Codes.All.Select(c => c.Id).ToHashSet();
        var expected = Directory.EnumerateFiles(BadInputTests.CorpusRoot, "expected.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .SelectMany(l => Regex.Matches(l, @"\bATL[0-9]{4}\b").Select(m => m.Value))
            .ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Subset(known, expected);
    }

    [Fact]
    public async Task The_diagnostics_page_lists_every_code_with_its_example_and_fix()
    {
        using var site = TestSite.Minimal();
        Assert.True((await site.BuildAsync()).Succeeded);

        var page = new HtmlParser().ParseDocument(site.ReadOutput("docs/diagnostics/index.html"));

        Assert.All(Codes.All, code =>
        {
            var row = page.GetElementById(code.Id);
            Assert.NotNull(row);
            Assert.Contains(code.Name, row.TextContent);
            Assert.Contains(code.Fix, row.TextContent);
            Assert.Contains(code.Example, row.TextContent);
        });
        Assert.Equal(Codes.Ranges.Count, page.QuerySelectorAll("article h2").Length);
    }
}
