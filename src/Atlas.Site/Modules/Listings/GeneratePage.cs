using Atlas.Site.Documents;
using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Site.Modules.Listings;

/// <summary>
/// Adds one generated page (no source file, see <see cref="GeneratedPage"/>) with its layout, title
/// and pretty URL; a URL that names a file ("404.html") is written as that file.
/// </summary>
[Stage(Stage.Listings)]
public sealed class GeneratePage(GeneratedPage page) : IModule
{

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var metadata = Metadata.Empty
            .Set(Keys.Id, page.Id)
            .Set(Keys.Title, page.Title)
            .Set(Keys.Url, page.Url)
            .Set(Keys.Layout, page.Layout)
            .Set(Keys.Summary, page.Summary)
            .Set(Keys.Kind, "listing");
        if (!page.Listed) metadata = metadata.Set(Keys.Unlisted, true);
        var destination = page.Url.Length == 0 || page.Url.EndsWith('/') ? page.Url + "index.html" : page.Url;
        return Task.FromResult(documents.Add(Document.Generated(destination, metadata)));
    }
}
