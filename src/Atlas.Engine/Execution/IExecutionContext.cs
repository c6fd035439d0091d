using Atlas.Engine.Pipelines;
using System.Collections.Immutable;
using Atlas.Engine.Diagnostics;
using Atlas.Engine.Documents;

namespace Atlas.Engine.Execution;

/// <summary>What a module sees of the running build.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    DiagnosticBag Diagnostics { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>
    /// The documents another pipeline has produced. In Input none may be read; in Process only
    /// declared dependencies (their processed documents); in PostProcess every pipeline's
    /// processed documents; in Output every pipeline's post-processed documents.
    /// </summary>
    ImmutableArray<Document> OutputsOf(string pipeline);

    /// <inheritdoc cref="OutputsOf(string)"/>
    ImmutableArray<Document> OutputsOf(PipelineName pipeline) => OutputsOf(pipeline.Value);

    /// <summary>Every pipeline's documents as <see cref="OutputsOf"/> would return them, by pipeline name.</summary>
    IEnumerable<KeyValuePair<string, ImmutableArray<Document>>> AllOutputs();

    /// <summary>A service handed to the engine (site settings, the theme, ...).</summary>
    T Service<T>() where T : class;

    /// <summary>A value computed once per build and shared by every module that asks for the same key.</summary>
    T Memo<T>(string key, Func<T> factory) where T : class;

    /// <summary>
    /// A value the build cache may carry over from the last successful build: while
    /// <paramref name="fingerprint"/> (what the value is made from) is structurally equal to
    /// that build's, that build's value is returned, else a new one is made. Unlike a memo it is
    /// not kept for the rest of the build. The factory must report nothing.
    /// </summary>
    T Reuse<T>(string key, Func<object> fingerprint, Func<T> factory) where T : class;
}

public static class ExecutionContextExtensions
{
    /// <summary>A memo that the build cache may carry over from the last successful build (see <see cref="IExecutionContext.Reuse"/>).</summary>
    public static T Memo<T>(this IExecutionContext context, string key, Func<object> fingerprint, Func<T> factory) where T : class =>
        context.Memo(key, () => context.Reuse(key, fingerprint, factory));
}

/// <summary>A context that is another's in all but where diagnostics go.</summary>
internal sealed class ReportingTo(IExecutionContext inner, DiagnosticBag diagnostics) : IExecutionContext
{
    public string PipelineName => inner.PipelineName;
    public DiagnosticBag Diagnostics => diagnostics;
    public CancellationToken CancellationToken => inner.CancellationToken;
    public ImmutableArray<Document> OutputsOf(string pipeline) => inner.OutputsOf(pipeline);
    public IEnumerable<KeyValuePair<string, ImmutableArray<Document>>> AllOutputs() => inner.AllOutputs();
    public T Service<T>() where T : class => inner.Service<T>();
    public T Memo<T>(string key, Func<T> factory) where T : class => inner.Memo(key, factory);
    public T Reuse<T>(string key, Func<object> fingerprint, Func<T> factory) where T : class => inner.Reuse(key, fingerprint, factory);
}
