using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Atlas.Site.Markdown.Math;

/// <summary>
/// Writes a <c>$$</c> block as displayed MathML in a <c>&lt;div class="math"&gt;</c>, the box
/// that scrolls sideways when the formula is wider than a phone's screen.
/// </summary>
public sealed class MathBlockRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock math)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"math\">");
        Formula.Of(math).WriteTo(renderer);
        renderer.WriteLine("</div>");
    }
}
