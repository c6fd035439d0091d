using Atlas.Site.Documents;
using Atlas.Engine.Pipelines;
using Atlas.Site.Modules.Check;

namespace Atlas.Site.Pipelines;

/// <summary>The check command's last step: reads every other pipeline's finished pages and checks their links.</summary>
public sealed class LinkCheckPipeline : Pipeline
{
    public override string Name => PipelineNames.LinkCheck.Value;

    public LinkCheckPipeline()
    {
        Output(new CheckLinks());
    }
}
