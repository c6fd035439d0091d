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
    /// The documents another pipeline has produced. In Input and Process only declared
    /// dependencies may be read (their processed documents); in PostProcess every pipeline's
    /// processed documents; in Output every pipeline's post-processed documents.
    /// </summary>
    ImmutableArray<Document> OutputsOf(string pipeline);

    /// <summary>Every pipeline's documents as <see cref="OutputsOf"/> would return them, by pipeline name.</summary>
    IEnumerable<KeyValuePair<string, ImmutableArray<Document>>> AllOutputs();

    /// <summary>A service handed to the engine (site settings, the theme, ...).</summary>
    T Service<T>() where T : class;

    /// <summary>A value computed once per build and shared by every module that asks for the same key.</summary>
    T Memo<T>(string key, Func<T> factory) where T : class;
}
