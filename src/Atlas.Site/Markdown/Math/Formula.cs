using Markdig.Extensions.Mathematics;

namespace Atlas.Site.Markdown.Math;

/// <summary>A TeX formula as written in a page: <c>$...$</c> inline, <c>$$...$$</c> (in a paragraph or as a block) displayed.</summary>
public readonly record struct Formula(string Tex, bool Display)
{
    public static Formula Of(MathInline inline) => new(inline.Content.ToString(), inline.DelimiterCount == 2);

    public static Formula Of(MathBlock block) => new(block.Lines.ToString(), true);
}
