using Fluid;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Atlas.Site.Templates;

// ITemplateCache is marked experimental; it is how Fluid takes templates parsed elsewhere, and the package version is pinned.
#pragma warning disable FLUID001

/// <summary>
/// What <c>{% include 'partials/toc' %}</c> finds: the theme's templates as the Theme pipeline
/// parsed them, by file name. Fluid would otherwise ask the disk whether each partial changed,
/// and read and parse it when it did, on every include of every page: a few thousand times a build.
/// </summary>
public sealed class ParsedPartials(IReadOnlyDictionary<string, IFluidTemplate> templatesByName) : IFileProvider, ITemplateCache
{
    private const string Extension = ".liquid";

    public IFileInfo GetFileInfo(string subpath) =>
        templatesByName.ContainsKey(NameOf(subpath)) ? new Parsed(Path.GetFileName(subpath)) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public bool TryGetTemplate(string path, DateTimeOffset lastModified, out IFluidTemplate template) =>
        templatesByName.TryGetValue(NameOf(path), out template!);

    /// <summary>Nothing to keep: every template of the theme is parsed before any page renders.</summary>
    public void SetTemplate(string path, DateTimeOffset lastModified, IFluidTemplate template)
    {
    }

    private static string NameOf(string path)
    {
        var name = path.Replace('\\', '/').TrimStart('/');
        return name.EndsWith(Extension, StringComparison.Ordinal) ? name[..^Extension.Length] : name;
    }

    /// <summary>A template that exists; its text is never read, since <see cref="TryGetTemplate"/> always has it parsed.</summary>
    private sealed class Parsed(string name) : IFileInfo
    {
        public bool Exists => true;
        public long Length => -1;
        public string? PhysicalPath => null;
        public string Name => name;
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public bool IsDirectory => false;

        public Stream CreateReadStream() => throw new InvalidOperationException($"template '{name}' is served parsed; its text is not kept");
    }
}
