using Atlas.Site.Documents;
using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Site.Modules.Listings;

/// <summary>
/// Adds one generated page (no source file) with a layout, a title and a pretty URL; a URL that
/// names a file ("404.html") is written as that file. An unlisted page is left out of the
/// sitemap and the search index.
/// </summary>
[Stage(Stage.Listings)]
public sealed class GeneratePage(string id, string title, string url, string layout, string summary = "", bool listed = true) : IModule
{

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var metadata = Metadata.Empty
            .Set(Keys.Id, id)
            .Set(Keys.Title, title)
            .Set(Keys.Url, url)
            .Set(Keys.Layout, layout)
            .Set(Keys.Summary, summary)
            .Set(Keys.Kind, "listing");
        if (!listed) metadata = metadata.Set(Keys.Unlisted, true);
        var destination = url.Length == 0 || url.EndsWith('/') ? url + "index.html" : url;
        return Task.FromResult(documents.Add(Document.Generated(destination, metadata)));
    }
}
