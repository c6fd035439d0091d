using Atlas.Site.Markdown.WikiLinks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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
        // (Markdig's EnableHtmlFor* switches would drop every tag the renderer writes, not just raw HTML.)
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        if (!allowRawHtml)
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        }
        renderer.ObjectRenderers.FindExact<WikiLinkRenderer>()!.Resolve = resolveWikiLink;
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block) => renderer.WriteLeafRawLines(block, true, true);
    }

    private sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline) => renderer.WriteEscape(inline.Tag);
    }
}
