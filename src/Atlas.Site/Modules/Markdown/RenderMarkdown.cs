using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Build;
using Atlas.Site.Links;
using Atlas.Site.Markdown;
using Markdig.Syntax;

namespace Atlas.Site.Modules.Markdown;

/// <summary>
/// Renders the parsed Markdown to HTML, resolving wiki links through the catalog of every
/// page in the build. A wiki link that names no page is an error at its line and column.
/// </summary>
public sealed class RenderMarkdown : PerDocumentModule
{
    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        if (document.Metadata.Get<MarkdownDocument>(ParseMarkdown.AstKey) is not { } ast)
        {
            yield return document;
            yield break;
        }
        var settings = context.Service<BuildSettings>();
        var catalog = Catalog.Of(context);
        foreach (var link in document.Metadata.Get<List<WikiLinkReference>>(ParseMarkdown.WikiLinksKey) ?? [])
        {
            if (catalog.Resolve(link.Target) is null)
                context.Diagnostics.Error(document.Source, link.Line, link.Column, $"wiki link [[{link.Target}]] names no page (use a model, concept or task id, name or alias)");
        }
        var html = AtlasMarkdown.Render(ast, target => catalog.Resolve(target) is { } page ? settings.Url(page.Url) : null);
        yield return document with
        {
            Content = html,
            Metadata = document.Metadata.Set(ParseMarkdown.AstKey, null),
        };
    }
}
