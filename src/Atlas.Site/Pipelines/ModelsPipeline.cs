using Atlas.Site.Documents;
using Atlas.Engine.Pipelines;
using Atlas.Site.Modules.Markdown;
using Atlas.Site.Modules.Models;
using Atlas.Site.Modules.Parse;
using Atlas.Site.Modules.Read;
using Atlas.Site.Modules.Templates;
using Atlas.Site.Modules.Write;

namespace Atlas.Site.Pipelines;

/// <summary>input/models/&lt;id&gt;.md: one page per model, joined with its table row, rendered with the model layout.</summary>
public sealed class ModelsPipeline : Pipeline
{
    public override string Name => PipelineNames.Models.Value;

    public ModelsPipeline()
    {
        DependsOn(PipelineNames.Data);
        // A page's own text needs nothing from the table: it is parsed and rendered while models.yaml is read.
        Input(
            new ReadFiles(SiteFolder.Input, ["models/*.md"]),
            new FlagPlaceholders(),
            new ParseFrontMatter(),
            new RenderMarkdown(),
            new AssignUrls(),
            new SetLayout("model"),
            new AttachFileHistory());
        Process(new AttachModelRows());
        PostProcess(
            new ResolveWikiLinks(),
            new RenderLayout(),
            new WriteFiles());
    }
}
