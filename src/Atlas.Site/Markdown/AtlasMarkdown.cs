using Atlas.Site.Markdown.WikiLinks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Atlas.Site.Markdown;

/// <summary>
/// The one Markdig pipeline of the site, built once: tables, footnotes, heading ids,
/// auto-links and wiki links. Generic attributes stay off, since they would let a page set
/// event-handler attributes.
/// </summary>
public static class AtlasMarkdown
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseTaskLists()
        .Use<WikiLinkExtension>()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>Renders a parsed page; raw HTML is written escaped unless <paramref name="allowRawHtml"/>.</summary>
    public static string Render(MarkdownDocument document, Func<string, string?> resolveWikiLink, bool allowRawHtml)
    {
        using var writer = new StringWriter();
        // Markdig's EnableHtmlFor* switches drop every tag the renderer writes (links, headings, paragraphs), not only raw
        // HTML; raw HTML never gets here unless allowed, since ParseMarkdown refuses it.
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = true, EnableHtmlForInline = true };
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.FindExact<WikiLinkRenderer>()!.Resolve = resolveWikiLink;
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
