using Atlas.Site.Documents;
using Atlas.Engine.Pipelines;
using Atlas.Site.Modules.Listings;
using Atlas.Site.Modules.Search;
using Atlas.Site.Modules.Templates;
using Atlas.Site.Modules.Write;

namespace Atlas.Site.Pipelines;

/// <summary>search/ and search-index.json: every published page, indexed once every pipeline has processed.</summary>
public sealed class SearchPipeline : Pipeline
{
    public override string Name => PipelineNames.Search.Value;

    public SearchPipeline()
    {
        Process(new GeneratePage(GeneratedPages.Search));
        PostProcess(
            new BuildSearchIndex(),
            new RenderLayout(),
            new WriteFiles());
    }
}
