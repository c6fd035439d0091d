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
        Process(
            new GeneratePage("models", "All models", "models/", "models", "Every model in the atlas, newest first."),
            new GeneratePage("concepts", "Concepts", "concepts/", "concepts", "Pre-training objectives and design ideas."),
            new GeneratePage("tasks", "Tasks", "tasks/", "tasks", "The benchmarks the models are compared on."));
        Process(ComparisonView.Views.Select(v => new GeneratePage(v.PageId, v.Title, v.Url, "comparison", v.Summary)).ToArray<IModule>());
        Process(
            new GeneratePage("timeline", "Architecture timeline", "timeline/", "timeline", "How vision-language architectures evolved, lane by lane."),
            new GeneratePage("charts", "Benchmark charts", "charts/", "charts", "Each benchmark's results over time, with the best result so far traced."),
            new GeneratePage("schema", "Data schema", "schema/", "schema", "Every field of a row of input/data/models.yaml and the vocabulary it names, made from the code that reads them."),
            new GeneratePage("diagnostics", "Diagnostics", "docs/diagnostics/", "diagnostics", "Every problem the build, check and new report, by code: what it means, an example and the fix."),
            new GeneratePage("not-found", "Page not found", "404.html", "not-found", "There is no page at this address.", listed: false),
            new GenerateFacetPages(Facet.Tags, PipelineNames.Models, PipelineNames.Content),
            new GenerateFacetPages(Facet.Families, PipelineNames.Models),
            new GenerateFacetPages(Facet.Organisations, PipelineNames.Models),
            new GenerateFacetPages(Facet.Objectives, PipelineNames.Models));
        PostProcess(
            new CheckUniquePages(),
            new CheckKnownFacetValues(),
            new ResolveAboutLinks(),
            new ResolveWikiLinks(),
            new DrawTimeline("timeline"),
            new DrawTimeline("timeline", TimelineForm.Vertical),
            new RenderLayout(),
            new WriteFiles());
    }
}
