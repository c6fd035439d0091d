namespace Atlas.Site.Build;

/// <summary>
/// What the build may do to its output folder. It refuses a folder that would put the site's
/// sources, the project or the working directory at risk, and it deletes only files that a
/// previous build of this tool wrote there: those listed in the folder's manifest, as Hugo
/// keeps what it published. Anything else in the folder is left alone.
/// </summary>
public static class OutputFolder
{
    /// <summary>
    /// The manifest: the output folder's files that the last successful build wrote, one
    /// relative path a line, after a first line giving the base path it was built under
    /// (<c># base_path /atlas/</c>), so <c>serve</c> can serve it as built. Every successful
    /// build rewrites it, so its time of change is when the folder last held a good build.
    /// </summary>
    public const string ManifestName = ".atlas-manifest";

    private const string BasePathLine = "# base_path ";

    /// <summary>
    /// Why the build must not write to <paramref name="output"/>, or null: the folder is, or
    /// contains, the input, theme or project folder or a working directory, or lies inside the
    /// input or theme folder (input/static would copy each build into the next).
    /// </summary>
    public static string? Problem(BuildRequest request)
    {
        var output = Full(request.OutputDirectory);
        var input = Full(request.InputDirectory);
        var theme = Full(request.ThemeDirectory);
        var shown = $"--output '{request.DisplayPath(output)}'";
        if (Path.GetDirectoryName(output) is null) return $"{shown} is the root of the file system";
        (string Name, string Path)[] guarded =
        [
            ("the input folder", input), ("the theme folder", theme), ("the project folder", Full(Path.GetDirectoryName(input)!)),
            ("the current directory", Full(request.DisplayRoot)), ("the current directory", Full(Environment.CurrentDirectory)),
        ];
        if (guarded.FirstOrDefault(g => output == g.Path).Name is { } same)
            return $"{shown} is {same}; the build would replace it: choose a folder of its own, e.g. --output output";
        if (guarded.FirstOrDefault(g => Inside(g.Path, output)).Name is { } contained)
            return $"{shown} contains {contained}; the build would replace it: choose a folder of its own, e.g. --output output";
        if (guarded.Take(2).FirstOrDefault(g => Inside(output, g.Path)).Name is { } read)
            return $"{shown} lies inside {read}, which the build reads: choose a folder outside it, e.g. --output output";
        return null;
    }

    /// <summary>The files the last build listed in the manifest (paths relative to the folder, forward slashes); none without one.</summary>
    public static IReadOnlySet<string> ReadManifest(string output)
    {
        var manifest = Path.Combine(output, ManifestName);
        return File.Exists(manifest)
            ? File.ReadAllLines(manifest).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>The base path the last successful build used, or null (no manifest, or one written before it said).</summary>
    public static string? BuiltBasePath(string output)
    {
        var manifest = Path.Combine(output, ManifestName);
        return File.Exists(manifest) && File.ReadLines(manifest).FirstOrDefault() is { } first && first.StartsWith(BasePathLine, StringComparison.Ordinal)
            ? first[BasePathLine.Length..]
            : null;
    }

    /// <summary>When the folder last received a successful build (UTC), or null when none did.</summary>
    public static DateTime? LastGoodBuild(string output)
    {
        var manifest = Path.Combine(output, ManifestName);
        return File.Exists(manifest) ? File.GetLastWriteTimeUtc(manifest) : null;
    }

    /// <summary>Lists the files this build wrote, in ordinal order so the same site gives the same bytes.</summary>
    public static void WriteManifest(string output, string basePath, IEnumerable<string> destinations) =>
        File.WriteAllText(Path.Combine(output, ManifestName), BasePathLine + basePath + "\n" + string.Concat(destinations.Order(StringComparer.Ordinal).Select(d => d + "\n")));

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path.Length == 0 ? "." : path));

    private static bool Inside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
