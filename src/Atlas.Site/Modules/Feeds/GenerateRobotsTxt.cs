using Atlas.Site.Config;
using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Site.Modules.Feeds;

/// <summary>robots.txt: everything may be crawled; the sitemap is named when its URL can be absolute.</summary>
[Stage(Stage.Feeds)]
public sealed class GenerateRobotsTxt : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var settings = context.Service<BuildSettings>();
        var text = "User-agent: *\nAllow: /\n";
        if (settings.Site.Url.Length > 0) text += $"\nSitemap: {settings.AbsoluteUrl("sitemap.xml")}\n";
        return Task.FromResult(documents.Add(Document.Generated("robots.txt", Metadata.Empty, text)));
    }
}
