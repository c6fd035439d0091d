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

    /// <summary>Kept between builds by a long-running process: a build then redoes and rewrites only what changed since the last.</summary>
    public RebuildCache? Cache { get; init; }

    public string DisplayPath(string fullPath) => Path.GetRelativePath(DisplayRoot, fullPath).Replace('\\', '/');
}

/// <summary>The outcome of a build: diagnostics, pages written, time taken.</summary>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, EngineResult? Engine)
{
    /// <summary>For a rebuild from a <see cref="RebuildCache"/>: files written and deleted, results reused and computed.</summary>
    public (int Written, int Deleted, int Reused, int Computed)? Changes { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public bool Succeeded => Errors == 0;

    /// <summary>A check: nothing was written, the counts are of the pages rendered.</summary>
    public bool DryRun { get; init; }

    public string Summary => $"{(DryRun ? Succeeded ? "checked" : "check failed" : Succeeded ? "built" : "build failed")}: {PagesWritten} pages, {FilesWritten} files{ChangesText}, {Warnings} warnings, {Errors} errors in {Elapsed.TotalMilliseconds:0} ms";

    private string ChangesText => Changes is var (written, deleted, reused, computed)
        ? $" ({written} written, {deleted} deleted; {reused} results reused, {computed} computed)"
        : "";

    /// <summary>The same report with every warning an error (check --strict).</summary>
    public BuildReport WithWarningsAsErrors() => this with { Diagnostics = Diagnostics.Select(d => d with { Severity = Severity.Error }).ToList() };
}

/// <summary>
/// Runs the engine over the site's pipelines into a staging folder beside the output folder,
/// and swaps it in only when the build has no errors: a failed build leaves output/ untouched.
/// A rebuild from a <see cref="RebuildCache"/> stages only the files that changed and moves them
/// in, deleting the files the site no longer has.
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
        var settings = new BuildSettings(input, Path.GetFullPath(request.ThemeDirectory), output, site)
        {
            StagingDirectory = staging, DisplayRoot = request.DisplayRoot, DryRun = request.DryRun,
        };
        var cache = request.DryRun ? null : request.Cache;
        var incremental = cache?.CanReuse(settings) ?? false;

        try
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (!request.DryRun) Directory.CreateDirectory(staging);
            var engine = new Engine.Execution.Engine(request.DryRun ? SitePipelines.ForCheck() : SitePipelines.All(), [settings], cache?.Results);
            var result = await engine.RunAsync(diagnostics, cancellationToken);
            var sorted = diagnostics.Sorted();
            var destinations = result.Outputs.Values.SelectMany(d => d).Select(d => d.Destination).Where(d => d.Length > 0).ToHashSet(StringComparer.Ordinal);
            var pages = destinations.Count(d => d.EndsWith(".html", StringComparison.Ordinal));
            var counted = request.DryRun || !diagnostics.HasErrors;
            var report = new BuildReport(sorted, counted ? pages : 0, counted ? destinations.Count : 0, stopwatch.Elapsed, result) { DryRun = request.DryRun };
            if (diagnostics.HasErrors || request.DryRun) return report;
            if (!incremental)
            {
                SwapIn(staging, output, request.OutputGate);
                cache?.Succeeded(destinations);
                return report;
            }
            var stale = cache!.Written.Where(d => !destinations.Contains(d)).Order(StringComparer.Ordinal).ToList();
            var written = MoveIn(staging, output, stale, request.OutputGate);
            cache.Succeeded(destinations);
            return report with { Elapsed = stopwatch.Elapsed, Changes = (written, stale.Count, cache.Results.Reused, cache.Results.Computed) };
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

    /// <summary>Moves each staged file over its old version (a rename, so a reader sees one or the other) and deletes the stale files; returns the files moved.</summary>
    private static int MoveIn(string staging, string output, IReadOnlyList<string> stale, ReaderWriterLockSlim? gate)
    {
        var staged = Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).ToList();
        gate?.EnterWriteLock();
        try
        {
            foreach (var file in staged)
            {
                var target = Path.Combine(output, Path.GetRelativePath(staging, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target, overwrite: true);
            }
            foreach (var path in stale) DeleteWithEmptyFolders(output, Path.Combine(output, path));
        }
        finally
        {
            gate?.ExitWriteLock();
        }
        return staged.Count;
    }

    /// <summary>Deletes a file and then each folder above it (up to the output folder) that it leaves empty.</summary>
    private static void DeleteWithEmptyFolders(string output, string file)
    {
        File.Delete(file);
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > output.Length && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            Directory.Delete(folder);
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
