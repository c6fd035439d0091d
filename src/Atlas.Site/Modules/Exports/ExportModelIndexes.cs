using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Config;
using Atlas.Site.Model;
using Atlas.Site.Links;

namespace Atlas.Site.Modules.Exports;

/// <summary>Adds each model's Hugging Face model-index file (see <see cref="ModelIndex"/>), with the titles of the task pages and the model pages' absolute URLs; made again only when the table or the pages are.</summary>
[Stage(Stage.Exports)]
public sealed class ExportModelIndexes : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var catalog = Catalog.Of(context);
        var settings = context.Service<BuildSettings>();
        string TaskName(string task) => catalog.Resolve(task)?.Title ?? task;
        var files = context.Reuse(nameof(ExportModelIndexes), () => (catalog.Models, catalog.Pages),
            () => catalog.Models.Rows.Select(row => Document.Generated(ModelIndex.PathOf(row), Metadata.Empty, ModelIndex.Write(row, TaskName, settings.AbsoluteUrl))).ToArray());
        return Task.FromResult(documents.AddRange(files));
    }
}
