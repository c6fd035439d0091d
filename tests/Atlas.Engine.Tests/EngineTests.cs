using System.Collections.Immutable;
using Atlas.Engine.Diagnostics;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Engine.Tests;

public class EngineTests
{
    private static readonly MetadataKey<string> Title = new("title");

    private sealed class TestPipeline : Pipeline
    {
        private readonly string _name;

        public TestPipeline(string name, string[] dependencies, Phase phase, params IModule[] modules)
        {
            _name = name;
            DependsOn([.. dependencies.Select(d => new PipelineName(d))]);
            switch (phase)
            {
                case Phase.Input: Input(modules); break;
                case Phase.Process: Process(modules); break;
                case Phase.PostProcess: PostProcess(modules); break;
                default: Output(modules); break;
            }
        }

        public TestPipeline(string name, string[] dependencies, IModule process, IModule postProcess) : this(name, dependencies, Phase.Process, process)
            => PostProcess(postProcess);

        public override string Name => _name;
    }

    private static IModule Emit(string content) => new Lambda((docs, _) => docs.Add(Document.Create(content, content)));

    [Fact]
    public async Task A_dependent_pipeline_reads_its_dependency_processed_documents()
    {
        var reader = new Lambda((docs, ctx) => docs.Add(Document.Create("b", "saw " + string.Join(",", ctx.OutputsOf("A").Select(d => d.Content)))));
        var engine = new Engine.Execution.Engine([new TestPipeline("B", ["A"], Phase.Process, reader), new TestPipeline("A", [], Phase.Process, Emit("a1"), Emit("a2"))]);

        var result = await engine.RunAsync(new DiagnosticBag());

        Assert.True(result.Succeeded);
        Assert.Equal("saw a1,a2", Assert.Single(result.Outputs["B"]).Content);
        Assert.Equal(["A", "B"], engine.Pipelines.Select(p => p.Name));
    }

    [Fact]
    public async Task Independent_pipelines_run_at_the_same_time()
    {
        // Each pipeline waits at a barrier for the other: this only completes if both run concurrently.
        using var barrier = new Barrier(2);
        IModule Meet(string name) => new Lambda((docs, _) =>
        {
            Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(10)), $"{name} waited alone: pipelines ran one after the other");
            return docs.Add(Document.Create(name, name));
        });
        var engine = new Engine.Execution.Engine([new TestPipeline("Left", [], Phase.Process, Meet("left")), new TestPipeline("Right", [], Phase.Process, Meet("right"))]);

        var result = await engine.RunAsync(new DiagnosticBag());

        Assert.True(result.Succeeded);
        Assert.Single(result.Outputs["Left"]);
        Assert.Single(result.Outputs["Right"]);
    }

    [Fact]
    public async Task A_pipeline_reads_its_input_while_its_dependency_is_still_processing()
    {
        // The dependency's Process waits at the barrier for the dependent's Input: this only completes if Input does not wait for dependencies.
        using var barrier = new Barrier(2);
        IModule Meet(string name) => new Lambda((docs, _) =>
        {
            Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(10)), $"{name} waited alone: the input waited for the dependency");
            return docs.Add(Document.Create(name, name));
        });
        var engine = new Engine.Execution.Engine([new TestPipeline("Table", [], Phase.Process, Meet("table")), new TestPipeline("Pages", ["Table"], Phase.Input, Meet("pages"))]);

        var result = await engine.RunAsync(new DiagnosticBag());

        Assert.True(result.Succeeded);
        Assert.Single(result.Outputs["Pages"]);
    }

    private sealed class CountingPrepare(Func<int> prepared) : PerDocumentModule
    {
        protected override void Prepare(IExecutionContext context) => context.Memo("shared", () => new StrongBoxOf(prepared()));

        protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
        {
            yield return document.WithContent($"{document.Content} saw {context.Memo("shared", () => new StrongBoxOf(-1)).Value}");
        }
    }

    private sealed record StrongBoxOf(int Value);

    [Fact]
    public async Task Prepare_runs_once_before_the_documents_of_a_per_document_module()
    {
        var calls = 0;
        var module = new CountingPrepare(() => Interlocked.Increment(ref calls));
        var engine = new Engine.Execution.Engine([new TestPipeline("Pages", [], Phase.Process, Emit("a"), Emit("b"), module)]);

        var result = await engine.RunAsync(new DiagnosticBag());

        Assert.Equal(["a saw 1", "b saw 1"], result.Outputs["Pages"].Select(d => d.Content));
        Assert.Equal(1, calls);
    }

    private sealed class MeetPerDocument(Barrier barrier) : PerDocumentModule
    {
        protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
        {
            Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(10)), $"{document.Content} waited alone: documents ran one after the other");
            yield return document.WithContent(document.Content + " met");
        }
    }

    [Fact]
    public async Task A_per_document_module_runs_its_documents_at_the_same_time_and_keeps_their_order()
    {
        // Each document's work waits at a barrier for the other's: this only completes if both run concurrently.
        using var barrier = new Barrier(2);
        var engine = new Engine.Execution.Engine([new TestPipeline("Pages", [], Phase.Process, Emit("first"), Emit("second"), new MeetPerDocument(barrier))]);

        var result = await engine.RunAsync(new DiagnosticBag());

        Assert.True(result.Succeeded);
        Assert.Equal(["first met", "second met"], result.Outputs["Pages"].Select(d => d.Content));
    }

    private sealed class Append(string suffix, string? failOn = null) : PerDocumentModule
    {
        protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
        {
            if (document.Content.StartsWith(failOn ?? "\0", StringComparison.Ordinal)) throw new InvalidOperationException("cannot append to " + document.Content);
            yield return document.WithContent(document.Content + suffix);
        }
    }

    [Fact]
    public async Task Consecutive_per_document_modules_each_see_the_last_ones_result_and_a_failure_names_its_module()
    {
        var chained = new Engine.Execution.Engine([new TestPipeline("Pages", [], Phase.Process, Emit("a"), Emit("b"), new Append("1"), new Append("2"))]);
        var result = await chained.RunAsync(new DiagnosticBag());
        Assert.Equal(["a12", "b12"], result.Outputs["Pages"].Select(d => d.Content));

        var diagnostics = new DiagnosticBag();
        var failing = new Engine.Execution.Engine([new TestPipeline("Pages", [], Phase.Process, Emit("a"), new Append("1"), new Append("2", failOn: "a1"))]);
        await failing.RunAsync(diagnostics);
        Assert.Equal("Pages:1:1: error ATL0001: internal error in Append (Process): cannot append to a1", Assert.Single(diagnostics.Sorted()).ToString());
    }

    [Fact]
    public async Task Post_process_reads_every_pipeline_without_declaring_dependencies()
    {
        var countAll = new Lambda((docs, ctx) => docs.Select(d => d.WithContent($"{d.Content} of {ctx.AllOutputs().Sum(kv => kv.Value.Length)} ({ctx.OutputsOf("Other").Length} other)")).ToImmutableArray());
        var engine = new Engine.Execution.Engine([
            new TestPipeline("Pages", [], Emit("page"), countAll),
            new TestPipeline("Other", [], Phase.Process, Emit("x"), Emit("y")),
        ]);

        var result = await engine.RunAsync(new DiagnosticBag());

        Assert.Equal("page of 3 (2 other)", Assert.Single(result.Outputs["Pages"]).Content);
    }

    [Fact]
    public async Task Reading_an_undeclared_pipeline_during_process_fails_the_build_with_a_diagnostic()
    {
        var sneaky = new Lambda((docs, ctx) => ctx.OutputsOf("Other"));
        var diagnostics = new DiagnosticBag();
        var engine = new Engine.Execution.Engine([new TestPipeline("Pages", [], Phase.Process, sneaky), new TestPipeline("Other", [], Phase.Process, Emit("x"))]);

        var result = await engine.RunAsync(diagnostics);

        Assert.False(result.Succeeded);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Contains("cannot read 'Other' during Process", error.Message);
    }

    [Fact]
    public void A_dependency_cycle_is_an_error_that_names_the_cycle()
    {
        var pipelines = new Pipeline[]
        {
            new TestPipeline("A", ["B"], Phase.Process, Emit("a")),
            new TestPipeline("B", ["C"], Phase.Process, Emit("b")),
            new TestPipeline("C", ["A"], Phase.Process, Emit("c")),
        };

        var ex = Assert.Throws<PipelineCycleException>(() => new Engine.Execution.Engine(pipelines));

        Assert.Equal("pipeline dependency cycle: A -> B -> C -> A", ex.Message);
    }

    [Fact]
    public async Task A_throwing_module_becomes_a_diagnostic_and_later_phases_do_not_run()
    {
        var ran = false;
        var failing = new Lambda((_, _) => throw new InvalidOperationException("boom"));
        var pipeline = new TestPipeline("P", [], failing, new Lambda((docs, _) => { ran = true; return docs; }));
        var diagnostics = new DiagnosticBag();

        var result = await new Engine.Execution.Engine([pipeline]).RunAsync(diagnostics);

        Assert.False(result.Succeeded);
        Assert.False(ran);
        Assert.Equal("P:1:1: error ATL0001: internal error in Lambda (Process): boom", Assert.Single(diagnostics.Sorted()).ToString());
    }

    [Fact]
    public async Task A_pipeline_whose_dependency_reported_errors_does_not_run_but_independent_ones_do()
    {
        var dependentRan = false;
        var broken = new Lambda((docs, ctx) => { ctx.Diagnostics.Error(TestCodes.Input, "data.yaml", 3, 1, "bad row"); return docs; });
        var dependent = new Lambda((docs, _) => { dependentRan = true; return docs; });
        var diagnostics = new DiagnosticBag();
        var engine = new Engine.Execution.Engine([
            new TestPipeline("Data", [], Phase.Process, broken),
            new TestPipeline("Pages", ["Data"], Phase.Process, dependent),
            new TestPipeline("Other", [], Phase.Process, new Lambda((docs, ctx) => { ctx.Diagnostics.Error(TestCodes.Input, "other.md", 1, 1, "own error"); return docs; })),
        ]);

        var result = await engine.RunAsync(diagnostics);

        Assert.False(result.Succeeded);
        Assert.False(dependentRan);
        Assert.Equal(["data.yaml:3:1: error ATL9001: bad row", "other.md:1:1: error ATL9001: own error"], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Documents_are_immutable_values()
    {
        var original = Document.Create("a.md", "text").WithMetadata(Title, "A");
        var changed = original.WithContent("other").WithMetadata(Title, "B");

        Assert.Equal("text", original.Content);
        Assert.Equal("A", original.Metadata.GetString(Title));
        Assert.Equal("B", changed.Metadata.GetString(Title));
    }

    [Fact]
    public async Task Memo_computes_a_shared_value_once_per_run()
    {
        var computed = 0;
        IModule UseMemo() => new Lambda((docs, ctx) => docs.Add(Document.Create("m", ctx.Memo("shared", () => { Interlocked.Increment(ref computed); return "value"; }))));
        var engine = new Engine.Execution.Engine([new TestPipeline("A", [], Phase.PostProcess, UseMemo()), new TestPipeline("B", [], Phase.PostProcess, UseMemo())]);

        await engine.RunAsync(new DiagnosticBag());

        Assert.Equal(1, computed);
    }
}
