using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Site.Modules.Listings;

/// <summary>Adds one generated page (no source file) with a layout, a title and a pretty URL.</summary>
public sealed class GeneratePage(string id, string title, string url, string layout, string summary = "") : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context) =>
        Task.FromResult(documents.Add(Document.Generated(url + "index.html", Metadata.Empty
            .Set("id", id)
            .Set("title", title)
            .Set("url", url)
            .Set("layout", layout)
            .Set("summary", summary)
            .Set("kind", "listing"))));
}
