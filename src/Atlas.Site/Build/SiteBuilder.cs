using System.Diagnostics;
using Atlas.Engine.Diagnostics;
using Atlas.Engine.Execution;
using Atlas.Site.Config;
using Atlas.Site.Pipelines;

namespace Atlas.Site.Build;

/// <summary>What the user asked to build, after command-line options are applied to site.yaml.</summary>
public sealed record BuildRequest(string InputDirectory, string ThemeDirectory, string OutputDirectory, string? BasePath = null, string? Url = null)
{
    /// <summary>Write nothing: validate, render and check the rendered pages' links (the check command).</summary>
    public bool DryRun { get; init; }

    /// <summary>Diagnostics name files relative to this folder: the working directory on the command line, else the site folder.</summary>
    public string DisplayRoot { get; init; } = Path.GetDirectoryName(Path.GetFullPath(InputDirectory)) ?? ".";

    /// <summary>
    /// Held for writing while a finished build replaces the output folder, so that a server
    /// holding it for reading never sees the moment when neither the old nor the new folder is there.
    /// </summary>
    public ReaderWriterLockSlim? OutputGate { get; init; }

    public string DisplayPath(string fullPath) => Path.GetRelativePath(DisplayRoot, fullPath).Replace('\\', '/');
}

/// <summary>The outcome of a build: diagnostics, pages written, time taken.</summary>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, EngineResult? Engine)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public bool Succeeded => Errors == 0;

    /// <summary>A check: nothing was written, the counts are of the pages rendered.</summary>
    public bool DryRun { get; init; }

    public string Summary => $"{(DryRun ? Succeeded ? "checked" : "check failed" : Succeeded ? "built" : "build failed")}: {PagesWritten} pages, {FilesWritten} files, {Warnings} warnings, {Errors} errors in {Elapsed.TotalMilliseconds:0} ms";

    /// <summary>The same report with every warning an error (check --strict).</summary>
    public BuildReport WithWarningsAsErrors() => this with { Diagnostics = Diagnostics.Select(d => d with { Severity = Severity.Error }).ToList() };
}

/// <summary>
/// Runs the engine over the site's pipelines into a staging folder beside the output folder,
/// and swaps it in only when the build has no errors: a failed build leaves output/ untouched.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildReport> BuildAsync(BuildRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var input = Path.GetFullPath(request.InputDirectory);
        var output = Path.GetFullPath(request.OutputDirectory);
        if (!Directory.Exists(input))
        {
            diagnostics.Error(request.DisplayPath(input), 1, 1, "input folder does not exist");
            return new BuildReport(diagnostics.Sorted(), 0, 0, stopwatch.Elapsed, null);
        }
        var site = LoadSite(request, diagnostics);
        var staging = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}-staging-{Environment.ProcessId}");
        var settings = new BuildSettings(input, Path.GetFullPath(request.ThemeDirectory), output, site) { StagingDirectory = staging, DisplayRoot = request.DisplayRoot };

        EngineResult? result = null;
        try
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (!request.DryRun) Directory.CreateDirectory(staging);
            var engine = new Engine.Execution.Engine(request.DryRun ? SitePipelines.ForCheck() : SitePipelines.All(), [settings]);
            result = await engine.RunAsync(diagnostics, cancellationToken);
            var sorted = diagnostics.Sorted();
            var written = result.Outputs.Values.SelectMany(d => d).Where(d => d.Destination.Length > 0).ToList();
            var pages = written.Count(d => d.Destination.EndsWith(".html", StringComparison.Ordinal));
            if (!diagnostics.HasErrors && !request.DryRun) SwapIn(staging, output, request.OutputGate);
            var counted = request.DryRun || !diagnostics.HasErrors;
            return new BuildReport(sorted, counted ? pages : 0, counted ? written.Count : 0, stopwatch.Elapsed, result) { DryRun = request.DryRun };
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>site.yaml with the command line's --base-path and --url applied.</summary>
    public static SiteConfig LoadSite(BuildRequest request, DiagnosticBag diagnostics)
    {
        var site = SiteConfig.Load(Path.GetFullPath(request.InputDirectory), request.DisplayPath, diagnostics);
        return site with
        {
            BasePath = request.BasePath is null ? site.BasePath : SiteConfig.NormalizeBasePath(request.BasePath),
            Url = request.Url?.TrimEnd('/') ?? site.Url,
        };
    }

    private static void SwapIn(string staging, string output, ReaderWriterLockSlim? gate)
    {
        var previous = output + $".previous-{Environment.ProcessId}";
        gate?.EnterWriteLock();
        try
        {
            if (Directory.Exists(output)) Directory.Move(output, previous);
            Directory.Move(staging, output);
        }
        finally
        {
            gate?.ExitWriteLock();
        }
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
    }
}
