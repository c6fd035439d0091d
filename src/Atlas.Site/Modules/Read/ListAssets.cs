using Atlas.Site.Config;
using Atlas.Site.Documents;
using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Modules.Write;

namespace Atlas.Site.Modules.Read;

/// <summary>
/// Lists files that are copied as they are: theme/assets/** to assets/**, and input/static/**
/// to the site root. Nothing is read here; <see cref="WriteFiles"/> copies the bytes.
/// </summary>
[Stage(Stage.Read)]
public sealed class ListAssets : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var settings = context.Service<BuildSettings>();
        var themeAssets = Path.Combine(settings.ThemeDirectory, "assets");
        var staticFiles = Path.Combine(settings.InputDirectory, "static");
        var assets = ReadFiles.MatchRealFiles(themeAssets, ["**/*"], null, settings, context).Select(p => Asset(settings, p, "assets/" + Relative(themeAssets, p)))
            .Concat(ReadFiles.MatchRealFiles(staticFiles, ["**/*"], null, settings, context).Select(p => Asset(settings, p, Relative(staticFiles, p))));
        return Task.FromResult(documents.AddRange(assets));
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static Document Asset(BuildSettings settings, string path, string destination) =>
        new(settings.DisplayPath(path), destination, Metadata.Empty.Set(Keys.CopyFrom, path), "");
}
