using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;

namespace Atlas.Engine.Pipelines;

/// <summary>One step with one job: takes the documents of the phase so far, returns the next list.</summary>
public interface IModule
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context);
}

/// <summary>A module that maps each document on its own; runs the documents in parallel and keeps their order.</summary>
public abstract class PerDocumentModule : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        // Materialised inside the loop: Execute is usually a lazy iterator, and enumerating it
        // afterwards would run every document's work on one thread.
        var results = new Document[documents.Length][];
        Parallel.For(0, documents.Length, i => results[i] = Execute(documents[i], context).ToArray());
        return Task.FromResult(results.SelectMany(r => r).ToImmutableArray());
    }

    /// <summary>Returns the document changed, unchanged, several documents, or none to drop it.</summary>
    protected abstract IEnumerable<Document> Execute(Document document, IExecutionContext context);
}
