using Atlas.Engine.Diagnostics;
using Atlas.Engine.Execution;
using Atlas.Site.Config;

namespace Atlas.Site.Modules.Templates;

/// <summary>
/// A template that reads what is not there (a variable, a member, a filter) still renders, printing
/// nothing: the build warns and goes on, while check, which gates a merge, makes it an error.
/// </summary>
public static class TemplateContract
{
    public static void Report(IExecutionContext context, DiagnosticCode code, string path, int line, int column, string message)
    {
        if (context.Service<BuildSettings>().DryRun) context.Diagnostics.Error(code, path, line, column, message);
        else context.Diagnostics.Warning(code, path, line, column, message);
    }
}
