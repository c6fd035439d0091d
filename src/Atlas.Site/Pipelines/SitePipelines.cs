using Atlas.Engine.Pipelines;

namespace Atlas.Site.Pipelines;

/// <summary>Every pipeline of the atlas. The engine orders them by their dependencies.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline> All() =>
    [
        new VocabularyPipeline(),
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

    /// <summary>What the check command runs: everything the build validates and renders (written nowhere), then the rendered pages' links.</summary>
    public static IReadOnlyList<Pipeline> ForCheck() => [.. All(), new LinkCheckPipeline()];
}
