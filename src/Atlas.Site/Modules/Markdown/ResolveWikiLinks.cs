using Atlas.Site.Config;
using Atlas.Site.Documents;
using Atlas.Site.Diagnostics;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Links;
using Atlas.Site.Markdown;

namespace Atlas.Site.Modules.Markdown;

/// <summary>
/// Fills the wiki links of rendered Markdown with the pages they name, through the catalog of
/// every page in the build. A wiki link that names no page is an error at its line and column.
/// </summary>
[Stage(Stage.Markdown)]
public sealed class ResolveWikiLinks : PerDocumentModule
{
    protected override object? Fingerprint(Document document, IExecutionContext context) => (document, Catalog.Of(context));

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        if (document.Metadata.Get(Keys.WikiLinks) is not { Count: > 0 } links)
        {
            yield return document;
            yield break;
        }
        var settings = context.Service<BuildSettings>();
        var catalog = Catalog.Of(context);
        var resolved = links.Select(link => (Link: link, Page: catalog.Resolve(link.Target))).ToList();
        foreach (var (link, _) in resolved.Where(r => r.Page is null))
            context.Diagnostics.Error(Codes.WikiLinkUnresolved, document.Source, link.Line, link.Column, $"wiki link [[{link.Target}]] names no page (use a model, concept or task id, name or alias)");
        yield return document.WithContent(AtlasMarkdown.FillWikiLinks(document.Content, resolved.Select(r => (r.Page is { } page ? settings.Url(page.Url) : null, r.Link.Label)).ToList()));
    }
}
