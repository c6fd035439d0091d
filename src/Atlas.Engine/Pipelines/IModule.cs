using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Atlas.Engine.Diagnostics;
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
    /// Everything a document's result depends on (the document itself, memos it reads, ...), for a
    /// build cache to compare with the last successful build's and reuse that build's result when
    /// they are equal. Null, the default, runs the module every time.
    /// </summary>
    protected virtual object? Fingerprint(Document document, IExecutionContext context) => null;

    /// <summary>
    /// Runs once before the documents, on the pipeline's own thread: the place to build the
    /// site-wide values (memos) every document needs, so that the parallel per-document work
    /// never holds pool threads waiting for them while they are built.
    /// </summary>
    protected virtual void Prepare(IExecutionContext context)
    {
    }

    /// <summary>
    /// Runs per-document modules one after the other on each document, the documents in
    /// parallel, and keeps their order. A page goes through every module before the thread
    /// takes the next page, so its intermediate versions are garbage at once instead of living
    /// until the whole list has been through a module. <paramref name="entering"/> and
    /// <paramref name="left"/> (with the time spent, in Stopwatch ticks) bracket each call of module i.
    /// With a <paramref name="cache"/>, module i's results are stored under <paramref name="scopes"/>[i].
    /// </summary>
    public static ImmutableArray<Document> ExecuteInTurn(
        IReadOnlyList<PerDocumentModule> modules, ImmutableArray<Document> documents, IExecutionContext context, Action<int> entering, Action<int, long> left,
        BuildCache? cache = null, IReadOnlyList<string>? scopes = null)
    {
        for (var m = 0; m < modules.Count && documents.Length > 0; m++)
        {
            entering(m);
            var started = Stopwatch.GetTimestamp();
            modules[m].Prepare(context);
            left(m, Stopwatch.GetTimestamp() - started);
        }
        if (documents.Length == 0) return documents;
        var results = new Document[documents.Length][];
        // One document at a time to whichever thread is free: the few pages made from the whole
        // table take far longer than the rest, and handed out in ranges they queued behind each other on one thread.
        Parallel.ForEach(Partitioner.Create(0, documents.Length, 1), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++) RunModulesOn(i);
        });
        return results.SelectMany(r => r).ToImmutableArray();

        void RunModulesOn(int i)
        {
            // Materialised at each step: Execute is usually a lazy iterator, and enumerating it
            // later would run the work outside this parallel loop.
            Document[] current = [documents[i]];
            for (var m = 0; m < modules.Count && current.Length > 0; m++)
            {
                entering(m);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var module = modules[m];
                    current = current.SelectMany(d => cache is null ? module.Execute(d, context).ToArray() : module.Reuse(d, context, cache, scopes![m])).ToArray();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    throw new ModuleFailedException(modules[m], ex);
                }
                finally
                {
                    left(m, Stopwatch.GetTimestamp() - started);
                }
            }
            results[i] = current;
        }
    }

    /// <summary>The last successful build's result for the document when its fingerprint is unchanged (its diagnostics reported again), else a new one.</summary>
    private Document[] Reuse(Document document, IExecutionContext context, BuildCache cache, string scope)
    {
        if (Fingerprint(document, context) is not { } fingerprint) return Execute(document, context).ToArray();
        return (Document[])cache.Reuse($"{scope}\n{document.Source}\n{document.Destination}", fingerprint, () =>
        {
            var diagnostics = new DiagnosticBag(context.Diagnostics);
            return (Execute(document, new ReportingTo(context, diagnostics)).ToArray(), diagnostics.Items);
        }, context.Diagnostics.Add);
    }
}

/// <summary>An exception thrown by a module, carrying which module it was when several run in turn.</summary>
public sealed class ModuleFailedException(IModule module, Exception inner) : Exception(inner.Message, inner)
{
    public IModule Module { get; } = module;
}
