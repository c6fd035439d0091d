namespace Atlas.Site.Tests.Architecture;

/// <summary>
/// The parts of Atlas.Site refer to each other in one direction only, lowest first: Diagnostics,
/// Drawing, Yaml, Model; Markdown, Figures; Documents; Links, Checking, Config; Templates; the
/// modules; the pipelines; the build; preview and the command line (README, "What is where").
/// A circle means a change at one end can break the other: the test names its references and files.
/// </summary>
public class NamespaceCycleTests
{
    [Fact]
    public void The_parts_of_the_site_refer_to_each_other_without_a_circle()
    {
        var graph = NamespaceGraph.Of(Path.Combine(TestSite.RepositoryRoot, "src", "Atlas.Site"), "Atlas.Site");

        Assert.Contains("Templates", graph.Edges["Pipelines"].Keys);
        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 0, "namespaces referring to each other in a circle:\n"
            + string.Join("\n", cycles.Select(c => string.Join(", ", c) + ":\n  " + string.Join("\n  ", graph.Describe(c)))));
    }

    [Fact]
    public void A_circle_made_by_a_using_and_a_name_qualified_inside_an_interpolation_is_found()
    {
        using var project = new TempProject();
        project.Write("Low/Slug.cs", """
            using Demo.High; // a comment naming Demo.Other.Thing is no reference
            namespace Demo.Low;
            public static class Slug { public static string Of(string s) => $"{s}"; public static string Title => Page.Title; }
            """);
        project.Write("High/Page.cs", """
            namespace Demo.High;
            public static class Page { public const string Title = "Other.Thing"; public static string Url(string s) => $"{Low.Slug.Of(s)}/"; }
            """);
        project.Write("Other/Thing.cs", "namespace Demo.Other;\npublic class Thing;\n");

        var graph = NamespaceGraph.Of(project.Directory, "Demo");

        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal(["High", "Low"], cycle);
        Assert.Equal(["High -> Low (High/Page.cs)", "Low -> High (Low/Slug.cs)"], graph.Describe(cycle));
        Assert.False(graph.Edges.ContainsKey("Other"));
        Assert.DoesNotContain("Other", graph.Edges["High"].Keys);
        Assert.DoesNotContain("Other", graph.Edges["Low"].Keys);
    }

    [Fact]
    public void Comments_strings_and_raw_strings_are_not_code_but_interpolation_holes_are()
    {
        var code = NamespaceGraph.CodeOnly("""""
            var a = "Templates.X"; // Links.Y
            var b = @"say ""Model.Z""";
            var c = $$$"""" {{{Figures.Box}}} Charts.Q """";
            var d = '\''; var e = $"{(x ? "Yaml.W" : Drawing.V)}";
            """"");

        Assert.Contains("Figures.Box", code);
        Assert.Contains("Drawing.V", code);
        foreach (var text in new[] { "Templates.X", "Links.Y", "Model.Z", "Charts.Q", "Yaml.W" }) Assert.DoesNotContain(text, code);
    }

    private sealed class TempProject : IDisposable
    {
        public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("atlas-namespaces-").FullName;

        public void Write(string path, string text)
        {
            var full = Path.Combine(Directory, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
