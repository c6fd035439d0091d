using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Atlas.Engine.Diagnostics;
using Atlas.Engine.Documents;
using Atlas.Engine.Pipelines;

namespace Atlas.Engine.Execution;

/// <summary>
/// Runs pipelines: every Input at once, the Process of each as soon as its dependencies have
/// processed (independent pipelines run at the same time), then every PostProcess together,
/// then every Output together. A phase that ends with errors is the last one run, and a pipeline
/// whose dependencies reported errors does not run at all, so one broken file does not
/// cascade into errors about everything that needed it. A module that throws stops the build
/// with a diagnostic, never with the exception itself. Given a <see cref="BuildCache"/>, a run
/// reuses the last successful run's results wherever their fingerprints are unchanged.
/// </summary>
public sealed class Engine
{
    private readonly IReadOnlyList<Pipeline> _pipelines;
    private readonly IReadOnlyDictionary<Type, object> _services;
    private readonly BuildCache? _cache;

    public Engine(IEnumerable<Pipeline> pipelines, IEnumerable<object>? services = null, BuildCache? cache = null)
    {
        _pipelines = DependencyOrder.Sort(pipelines.ToList());
        _services = (services ?? []).ToDictionary(s => s.GetType());
        _cache = cache;
    }

    public IReadOnlyList<Pipeline> Pipelines => _pipelines;

    public async Task<EngineResult> RunAsync(DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        _cache?.BeginRun();
        var run = new Run(this, diagnostics, cancellationToken);
        var processed = await run.ProcessAllAsync();
        if (processed is null) return run.Result(null);
        var postProcessed = await run.RunPhaseForAllAsync(Phase.PostProcess, processed);
        if (postProcessed is null) return run.Result(processed);
        var written = await run.RunPhaseForAllAsync(Phase.Output, postProcessed);
        return run.Result(written ?? postProcessed);
    }

    private sealed class Run(Engine engine, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        private readonly ConcurrentDictionary<string, Lazy<object>> _memos = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DiagnosticBag> _diagnosticsByPipeline =
            engine._pipelines.ToDictionary(p => p.Name, _ => new DiagnosticBag(diagnostics), StringComparer.Ordinal);
        private CancellationToken Token => cancellationToken;
        private readonly ConcurrentDictionary<string, long> _ticksByModule = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, long> _ticksByMemo = new(StringComparer.Ordinal);

        /// <summary>Time spent building memos on behalf of the running module (or memo), which its own time leaves out.</summary>
        private static readonly AsyncLocal<StrongBox<long>?> MemoTicksOfCurrent = new();
        private volatile bool _failed;

        public async Task<IReadOnlyDictionary<string, ImmutableArray<Document>>?> ProcessAllAsync()
        {
            var tasks = new Dictionary<string, Task<ImmutableArray<Document>>>(StringComparer.Ordinal);
            foreach (var pipeline in engine._pipelines)
            {
                var dependencies = pipeline.Dependencies.Select(d => tasks[d]).ToArray();
                tasks[pipeline.Name] = ProcessAsync(pipeline, dependencies, tasks);
            }
            await Task.WhenAll(tasks.Values);
            return Completed(tasks);
        }

        private IReadOnlyDictionary<string, ImmutableArray<Document>>? Completed(Dictionary<string, Task<ImmutableArray<Document>>> tasks)
        {
            _failed |= diagnostics.HasErrors;
            return _failed ? null : tasks.ToDictionary(t => t.Key, t => t.Value.Result, StringComparer.Ordinal);
        }

        private async Task<ImmutableArray<Document>> ProcessAsync(
            Pipeline pipeline, Task<ImmutableArray<Document>>[] dependencies, Dictionary<string, Task<ImmutableArray<Document>>> tasks)
        {
            await Task.Yield();
            var documents = await RunModulesAsync(pipeline, Phase.Input, [], new Dictionary<string, ImmutableArray<Document>>());
            await Task.WhenAll(dependencies);
            // Not on the thread that finished the last dependency, which would run its other dependents only after this one.
            await Task.Yield();
            if (_failed || DependsOnFailed(pipeline)) return [];
            var visible = pipeline.Dependencies.ToDictionary(d => d, d => tasks[d].Result, StringComparer.Ordinal);
            return await RunModulesAsync(pipeline, Phase.Process, documents, visible);
        }

        /// <summary>Whether a pipeline it depends on, directly or through others, reported an error: its input would be missing, not wrong.</summary>
        private bool DependsOnFailed(Pipeline pipeline) => pipeline.Dependencies.Any(d =>
            _diagnosticsByPipeline[d].HasErrors || DependsOnFailed(engine._pipelines.First(p => p.Name == d)));

        public async Task<IReadOnlyDictionary<string, ImmutableArray<Document>>?> RunPhaseForAllAsync(
            Phase phase, IReadOnlyDictionary<string, ImmutableArray<Document>> previous)
        {
            // A thread of its own per pipeline: a module waiting for a memo another pipeline is
            // building must not hold one of the few pool threads that the per-document work needs.
            var tasks = engine._pipelines.ToDictionary(
                p => p.Name,
                p => Task.Factory.StartNew(() => RunModulesAsync(p, phase, previous[p.Name], previous), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap(),
                StringComparer.Ordinal);
            await Task.WhenAll(tasks.Values);
            return Completed(tasks);
        }

        private async Task<ImmutableArray<Document>> RunModulesAsync(
            Pipeline pipeline, Phase phase, ImmutableArray<Document> documents, IReadOnlyDictionary<string, ImmutableArray<Document>> visible)
        {
            var context = new Context(this, pipeline.Name, phase, visible);
            var modules = pipeline.ModulesOf(phase);
            for (var next = 0; next < modules.Count;)
            {
                if (_failed) return [];
                cancellationToken.ThrowIfCancellationRequested();
                // Consecutive per-document modules run in turn on each document (see PerDocumentModule.ExecuteInTurn).
                var inTurn = modules.Skip(next).TakeWhile(m => m is PerDocumentModule).Cast<PerDocumentModule>().ToList();
                var step = modules.Skip(next).Take(Math.Max(1, inTurn.Count)).ToList();
                next += step.Count;
                var memoTicks = step.Select(_ => new StrongBox<long>()).ToArray();
                var ticks = new long[step.Count];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    if (inTurn.Count > 0)
                    {
                        var first = next - step.Count;
                        documents = PerDocumentModule.ExecuteInTurn(inTurn, documents, context,
                            m => MemoTicksOfCurrent.Value = memoTicks[m],
                            (m, spent) => Interlocked.Add(ref ticks[m], spent),
                            engine._cache, inTurn.Select((_, m) => $"{pipeline.Name}/{phase}/{first + m}").ToList());
                    }
                    else
                    {
                        MemoTicksOfCurrent.Value = memoTicks[0];
                        documents = await step[0].ExecuteAsync(documents, context);
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception ex)
                {
                    var inner = ex is AggregateException { InnerExceptions.Count: 1 } agg ? agg.InnerExceptions[0] : ex;
                    var failing = inner is ModuleFailedException failed ? failed.Module : step[0];
                    diagnostics.Error(DiagnosticCode.InternalError, pipeline.Name, 0, 0, $"internal error in {failing.GetType().Name} ({phase}): {(inner is ModuleFailedException ? inner.InnerException!.Message : inner.Message)}");
                    _failed = true;
                    return [];
                }
                finally
                {
                    if (inTurn.Count == 0) ticks[0] = Stopwatch.GetTimestamp() - started;
                    for (var m = 0; m < step.Count; m++)
                    {
                        var own = ticks[m] - Interlocked.Read(ref memoTicks[m].Value);
                        _ticksByModule.AddOrUpdate(step[m].GetType().Name, own, (_, t) => t + own);
                    }
                }
            }
            return documents;
        }

        /// <summary>Builds a memo, timing it apart from the module or memo that first asked for it.</summary>
        private object BuildMemo(string key, Func<object> factory)
        {
            var asker = MemoTicksOfCurrent.Value;
            var nested = MemoTicksOfCurrent.Value = new StrongBox<long>();
            var started = Stopwatch.GetTimestamp();
            try
            {
                return factory();
            }
            finally
            {
                var total = Stopwatch.GetTimestamp() - started;
                MemoTicksOfCurrent.Value = asker;
                _ticksByMemo[key] = total - nested.Value;
                if (asker is not null) Interlocked.Add(ref asker.Value, total);
            }
        }

        public EngineResult Result(IReadOnlyDictionary<string, ImmutableArray<Document>>? outputs) => new(
            !_failed && !diagnostics.HasErrors,
            outputs ?? new Dictionary<string, ImmutableArray<Document>>(),
            Times(_ticksByModule),
            Times(_ticksByMemo));

        private static Dictionary<string, TimeSpan> Times(ConcurrentDictionary<string, long> ticks) =>
            ticks.ToDictionary(kv => kv.Key, kv => TimeSpan.FromTicks(kv.Value * TimeSpan.TicksPerSecond / Stopwatch.Frequency));

        private sealed class Context(Run run, string pipelineName, Phase phase, IReadOnlyDictionary<string, ImmutableArray<Document>> visible)
            : IExecutionContext
        {
            public string PipelineName => pipelineName;
            public DiagnosticBag Diagnostics => run._diagnosticsByPipeline[pipelineName];
            public CancellationToken CancellationToken => run.Token;

            public ImmutableArray<Document> OutputsOf(string pipeline) => visible.TryGetValue(pipeline, out var docs)
                ? docs
                : throw new InvalidOperationException(
                    $"pipeline '{pipelineName}' cannot read '{pipeline}' during {phase}: declare it as a dependency or read it in PostProcess");

            public IEnumerable<KeyValuePair<string, ImmutableArray<Document>>> AllOutputs() => visible.OrderBy(kv => kv.Key, StringComparer.Ordinal);

            public T Service<T>() where T : class => run.Engine._services.TryGetValue(typeof(T), out var service)
                ? (T)service
                : throw new InvalidOperationException($"no service of type {typeof(T).Name} was given to the engine");

            public T Memo<T>(string key, Func<T> factory) where T : class =>
                (T)run._memos.GetOrAdd(key, _ => new Lazy<object>(() => run.BuildMemo(key, factory), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

            public T Reuse<T>(string key, Func<object> fingerprint, Func<T> factory) where T : class =>
                run.Engine._cache is { } cache ? (T)cache.Reuse("value\n" + key, fingerprint(), () => (factory(), []), _ => { }) : factory();
        }

        private Engine Engine => engine;
    }
}

/// <summary>
/// The outcome of a run: whether it succeeded, the last documents of each pipeline, time spent
/// per module type and in building each memo. A module's time leaves out the memos it built and
/// is summed over pipelines; for a per-document module it is the time of all its calls, summed
/// over the threads that ran them (a per-thread CPU clock cost more than some modules' work);
/// for another module, the wall time it took.
/// </summary>
public sealed record EngineResult(
    bool Succeeded,
    IReadOnlyDictionary<string, ImmutableArray<Document>> Outputs,
    IReadOnlyDictionary<string, TimeSpan> TimeByModule,
    IReadOnlyDictionary<string, TimeSpan> TimeByMemo);
