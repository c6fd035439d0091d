namespace Atlas.Engine.Pipelines;

/// <summary>
/// A named recipe: the modules of each phase, in order, and the pipelines whose processed
/// documents it needs. Subclasses list their modules in the constructor so the whole life of
/// a page reads top to bottom in one file.
/// </summary>
public abstract class Pipeline
{
    private readonly Dictionary<Phase, List<IModule>> _modules = Enum.GetValues<Phase>().ToDictionary(p => p, _ => new List<IModule>());
    private readonly List<string> _dependencies = [];

    public virtual string Name => GetType().Name.EndsWith("Pipeline", StringComparison.Ordinal)
        ? GetType().Name[..^"Pipeline".Length]
        : GetType().Name;

    public IReadOnlyList<string> Dependencies => _dependencies;

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => _modules[phase];

    protected void DependsOn(params PipelineName[] pipelines) => _dependencies.AddRange(pipelines.Select(p => p.Value));

    protected void Input(params IModule[] modules) => _modules[Phase.Input].AddRange(modules);

    protected void Process(params IModule[] modules) => _modules[Phase.Process].AddRange(modules);

    protected void PostProcess(params IModule[] modules) => _modules[Phase.PostProcess].AddRange(modules);

    protected void Output(params IModule[] modules) => _modules[Phase.Output].AddRange(modules);
}
