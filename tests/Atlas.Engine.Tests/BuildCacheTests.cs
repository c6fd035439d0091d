using System.Collections.Concurrent;
using System.Collections.Immutable;
using Atlas.Engine.Diagnostics;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Engine.Tests;

public class BuildCacheTests
{
    private static readonly MetadataKey<List<object?>> Tags = new("tags");
    private static readonly MetadataKey<List<string>> List = new("list");

    /// <summary>Upper-cases each document, counting its calls by source; warns about documents containing "todo" and fails on "error".</summary>
    private sealed class Shout(ConcurrentDictionary<string, int> calls) : PerDocumentModule
    {
        protected override object? Fingerprint(Document document, IExecutionContext context) => document;

        protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
        {
            calls.AddOrUpdate(document.Source, 1, (_, n) => n + 1);
            if (document.Content.Contains("todo")) context.Diagnostics.Warning(TestCodes.Input, document.Source, 1, 1, "a todo is left");
            if (document.Content.Contains("error")) context.Diagnostics.Error(TestCodes.Input, document.Source, 1, 1, "broken");
            yield return document.WithContent(document.Content.ToUpperInvariant());
        }
    }

    private sealed class Source(IReadOnlyDictionary<string, string> files) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context) =>
            Task.FromResult(files.OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => Document.Create(f.Key, f.Value, Metadata.Empty.Set(Tags, new List<object?> { "x", "y" })))
                .ToImmutableArray());
    }

    private sealed class Pages : Pipeline
    {
        public Pages(IReadOnlyDictionary<string, string> files, ConcurrentDictionary<string, int> calls)
        {
            Input(new Source(files));
            Process(new Shout(calls));
        }
    }

    private static async Task<(EngineResult Result, DiagnosticBag Diagnostics)> RunAsync(BuildCache cache, Dictionary<string, string> files, ConcurrentDictionary<string, int> calls)
    {
        var diagnostics = new DiagnosticBag();
        var result = await new Engine.Execution.Engine([new Pages(files, calls)], cache: cache).RunAsync(diagnostics);
        if (result.Succeeded) cache.Commit();
        return (result, diagnostics);
    }

    [Fact]
    public async Task An_unchanged_document_is_not_processed_again_and_its_warning_is_reported_again()
    {
        var cache = new BuildCache();
        var calls = new ConcurrentDictionary<string, int>();
        var files = new Dictionary<string, string> { ["a.md"] = "alpha todo", ["b.md"] = "beta" };
        await RunAsync(cache, files, calls);

        files["b.md"] = "beta, edited";
        var (result, diagnostics) = await RunAsync(cache, files, calls);

        Assert.Equal(1, calls["a.md"]);
        Assert.Equal(2, calls["b.md"]);
        Assert.Equal(["ALPHA TODO", "BETA, EDITED"], result.Outputs["Pages"].Select(d => d.Content));
        Assert.Equal("a.md:1:1: warning ATL9001: a todo is left", Assert.Single(diagnostics.Sorted()).ToString());
        Assert.Equal((1, 1), (cache.Reused, cache.Computed));
    }

    [Fact]
    public async Task A_failed_build_leaves_the_last_good_results_to_reuse()
    {
        var cache = new BuildCache();
        var calls = new ConcurrentDictionary<string, int>();
        var files = new Dictionary<string, string> { ["a.md"] = "alpha", ["b.md"] = "beta" };
        await RunAsync(cache, files, calls);

        files["a.md"] = "alpha, edited";
        files["b.md"] = "error";
        var (failed, _) = await RunAsync(cache, files, calls);
        files["a.md"] = "alpha";
        files["b.md"] = "beta";
        var (result, _) = await RunAsync(cache, files, calls);

        Assert.False(failed.Succeeded);
        Assert.True(result.Succeeded);
        Assert.Equal(2, calls["a.md"]);
        Assert.Equal(2, calls["b.md"]);
        Assert.Equal(2, cache.Reused);
    }

    [Fact]
    public async Task A_memo_is_reused_while_its_fingerprint_is_equal_even_when_made_of_new_lists()
    {
        var cache = new BuildCache();
        var made = 0;
        var words = new List<string> { "a", "b" };
        IModule Reader() => new Lambda((docs, ctx) => docs.Add(ctx.Memo("joined", () => (words.ToList(), 2), () =>
        {
            made++;
            return Document.Create("joined", string.Join("+", words));
        })));
        async Task<string> Run()
        {
            var result = await new Engine.Execution.Engine([new Single(Reader())], cache: cache).RunAsync(new DiagnosticBag());
            cache.Commit();
            return Assert.Single(result.Outputs["Single"]).Content;
        }

        Assert.Equal("a+b", await Run());
        Assert.Equal("a+b", await Run());
        words.Add("c");
        Assert.Equal("a+b+c", await Run());
        Assert.Equal(2, made);
    }

    [Fact]
    public void Structural_equality_compares_lists_dictionaries_tuples_and_metadata_by_content()
    {
        var left = (new List<object?> { "a", new Dictionary<string, object?> { ["k"] = new List<int> { 1, 2 } } }, 3);
        var same = (new List<object?> { "a", new Dictionary<string, object?> { ["k"] = new List<int> { 1, 2 } } }, 3);
        var other = (new List<object?> { "a", new Dictionary<string, object?> { ["k"] = new List<int> { 1, 3 } } }, 3);

        Assert.True(StructuralEquality.Equals(left, same));
        Assert.False(StructuralEquality.Equals(left, other));
        Assert.Equal(Metadata.Empty.Set(List, new List<string> { "x" }), Metadata.Empty.Set(List, new List<string> { "x" }));
        Assert.NotEqual(Metadata.Empty.Set(List, new List<string> { "x" }), Metadata.Empty.Set(List, new List<string> { "y" }));
        Assert.False(StructuralEquality.Equals(new List<string> { "x" }, new List<string> { "x", "y" }));
    }

    private sealed class Single : Pipeline
    {
        public Single(IModule module) => Process(module);
    }
}
