using System.Collections.Immutable;
using Atlas.Engine.Diagnostics;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Build;
using Atlas.Site.Config;

namespace Atlas.Site.Tests;

/// <summary>
/// Runs a few modules on a few documents through the real engine, in one pipeline of their own,
/// without a site on disk: to test what a module does to a page without building a whole site
/// around it. The documents are given as ReadFiles would give them (source path and text).
/// </summary>
public static class ModuleHarness
{
    public sealed record Result(ImmutableArray<Document> Documents, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public Document Single() => Assert.Single(Documents);
    }

    /// <summary>The settings of a build of the repository's theme under the base path "/", whose input and output folders are never read.</summary>
    public static BuildSettings Settings { get; } = new(
        Path.Combine(TestSite.RepositoryRoot, "input"), Path.Combine(TestSite.RepositoryRoot, "theme"), Path.Combine(Path.GetTempPath(), "atlas-harness-output"), new SiteConfig())
    {
        DisplayRoot = TestSite.RepositoryRoot,
    };

    public static async Task<Result> RunAsync(IEnumerable<Document> documents, params IModule[] modules)
    {
        var diagnostics = new DiagnosticBag();
        var pipeline = new OnePipeline(documents, modules);
        var run = await new Engine.Execution.Engine([pipeline], [Settings]).RunAsync(diagnostics);
        return new Result(run.Outputs.GetValueOrDefault(pipeline.Name, []), diagnostics.Sorted());
    }

    /// <summary>A page as read from <paramref name="source"/> (a path under input/) with its text.</summary>
    public static Document Page(string source, string text) => Document.Create(source, text);

    private sealed class OnePipeline : Pipeline
    {
        public OnePipeline(IEnumerable<Document> documents, IModule[] modules)
        {
            Input(new Given([.. documents]));
            Process(modules);
        }

        public override string Name => "Harness";
    }

    private sealed class Given(ImmutableArray<Document> documents) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> _, IExecutionContext context) => Task.FromResult(documents);
    }
}
