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
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context) =>
        Task.FromResult(ExecuteInTurn([this], documents, context, _ => { }, (_, _) => { }));

    /// <summary>Returns the document changed, unchanged, several documents, or none to drop it.</summary>
    protected abstract IEnumerable<Document> Execute(Document document, IExecutionContext context);

    /// <summary>
    /// Runs per-document modules one after the other on each document, the documents in
    /// parallel, and keeps their order. A page goes through every module before the thread
    /// takes the next page, so its intermediate versions are garbage at once instead of living
    /// until the whole list has been through a module. <paramref name="entering"/> and
    /// <paramref name="left"/> (with the CPU time spent, in Stopwatch ticks) bracket each call of module i.
    /// </summary>
    public static ImmutableArray<Document> ExecuteInTurn(
        IReadOnlyList<PerDocumentModule> modules, ImmutableArray<Document> documents, IExecutionContext context, Action<int> entering, Action<int, long> left)
    {
        var results = new Document[documents.Length][];
        Parallel.For(0, documents.Length, i =>
        {
            // Materialised at each step: Execute is usually a lazy iterator, and enumerating it
            // later would run the work outside this parallel loop.
            Document[] current = [documents[i]];
            for (var m = 0; m < modules.Count && current.Length > 0; m++)
            {
                entering(m);
                var started = ThreadClock.Now();
                try
                {
                    current = current.SelectMany(d => modules[m].Execute(d, context)).ToArray();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    throw new ModuleFailedException(modules[m], ex);
                }
                finally
                {
                    left(m, ThreadClock.Now() - started);
                }
            }
            results[i] = current;
        });
        return results.SelectMany(r => r).ToImmutableArray();
    }
}

/// <summary>An exception thrown by a module, carrying which module it was when several run in turn.</summary>
public sealed class ModuleFailedException(IModule module, Exception inner) : Exception(inner.Message, inner)
{
    public IModule Module { get; } = module;
}
