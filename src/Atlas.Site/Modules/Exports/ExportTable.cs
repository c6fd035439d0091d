using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Model;
using Atlas.Site.Modules.Models;

namespace Atlas.Site.Modules.Exports;

/// <summary>Adds one file made from the typed model table by <paramref name="write"/>; made again only when the table is.</summary>
[Stage(Stage.Exports)]
public sealed class ExportTable(string destination, Func<ModelTable, string> write) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context) =>
        Task.FromResult(documents.Add(context.Reuse($"{nameof(ExportTable)}:{destination}", () => ReadModelTable.From(context),
            () => Document.Generated(destination, Metadata.Empty, write(ReadModelTable.From(context))))));
}
