using Atlas.Engine.Pipelines;

namespace Atlas.Engine.Execution;

/// <summary>Checks that pipeline dependencies exist and form no cycle; gives a stable topological order.</summary>
internal static class DependencyOrder
{
    public static IReadOnlyList<Pipeline> Sort(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
                throw new ArgumentException($"two pipelines are named '{pipeline.Name}'");
        }
        foreach (var pipeline in pipelines)
        {
            foreach (var dependency in pipeline.Dependencies.Where(d => !byName.ContainsKey(d)))
                throw new ArgumentException($"pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'");
        }

        var ordered = new List<Pipeline>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        var path = new Stack<string>();
        foreach (var pipeline in pipelines.OrderBy(p => p.Name, StringComparer.Ordinal))
            Visit(pipeline);
        return ordered;

        void Visit(Pipeline pipeline)
        {
            if (state.TryGetValue(pipeline.Name, out var done))
            {
                if (done) return;
                var cycle = path.Reverse().SkipWhile(n => n != pipeline.Name).Append(pipeline.Name).ToList();
                throw new PipelineCycleException(cycle);
            }
            state[pipeline.Name] = false;
            path.Push(pipeline.Name);
            foreach (var dependency in pipeline.Dependencies.OrderBy(d => d, StringComparer.Ordinal))
                Visit(byName[dependency]);
            path.Pop();
            state[pipeline.Name] = true;
            ordered.Add(pipeline);
        }
    }
}
