using Atlas.Engine.Diagnostics;
using Atlas.Site.Build;

namespace Atlas.Site.Commands;

/// <summary>Prints diagnostics (one line each, to stderr) and the build's summary line (stdout).</summary>
public sealed class Reporter(TextWriter output, TextWriter errors, bool quiet, bool verbose)
{
    public void Report(BuildReport report)
    {
        foreach (var diagnostic in report.Diagnostics.Where(d => !quiet || d.Severity == Severity.Error))
            errors.WriteLine(diagnostic);
        if (verbose && report.Engine is { } engine)
        {
            foreach (var (module, time) in engine.TimeByModule.OrderByDescending(kv => kv.Value))
                output.WriteLine($"  {module,-28} {time.TotalMilliseconds,8:0.0} ms");
        }
        if (!quiet) output.WriteLine(report.Summary);
    }
}
