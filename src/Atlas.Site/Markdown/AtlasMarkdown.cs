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

    /// <summary>
    /// Renders a parsed page. Raw HTML needs no special case here: where the site does not
    /// allow it, parsing already reported it as an error and the page never renders.
    /// </summary>
    public static string Render(MarkdownDocument document, Func<string, string?> resolveWikiLink)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.FindExact<WikiLinkRenderer>()!.Resolve = resolveWikiLink;
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
