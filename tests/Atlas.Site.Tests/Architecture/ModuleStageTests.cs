using System.Reflection;
using System.Text.RegularExpressions;
using Atlas.Engine.Pipelines;
using Atlas.Site.Modules;
using Atlas.Site.Pipelines;

namespace Atlas.Site.Tests.Architecture;

/// <summary>A module's stage is what it declares, not the folder it lives in: --verbose and the benchmark read it from there.</summary>
public class ModuleStageTests
{
    [Fact]
    public void Every_module_of_the_site_declares_its_stage()
    {
        var modules = typeof(Stage).Assembly.GetTypes().Where(t => typeof(IModule).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        Assert.Contains(typeof(Modules.Parse.ParseFrontMatter), modules);
        Assert.All(SitePipelines.All().SelectMany(p => Enum.GetValues<Phase>().SelectMany(p.ModulesOf)).Select(m => m.GetType()), t => Assert.Contains(t, modules));
        Assert.Empty(modules.Where(t => t.GetCustomAttribute<StageAttribute>() is null).Select(t => t.FullName));
    }

    [Fact]
    public async Task Verbose_prints_each_module_under_its_declared_stage_and_memos_as_cross_pipeline()
    {
        using var site = TestSite.Minimal();

        var (exitCode, stdout, _) = await site.RunCliAsync("--verbose");

        Assert.Equal(0, exitCode);
        var lines = Regex.Matches(stdout, @"^  (\S+)\s+(\S+)\s+[0-9.]+ ms$", RegexOptions.Multiline).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        Assert.Equal("Parse", lines["ParseFrontMatter"]);
        Assert.Equal("Models", lines["AttachModelRows"]);
        Assert.Equal("Templates", lines["RenderLayout"]);
        Assert.Equal("Write", lines["WriteFiles"]);
        Assert.Contains("Cross-pipeline", lines.Values);
    }
}
