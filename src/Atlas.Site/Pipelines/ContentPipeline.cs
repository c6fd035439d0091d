using Atlas.Site.Documents;
using Atlas.Engine.Pipelines;
using Atlas.Site.Links;
using Atlas.Site.Modules.Listings;
using Atlas.Site.Modules.Markdown;
using Atlas.Site.Modules.Parse;
using Atlas.Site.Modules.Read;
using Atlas.Site.Modules.Templates;
using Atlas.Site.Modules.Write;

namespace Atlas.Site.Pipelines;

/// <summary>Every other Markdown page: home, concepts, tasks, the taxonomy and free pages.</summary>
public sealed class ContentPipeline : Pipeline
{
    public override string Name => PipelineNames.Content.Value;

    public ContentPipeline()
    {
        // The prose of family pages (input/families/) opens those pages, made with the listings.
        Input(new ReadFiles(SiteFolder.Input, ["**/*.md"], ["models/**", "static/**", "data/**", .. Facet.ProseFiles]));
        Process(
            new ParseFrontMatter(),
            new AddShortNameToTitle("concepts/"),
            new RenderMarkdown(),
            new AssignUrls(),
            new SetLayout("page", ("index.md", "home"), ("concepts/", "concept"), ("tasks/", "task")));
        PostProcess(
            new ResolveWikiLinks(),
            new DrawTimeline("home", TimelineForm.Thumbnail),
            new DrawTaxonomy("taxonomy"),
            new RenderLayout(),
            new WriteFiles());
    }
}
