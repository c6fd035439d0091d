using System.Reflection;
using Atlas.Engine.Diagnostics;
using Atlas.Engine.Pipelines;
using Atlas.Site.Build;
using Atlas.Site.Modules;
using Atlas.Site.Pipelines;

namespace Atlas.Site.Build;

/// <summary>Prints diagnostics (one line each, to stderr) and the build's summary line (stdout).</summary>
public sealed class Reporter(TextWriter output, TextWriter errors, bool quiet, bool verbose)
{
    /// <summary>Each module's stage, as it declares it (<see cref="StageAttribute"/>): Read, Parse, Markdown, ...</summary>
    private static readonly Dictionary<string, string> StageOf = SitePipelines.All()
        .SelectMany(p => Enum.GetValues<Phase>().SelectMany(p.ModulesOf))
        .Select(m => m.GetType())
        .Distinct()
        .Where(t => t.GetCustomAttribute<StageAttribute>() is not null)
        .ToDictionary(t => t.Name, t => t.GetCustomAttribute<StageAttribute>()!.Stage.ToString(), StringComparer.Ordinal);

    public void Report(BuildReport report)
    {
        foreach (var diagnostic in report.Diagnostics.Where(d => !quiet || d.Severity == Severity.Error))
            errors.WriteLine(diagnostic);
        if (verbose && report.Engine is { } engine)
        {
            var times = engine.TimeByModule.Select(kv => (Stage: StageOf.GetValueOrDefault(kv.Key, "Other"), Name: kv.Key, Time: kv.Value))
                .Concat(engine.TimeByMemo.Select(kv => (Stage: "Cross-pipeline", Name: kv.Key, Time: kv.Value)));
            foreach (var (stage, name, time) in times.OrderByDescending(t => t.Time))
                output.WriteLine($"  {stage,-14} {name,-24} {time.TotalMilliseconds,8:0.0} ms");
        }
        if (!quiet) output.WriteLine(report.Summary);
    }
}
