using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Atlas.Site.Markdown.Math;

/// <summary>
/// Writes <c>$...$</c> as inline MathML, and <c>$$...$$</c> inside a paragraph as displayed
/// MathML in a <c>&lt;span class="math"&gt;</c> (styled as the box of <see cref="MathBlockRenderer"/>).
/// </summary>
public sealed class MathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math)
    {
        var formula = Formula.Of(math);
        if (!formula.Display)
        {
            formula.WriteTo(renderer);
            return;
        }
        renderer.Write("<span class=\"math\">");
        formula.WriteTo(renderer);
        renderer.Write("</span>");
    }
}
