using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Documents;
using Atlas.Site.Links;

namespace Atlas.Site.Modules.Listings;

/// <summary>
/// Draws a figure of the whole atlas into the template value <paramref name="key"/> of the page with id
/// <paramref name="pageId"/>, passing every other page through. Runs in PostProcess, where the
/// model table of the Data pipeline can be read; redrawn only when the page or the table changes. The other
/// pages get the value as null, so that a layout shared with them reads a defined member.
/// </summary>
public abstract class DrawOnPage(string pageId, string key) : PerDocumentModule
{
    protected override object? Fingerprint(Document document, IExecutionContext context) =>
        document.Metadata.GetString(Keys.Id) == pageId ? (document, Catalog.Of(context).Models) : null;

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        yield return document.Metadata.GetString(Keys.Id) == pageId ? document.WithTemplateValue(key, Draw(context)) : document.WithTemplateValueOrNull(key);
    }

    /// <summary>The figure as HTML or SVG the build generated (templates print it raw).</summary>
    protected abstract string Draw(IExecutionContext context);
}
