using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Engine.Tests;

/// <summary>A module made of a function over the documents, for tests.</summary>
internal sealed class Lambda(Func<ImmutableArray<Document>, IExecutionContext, ImmutableArray<Document>> run) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context) =>
        Task.FromResult(run(documents, context));
}
