using Markdig.Extensions.Mathematics;
using Markdig.Renderers;

namespace Atlas.Site.Markdown.Math;

/// <summary>A TeX formula as written in a page: <c>$...$</c> inline, <c>$$...$$</c> (in a paragraph or as a block) displayed.</summary>
public readonly record struct Formula(string Tex, bool Display)
{
    public static Formula Of(MathInline inline) => new(inline.Content.ToString(), inline.DelimiterCount == 2);

    public static Formula Of(MathBlock block) => new(block.Lines.ToString(), true);

    /// <summary>
    /// Writes the formula's MathML. A formula Temml refuses was reported when the page was
    /// checked, which stops the page, so the escaped TeX written in its place is never published.
    /// </summary>
    public void WriteTo(HtmlRenderer renderer)
    {
        if (Temml.Render(this).MathML is { } mathML) renderer.Write(mathML);
        else renderer.WriteEscape(Tex);
    }
}
