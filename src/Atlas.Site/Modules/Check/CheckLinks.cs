using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Build;
using Atlas.Site.Checking;
using Atlas.Site.Modules.Write;

namespace Atlas.Site.Modules.Check;

/// <summary>
/// Checks the rendered site in memory: every internal link, #anchor, image and asset of every
/// page must resolve to a file of the site under its base path. Runs in Output, where every
/// pipeline's finished documents are visible, and writes nothing.
/// </summary>
public sealed class CheckLinks : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var settings = context.Service<BuildSettings>();
        var site = context.AllOutputs()
            .SelectMany(kv => kv.Value)
            .Where(d => d.Destination.Length > 0)
            .GroupBy(d => d.Destination, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var files = site.AsParallel()
            .Select(kv => (kv.Key, File: LinkExtractor.Reads(kv.Key) ? LinkExtractor.Read(kv.Key, TextOf(kv.Value)) : LinkedFile.Opaque))
            .ToDictionary(f => f.Key, f => f.File, StringComparer.Ordinal);
        var broken = new LinkChecker(files, settings.Site.BasePath, settings.Site.Url).Check();
        var locator = new SourceLocator(site, context.OutputsOf("Theme"), settings.Site.BasePath);
        foreach (var diagnostic in locator.Locate(broken)) context.Diagnostics.Add(diagnostic);
        return Task.FromResult(documents);
    }

    /// <summary>A rendered page's content, or the bytes of a file copied as it is (a hand-written page in input/static).</summary>
    private static string TextOf(Document document) =>
        document.Metadata.GetString(WriteFiles.CopyFromKey) is { Length: > 0 } source ? File.ReadAllText(source) : document.Content;
}
