using Atlas.Site.Templates;
using Atlas.Site.Config;
using Atlas.Site.Documents;
using Atlas.Site.Diagnostics;
using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Checking;

namespace Atlas.Site.Modules.Check;

/// <summary>
/// Checks the rendered site in memory: every internal link, #anchor, image and asset of every
/// page must resolve to a file of the site under its base path; with <c>check --external</c>
/// (<see cref="BuildSettings.External"/>) every outside link must answer too. Runs in Output,
/// where every pipeline's finished documents are visible, and writes nothing to the site.
/// </summary>
[Stage(Stage.Check)]
public sealed class CheckLinks : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
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
        var checker = new LinkChecker(files, settings.Site.BasePath, settings.Site.Url);
        var broken = checker.Check().ToList();
        if (settings.External is { } external)
        {
            broken.AddRange(await external.CheckAsync(checker.OutsideLinks(), context.CancellationToken));
            if (external.CacheProblem is { } problem) context.Diagnostics.Warning(Codes.LinkCacheUnusable, settings.DisplayPath(Path.GetFullPath(external.Options.CachePath)), 1, 1, $"link cache {problem}");
        }
        // The data files are read again only to place a broken link: a clean site does not pay for it.
        var dataPlaces = broken.Count > 0 ? DataLinkPlaces.Read(settings.InputDirectory, settings.DisplayPath) : new Dictionary<string, SourcePlace>();
        var theme = Theme.Of(context);
        var locator = new SourceLocator(
            site, context.OutputsOf(PipelineNames.Theme), layout => theme.LayoutAndAncestors(layout).Where(s => s.Layout is not null).Select(s => s.Name),
            settings.Site.BasePath, dataPlaces);
        foreach (var diagnostic in locator.Locate(broken)) context.Diagnostics.Add(diagnostic);
        return documents;
    }

    /// <summary>A rendered page's content, or the bytes of a file copied as it is (a hand-written page in input/static).</summary>
    private static string TextOf(Document document) =>
        document.Metadata.GetString(Keys.CopyFrom) is { Length: > 0 } source ? File.ReadAllText(source) : document.Content;
}
