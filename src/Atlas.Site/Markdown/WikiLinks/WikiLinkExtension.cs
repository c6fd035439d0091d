using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Atlas.Site.Markdown.WikiLinks;

/// <summary>Registers the <c>[[...]]</c> parser and renderer with a Markdig pipeline.</summary>
public sealed class WikiLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<WikiLinkRenderer>())
            html.ObjectRenderers.Insert(0, new WikiLinkRenderer());
    }
}
