using Atlas.Site.Documents;
using Atlas.Engine.Pipelines;
using Atlas.Site.Modules.Feeds;
using Atlas.Site.Modules.Write;

namespace Atlas.Site.Pipelines;

/// <summary>Files for machines rather than readers: the Atom feed of models, sitemap.xml and robots.txt.</summary>
public sealed class FeedsPipeline : Pipeline
{
    public override string Name => PipelineNames.Feeds.Value;

    public FeedsPipeline()
    {
        PostProcess(
            new GenerateFeed(),
            new GenerateSitemap(),
            new GenerateRobotsTxt(),
            new WriteFiles());
    }
}
