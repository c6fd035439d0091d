using Atlas.Site.Documents;
using Atlas.Engine.Pipelines;
using Atlas.Site.Modules.Read;
using Atlas.Site.Modules.Write;

namespace Atlas.Site.Pipelines;

/// <summary>theme/assets and input/static, copied byte for byte.</summary>
public sealed class AssetsPipeline : Pipeline
{
    public override string Name => PipelineNames.Assets.Value;

    public AssetsPipeline()
    {
        Input(new ListAssets());
        PostProcess(new WriteFiles());
    }
}
