using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Atlas.Site.Markdown.Math;

/// <summary>
/// Writes <c>$...$</c> as inline MathML, and <c>$$...$$</c> inside a paragraph as displayed
/// MathML in a <c>&lt;span class="math"&gt;</c> (styled as the box of <see cref="MathBlockRenderer"/>).
/// A formula Temml refuses is reported when the page is checked, which stops the page, so the
/// escaped TeX written in its place here is never published.
/// </summary>
public sealed class MathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math)
    {
        var formula = Formula.Of(math);
        if (formula.Display) renderer.Write("<span class=\"math\">");
        if (Temml.Render(formula).MathML is { } mathML) renderer.Write(mathML);
        else renderer.WriteEscape(formula.Tex);
        if (formula.Display) renderer.Write("</span>");
    }
}
