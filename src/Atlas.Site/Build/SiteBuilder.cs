using Atlas.Site.Diagnostics;
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

    /// <summary>With <see cref="DryRun"/>: also ask every outside link whether it answers (check --external).</summary>
    public Checking.External.ExternalLinkCheck? External { get; init; }

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

public sealed record FileChanges(int Written, int Deleted);

public sealed record CacheUse(int Reused, int Computed);

/// <summary>The outcome of a build: diagnostics, pages written, time taken.</summary>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, EngineResult? Engine)
{
    /// <summary>Files written into and deleted from the output folder (none for a check or a failed build).</summary>
    public FileChanges? Changes { get; init; }

    /// <summary>With a <see cref="RebuildCache"/>: results taken from the last build and computed anew.</summary>
    public CacheUse? Reuse { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public bool Succeeded => Errors == 0;

    /// <summary>A check: nothing was written, the counts are of the pages rendered.</summary>
    public bool DryRun { get; init; }

    /// <summary>For a failed build: what the output folder still holds (the last good build, and when it was made).</summary>
    public string? OutputKept { get; init; }

    public string Summary => $"{(DryRun ? Succeeded ? "checked" : "check failed" : Succeeded ? "built" : "build failed")}: {PagesWritten} pages, {FilesWritten} files{ChangesText}, {Warnings} warnings, {Errors} errors in {Elapsed.TotalMilliseconds:0} ms{(OutputKept is { } kept ? "; " + kept : "")}";

    private string ChangesText => Changes is { } changes
        ? $" ({changes.Written} written, {changes.Deleted} deleted{(Reuse is { } reuse ? $"; {reuse.Reused} results reused, {reuse.Computed} computed" : "")})"
        : "";

    /// <summary>The same report with every warning an error (check --strict).</summary>
    public BuildReport WithWarningsAsErrors() => this with { Diagnostics = Diagnostics.Select(d => d with { Severity = Severity.Error }).ToList() };
}

/// <summary>
/// Runs the engine over the site's pipelines. Pages are written, as soon as they are rendered,
/// into a staging folder beside the output folder, and only those whose bytes differ from the
/// output folder's; when the build has no errors the staged files are moved in and the files
/// the site no longer has are deleted, if a build of this tool wrote them (see
/// <see cref="OutputFolder"/>). A failed build leaves output/ untouched.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildReport> BuildAsync(BuildRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var input = Path.GetFullPath(request.InputDirectory);
        var output = Path.GetFullPath(request.OutputDirectory);
        var theme = Path.GetFullPath(request.ThemeDirectory);
        if (new[] { (Path: input, Name: "input"), (Path: theme, Name: "theme") }.FirstOrDefault(f => !Directory.Exists(f.Path)) is { Name: not null } missing)
        {
            diagnostics.Error(Codes.FolderMissing, request.DisplayPath(missing.Path), 1, 1, $"{missing.Name} folder does not exist");
            return new BuildReport(diagnostics.Sorted(), 0, 0, stopwatch.Elapsed, null);
        }
        if (!request.DryRun && OutputFolder.Problem(request) is { } refusal)
        {
            diagnostics.Error(Codes.OutputRefused, request.DisplayPath(output), 1, 1, refusal);
            return new BuildReport(diagnostics.Sorted(), 0, 0, stopwatch.Elapsed, null);
        }
        var site = LoadSite(request, diagnostics);
        var staging = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}-staging-{Environment.ProcessId}");
        var settings = new BuildSettings(input, theme, output, site)
        {
            StagingDirectory = staging, DisplayRoot = request.DisplayRoot, DryRun = request.DryRun, External = request.External,
        };
        var cache = request.DryRun ? null : request.Cache;
        cache?.Prepare(settings);

        try
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (!request.DryRun) Directory.CreateDirectory(staging);
            var engine = new Engine.Execution.Engine(request.DryRun ? SitePipelines.ForCheck() : SitePipelines.All(), [settings], cache?.Results);
            var result = await engine.RunAsync(diagnostics, cancellationToken);
            var destinations = result.Outputs.Values.SelectMany(d => d).Select(d => d.Destination).Where(d => d.Length > 0).ToHashSet(StringComparer.Ordinal);
            var pages = destinations.Count(d => d.EndsWith(".html", StringComparison.Ordinal));
            var counted = request.DryRun || !diagnostics.HasErrors;
            var report = new BuildReport(diagnostics.Sorted(), counted ? pages : 0, counted ? destinations.Count : 0, stopwatch.Elapsed, result) { DryRun = request.DryRun };
            if (request.DryRun) return report;
            if (diagnostics.HasErrors) return report with { OutputKept = Kept(request, output) };
            if (Publish(staging, output, site.BasePath, destinations, request.OutputGate) is not var (written, deleted))
            {
                diagnostics.Error(Codes.OutputNotOurs, request.DisplayPath(output), 1, 1, $"holds files this tool did not write where the site has files of its own (e.g. {NotOurs(staging, output).First()}); move them away or choose another --output");
                return new BuildReport(diagnostics.Sorted(), 0, 0, stopwatch.Elapsed, result) { OutputKept = Kept(request, output) };
            }
            cache?.Results.Commit();
            return report with
            {
                Elapsed = stopwatch.Elapsed,
                Changes = new FileChanges(written, deleted),
                Reuse = cache is null ? null : new CacheUse(cache.Results.Reused, cache.Results.Computed),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputWriteFailed, request.DisplayPath(output), 1, 1, $"could not update the output folder: {ex.Message}");
            return new BuildReport(diagnostics.Sorted(), 0, 0, stopwatch.Elapsed, null) { OutputKept = Kept(request, output) };
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>
    /// Puts the staged files in place: the whole folder when there is no output yet, else each
    /// file moved over its old version (a rename, so a reader sees one or the other), and the
    /// files of the last build's manifest that the site no longer has deleted; the manifest then
    /// lists this build's files. A file the manifest does not list is never replaced or deleted:
    /// when the site has a file of that name, nothing is moved and the result is null.
    /// Returns how many files were written and deleted.
    /// </summary>
    private static (int Written, int Deleted)? Publish(string staging, string output, string basePath, IReadOnlySet<string> destinations, ReaderWriterLockSlim? gate)
    {
        var staged = Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).ToList();
        gate?.EnterWriteLock();
        try
        {
            if (!Directory.Exists(output))
            {
                OutputFolder.WriteManifest(staging, basePath, destinations);
                Directory.Move(staging, output);
                return (staged.Count, 0);
            }
            if (NotOurs(staging, output).Any()) return null;
            var previous = OutputFolder.ReadManifest(output);
            foreach (var file in staged)
            {
                var target = Path.Combine(output, Path.GetRelativePath(staging, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target, overwrite: true);
            }
            var stale = previous.Where(f => !destinations.Contains(f)).Select(f => Path.Combine(output, f)).Where(File.Exists).ToList();
            foreach (var file in stale) DeleteWithEmptyFolders(output, file);
            OutputFolder.WriteManifest(output, basePath, destinations);
            return (staged.Count, stale.Count);
        }
        finally
        {
            gate?.ExitWriteLock();
        }
    }

    /// <summary>Staged files that would replace a file of the output folder that no build of this tool wrote (relative paths).</summary>
    private static IEnumerable<string> NotOurs(string staging, string output)
    {
        var ours = OutputFolder.ReadManifest(output);
        return Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(staging, f).Replace('\\', '/'))
            .Where(f => !ours.Contains(f) && File.Exists(Path.Combine(output, f)))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>What a failed build leaves in the output folder: the last good build, dated (UTC) by its manifest, or nothing.</summary>
    private static string Kept(BuildRequest request, string output) => OutputFolder.LastGoodBuild(output) is { } time
        ? $"{request.DisplayPath(output)}/ left as the last good build, of {time:yyyy-MM-dd HH:mm:ss} UTC"
        : $"{request.DisplayPath(output)}/ not written";

    /// <summary>Deletes a file and then each folder above it (up to the output folder) that it leaves empty.</summary>
    private static void DeleteWithEmptyFolders(string output, string file)
    {
        File.Delete(file);
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > output.Length && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            Directory.Delete(folder);
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
}
