using Atlas.Engine.Pipelines;

namespace Atlas.Site.Pipelines;

/// <summary>Every pipeline of the atlas. The engine orders them by their dependencies.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline> All() =>
    [
        new DataPipeline(),
        new ThemePipeline(),
        new ModelsPipeline(),
        new ContentPipeline(),
        new ListingsPipeline(),
        new SearchPipeline(),
        new FeedsPipeline(),
        new ExportsPipeline(),
        new AssetsPipeline(),
    ];

    /// <summary>The same pipelines with their Output phases left out: everything is validated and rendered, nothing written.</summary>
    public static IReadOnlyList<Pipeline> WithoutOutput() => All().Select(p => (Pipeline)new WithoutOutputPhase(p)).ToList();

    /// <summary>What the check command runs: everything the build validates, then the rendered pages' links, with nothing written.</summary>
    public static IReadOnlyList<Pipeline> ForCheck() => [.. WithoutOutput(), new LinkCheckPipeline()];

    private sealed class WithoutOutputPhase : Pipeline
    {
        private readonly Pipeline _inner;

        public WithoutOutputPhase(Pipeline inner)
        {
            _inner = inner;
            DependsOn([.. inner.Dependencies]);
            Input([.. inner.ModulesOf(Phase.Input)]);
            Process([.. inner.ModulesOf(Phase.Process)]);
            PostProcess([.. inner.ModulesOf(Phase.PostProcess)]);
        }

        public override string Name => _inner.Name;
    }
}
