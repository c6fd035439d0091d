namespace Atlas.Engine.Execution;

/// <summary>Thrown before anything runs when pipelines depend on each other in a circle.</summary>
public sealed class PipelineCycleException(IReadOnlyList<string> cycle)
    : Exception($"pipeline dependency cycle: {string.Join(" -> ", cycle)}")
{
    public IReadOnlyList<string> Cycle { get; } = cycle;
}
