using Atlas.Site.Documents;
using Atlas.Engine.Pipelines;
using Atlas.Site.Links;
using Atlas.Site.Modules.Check;
using Atlas.Site.Modules.Listings;
using Atlas.Site.Modules.Markdown;
using Atlas.Site.Modules.Parse;
using Atlas.Site.Modules.Read;
using Atlas.Site.Modules.Templates;
using Atlas.Site.Modules.Write;
using Atlas.Site.Templates;

namespace Atlas.Site.Pipelines;

/// <summary>Pages made from the whole atlas rather than from one file: comparison, timeline, charts, facet indexes (family pages opening with their prose), 404.</summary>
public sealed class ListingsPipeline : Pipeline
{
    public override string Name => PipelineNames.Listings.Value;

    public ListingsPipeline()
    {
        // Data too: the facet pages' model tables read the vocabulary (the ViLT categories' glyphs) while they are made.
        DependsOn(PipelineNames.Data, PipelineNames.Models, PipelineNames.Content);
        // Only the prose files are in the pipeline yet: each becomes the opening of its value page.
        Input(new ReadFiles(SiteFolder.Input, [.. Facet.ProseFiles]), new ParseFrontMatter(), new RenderMarkdown());
        Process(new GeneratePage(GeneratedPages.Models), new GeneratePage(GeneratedPages.Concepts), new GeneratePage(GeneratedPages.Tasks));
        Process(ComparisonView.Views.Select(v => new GeneratePage(v.Page)).ToArray<IModule>());
        Process(
            new GeneratePage(GeneratedPages.Timeline),
            new GeneratePage(GeneratedPages.Charts),
            new GeneratePage(GeneratedPages.Schema),
            new GeneratePage(GeneratedPages.Diagnostics),
            new GeneratePage(GeneratedPages.NotFound),
            new GenerateFacetPages(Facet.Tags, PipelineNames.Models, PipelineNames.Content),
            new GenerateFacetPages(Facet.Families, PipelineNames.Models),
            new GenerateFacetPages(Facet.Organisations, PipelineNames.Models),
            new GenerateFacetPages(Facet.Objectives, PipelineNames.Models));
        PostProcess(
            new CheckUniquePages(),
            new CheckKnownFacetValues(),
            new ResolveAboutLinks(),
            new ResolveWikiLinks(),
            new DrawTimeline(GeneratedPages.Timeline.Id),
            new DrawTimeline(GeneratedPages.Timeline.Id, TimelineForm.Vertical),
            new RenderLayout(),
            new WriteFiles());
    }
}
