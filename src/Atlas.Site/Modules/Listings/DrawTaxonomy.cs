using Atlas.Site.Config;
using Atlas.Engine.Execution;
using Atlas.Site.Figures.Taxonomy;
using Atlas.Site.Links;

namespace Atlas.Site.Modules.Listings;

/// <summary>Draws the ViLT taxonomy with every model under its category (metadata <c>taxonomy_figure</c>) onto the page with id <paramref name="pageId"/>.</summary>
[Stage(Stage.Listings)]
public sealed class DrawTaxonomy(string pageId) : DrawOnPage(pageId, FigureKey)
{
    public const string FigureKey = "taxonomy_figure";

    protected override string Draw(IExecutionContext context)
    {
        var settings = context.Service<BuildSettings>();
        var models = Catalog.Of(context).Models;
        return TaxonomySvg.Figure(TaxonomyLayout.Layout(models.Vocabulary.Categories, models.Rows), r => settings.Url(r.Url));
    }
}
