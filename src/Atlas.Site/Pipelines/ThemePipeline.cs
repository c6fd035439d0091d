using Atlas.Site.Documents;
using Atlas.Engine.Pipelines;
using Atlas.Site.Modules.Read;
using Atlas.Site.Modules.Templates;

namespace Atlas.Site.Pipelines;

/// <summary>theme/layouts/**/*.liquid, parsed once; page pipelines render with them in PostProcess.</summary>
public sealed class ThemePipeline : Pipeline
{
    public override string Name => PipelineNames.Theme.Value;

    public ThemePipeline()
    {
        Input(new ReadFiles(SiteFolder.Theme, ["layouts/**/*.liquid"]));
        Process(new ParseTemplates());
    }
}
