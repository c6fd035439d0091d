using Atlas.Site.Checking.External;

namespace Atlas.Site.Config;

/// <summary>Where a build reads and writes, handed to every module as an engine service.</summary>
public sealed record BuildSettings(string InputDirectory, string ThemeDirectory, string OutputDirectory, SiteConfig Site)
{
    /// <summary>
    /// The folder the build writes the files whose bytes differ from the output folder's into,
    /// to be moved into the output folder only when the build succeeds.
    /// </summary>
    public string StagingDirectory { get; init; } = OutputDirectory;

    /// <summary>Validate and render, but write nothing (the check command).</summary>
    public bool DryRun { get; init; }

    /// <summary>Also ask every outside link whether it answers (check --external); null otherwise.</summary>
    public ExternalLinkCheck? External { get; init; }

    /// <summary>Paths in diagnostics are relative to this folder (the working directory).</summary>
    public required string DisplayRoot { get; init; }

    /// <summary>True for a file under the input or theme folder: the only files a build reads.</summary>
    public bool IsSiteFile(string fullPath) =>
        new[] { InputDirectory, ThemeDirectory }.Any(root => Path.GetFullPath(fullPath).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    public string DisplayPath(string fullPath) => Path.GetRelativePath(DisplayRoot, fullPath).Replace('\\', '/');

    /// <summary>A site path ("models/clip/") as a URL under the base path ("/atlas/models/clip/").</summary>
    public string Url(string sitePath) => Site.BasePath + sitePath.TrimStart('/');

    /// <summary>A site path with the site's origin and base path ("https://user.github.io/atlas/models/clip/"); root-relative while site.yaml has no url.</summary>
    public string AbsoluteUrl(string sitePath) => Site.Url + Url(sitePath);
}
