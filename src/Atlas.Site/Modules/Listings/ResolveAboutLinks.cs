using Atlas.Site.Documents;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Links;

namespace Atlas.Site.Modules.Listings;

/// <summary>
/// For a generated page that names what it is about (<see cref="Keys.About"/>, a wiki-link target), gives
/// its layout <c>about_url</c> and <c>about_title</c> when that name is a page of the atlas. Runs once
/// every page is known, so it links through the same catalog as [[wiki links]]. Every other page it passes
/// gets both as null, so that a layout's <c>{% if page.about_url %}</c> reads a defined member.
/// </summary>
[Stage(Stage.Listings)]
public sealed class ResolveAboutLinks : PerDocumentModule
{

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var about = document.Metadata.GetString(Keys.About);
        if (about.Length > 0 && Catalog.Of(context).Resolve(about) is { } page && page.Url != document.Metadata.GetString(Keys.Url))
            yield return document.WithTemplateValue("about_url", page.Url).WithTemplateValue("about_title", page.Title);
        else
            yield return document.WithTemplateValueOrNull("about_url").WithTemplateValueOrNull("about_title");
    }
}
