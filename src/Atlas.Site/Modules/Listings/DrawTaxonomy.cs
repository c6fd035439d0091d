using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Build;
using Atlas.Site.Figures;
using Atlas.Site.Links;

namespace Atlas.Site.Modules.Listings;

/// <summary>
/// Draws the ViLT taxonomy with every model under its category (metadata <c>taxonomy_figure</c>)
/// onto the page with id <paramref name="pageId"/>. Runs in PostProcess, where the model table
/// of the Data pipeline can be read.
/// </summary>
public sealed class DrawTaxonomy(string pageId) : PerDocumentModule
{
    public const string FigureKey = "taxonomy_figure";

    protected override object? Fingerprint(Document document, IExecutionContext context) =>
        document.Metadata.GetString("id") == pageId ? (document, Catalog.Of(context).Models) : null;

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        if (document.Metadata.GetString("id") != pageId)
        {
            yield return document;
            yield break;
        }
        var settings = context.Service<BuildSettings>();
        var models = Catalog.Of(context).Models;
        var figure = TaxonomyLayout.Layout(models.Vocabulary.Categories, models.Rows);
        yield return document.WithMetadata(FigureKey, TaxonomySvg.Figure(figure, r => settings.Url(r.Url)));
    }
}
