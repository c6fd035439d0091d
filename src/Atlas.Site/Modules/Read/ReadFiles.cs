using Atlas.Site.Yaml;
using Atlas.Site.Config;
using Atlas.Site.Diagnostics;
using Atlas.Site.Documents;
using System.Collections.Immutable;
using System.Text;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Model;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Atlas.Site.Modules.Read;

public enum SiteFolder { Input, Theme }

/// <summary>
/// Reads the text files matching the patterns, in path order. Each document's metadata has
/// <c>relative_path</c> (inside its folder). Files that are empty, not UTF-8 text, or larger than
/// <paramref name="maxBytes"/>, are reported and skipped. A file whose <see cref="FileStamp"/> is
/// the last build's is not read again (given a build cache).
/// </summary>
[Stage(Stage.Read)]
public sealed class ReadFiles(SiteFolder folder, string[] include, string[]? exclude = null, long maxBytes = ReadFiles.MaxPageBytes) : IModule
{
    public const long MaxPageBytes = 2 * 1024 * 1024;

    /// <summary>A table of ten thousand models is about 10 MB of YAML; a page is never near that.</summary>
    public const long MaxDataBytes = 64 * 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var settings = context.Service<BuildSettings>();
        var root = folder == SiteFolder.Input ? settings.InputDirectory : settings.ThemeDirectory;
        var paths = MatchRealFiles(root, include, exclude, settings, context);
        var read = new Document[paths.Count][];
        Parallel.For(0, paths.Count, i => read[i] = context.Reuse(
            $"{nameof(ReadFiles)}:{paths[i]}",
            () => FileStamp.Of(paths[i]),
            () => Read(root, paths[i], maxBytes, settings, context) is { } document ? [document] : Array.Empty<Document>()));
        return Task.FromResult(documents.AddRange(read.SelectMany(r => r)));
    }

    /// <summary>
    /// The listed files that match, as full paths in ordinal order, and, in <paramref name="links"/>, the
    /// symbolic links passed over (those that match, and links to folders): a link could make the build
    /// read, or publish, a file from anywhere on the machine that builds the site.
    /// </summary>
    private static IReadOnlyList<string> Match(string root, Listing listing, string[] include, string[]? exclude, out IReadOnlyList<string> links)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(include);
        if (exclude is not null) matcher.AddExcludePatterns(exclude);
        links = listing.Links.Where(l => Directory.Exists(l) || matcher.Match(root, [l]).HasMatches).Order(StringComparer.Ordinal).ToList();
        return matcher.Match(root, listing.Files).Files.Select(f => Path.GetFullPath(Path.Combine(root, f.Path))).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every file under a folder, and the symbolic links passed over, found by one walk.</summary>
    private sealed record Listing(IReadOnlyList<string> Files, IReadOnlyList<string> Links)
    {
        public static Listing Of(string root)
        {
            if (!Directory.Exists(root)) return new([], []);
            var files = new List<string>();
            var linked = new List<string>();
            // .NET's own recursion would walk into linked folders, so the walk is done here.
            var folders = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
            while (folders.TryPop(out var folder))
            {
                foreach (var entry in folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
                {
                    // The attribute comes with the directory listing; asking every entry for its link target would cost a system call each.
                    if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null) linked.Add(entry.FullName);
                    else if (entry is DirectoryInfo subfolder) folders.Push(subfolder);
                    else files.Add(entry.FullName);
                }
            }
            return new(files, linked);
        }
    }

    /// <summary>
    /// The files under <paramref name="root"/> that match, as full paths in ordinal order, reporting each
    /// symbolic link passed over (never followed). The folder is walked once per build, however many
    /// pipelines read from it.
    /// </summary>
    public static IReadOnlyList<string> MatchRealFiles(string root, string[] include, string[]? exclude, BuildSettings settings, IExecutionContext context)
    {
        var listing = context.Memo($"{nameof(Listing)}:{root}", () => Listing.Of(root));
        var paths = Match(root, listing, include, exclude, out var links);
        foreach (var link in links)
            context.Diagnostics.Error(Codes.SymbolicLink, settings.DisplayPath(link), 1, 1, "is a symbolic link: the build reads only the site's own files, never a link's target");
        return paths;
    }

    private static Document? Read(string root, string fullPath, long maxBytes, BuildSettings settings, IExecutionContext context)
    {
        var display = settings.DisplayPath(fullPath);
        var bytes = File.ReadAllBytes(fullPath);
        if (bytes.Length > maxBytes)
        {
            context.Diagnostics.Error(Codes.FileTooLarge, display, 1, 1, $"file is {bytes.Length / 1024 / 1024.0:0.0} MB; files here are limited to {maxBytes / 1024 / 1024} MB");
            return null;
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            var (line, column) = LineAndColumn(bytes, nul);
            context.Diagnostics.Error(Codes.BinaryFile, display, line, column, "file contains a NUL byte: it looks binary, not text");
            return null;
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = LineAndColumn(bytes, Math.Max(0, ex.Index));
            context.Diagnostics.Error(Codes.NotUtf8, display, line, column, "file is not valid UTF-8 text");
            return null;
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text))
        {
            context.Diagnostics.Error(Codes.EmptyFile, display, 1, 1, "file is empty: write its content or delete it");
            return null;
        }
        if (ForbiddenCharacters.IndexIn(text) is var forbidden and >= 0)
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(0, forbidden - 1)) + 1;
            context.Diagnostics.Error(Codes.ForbiddenCharacter, display, text.AsSpan(0, forbidden).Count('\n') + 1, forbidden - lineStart + 1, $"file contains {ForbiddenCharacters.Describe(text, forbidden)}: delete it");
            return null;
        }
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        return Document.Create(display, text, Metadata.Empty
            .Set(Keys.RelativePath, relative)
            .Set(Keys.FullPath, fullPath));
    }

    private static (int Line, int Column) LineAndColumn(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < Math.Min(offset, bytes.Length); i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }
}
