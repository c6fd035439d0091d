using System.Collections.Immutable;
using Atlas.Engine.Diagnostics;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Engine.Tests;

/// <summary>A module made of a function over the documents, for tests.</summary>
/// <summary>The code test modules report their diagnostics with.</summary>
internal static class TestCodes
{
    public static readonly DiagnosticCode Input = new(9001, "test-input", "A problem a test module reports.", "", "");
}

internal sealed class Lambda(Func<ImmutableArray<Document>, IExecutionContext, ImmutableArray<Document>> run) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context) =>
        Task.FromResult(run(documents, context));
}
