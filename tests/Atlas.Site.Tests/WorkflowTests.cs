using YamlDotNet.RepresentationModel;

namespace Atlas.Site.Tests;

/// <summary>The weekly outside-link workflow, read as GitHub reads it: a YAML document.</summary>
public class WorkflowTests
{
    [Fact]
    public void The_external_link_workflow_runs_weekly_and_on_demand_and_its_only_write_is_to_issues()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(TestSite.RepositoryRoot, ".github/workflows/external-links.yml")))
            stream.Load(reader);
        var workflow = (YamlMappingNode)stream.Documents.Single().RootNode;

        var on = (YamlMappingNode)workflow["on"];
        Assert.Matches(@"^\d+ \d+ \* \* \d$", ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)on["schedule"]).Single())["cron"]).Value);
        Assert.Contains(new YamlScalarNode("workflow_dispatch"), on.Children.Keys);
        Assert.Empty((YamlMappingNode)workflow["permissions"]);
        var jobs = (YamlMappingNode)workflow["jobs"];
        var granted = jobs.Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlMappingNode)job["permissions"]).Children.Select(p => $"{p.Key}: {p.Value}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["contents: read", "issues: write"], granted);
        var runs = jobs.Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>())
            .Where(step => step.Children.ContainsKey("run"))
            .Select(step => ((YamlScalarNode)step["run"]).Value!);
        Assert.Contains(runs, run => run.Contains("-- check --external", StringComparison.Ordinal));
        Assert.Contains(runs, run => run.Contains("gh issue edit", StringComparison.Ordinal) && run.Contains("gh issue create", StringComparison.Ordinal));
    }
}
