using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;

namespace Atlas.Site.Markdown.Math;

/// <summary>
/// <c>$...$</c> and <c>$$...$$</c>: Markdig's math parsers, with renderers that write MathML
/// (<see cref="Temml"/>) instead of the TeX a browser-side script would typeset.
/// </summary>
public sealed class MathExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<MathInlineParser>()) pipeline.InlineParsers.Insert(0, new MathInlineParser());
        if (!pipeline.BlockParsers.Contains<MathBlockParser>()) pipeline.BlockParsers.Insert(0, new MathBlockParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (!html.ObjectRenderers.Contains<MathInlineRenderer>()) html.ObjectRenderers.Insert(0, new MathInlineRenderer());
        if (!html.ObjectRenderers.Contains<MathBlockRenderer>()) html.ObjectRenderers.Insert(0, new MathBlockRenderer());
    }
}
