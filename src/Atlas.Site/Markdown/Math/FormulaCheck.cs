using Markdig.Extensions.Mathematics;
using Markdig.Syntax;

namespace Atlas.Site.Markdown.Math;

/// <summary>Renders a page's formula ahead of the page, and says where in the Markdown a bad one goes wrong.</summary>
public static class FormulaCheck
{
    /// <summary>
    /// The problem with the formula <paramref name="node"/>, at a 0-based line and column of
    /// <paramref name="markdown"/> (the text the page was parsed from), or null when it renders.
    /// </summary>
    public static (int Line, int Column, string Message)? Problem(MarkdownObject node, string markdown)
    {
        var (formula, offset) = node switch
        {
            MathInline inline => (Formula.Of(inline), OffsetInline(inline, markdown)),
            MathBlock block => (Formula.Of(block), -1),
            _ => throw new ArgumentException("not a formula", nameof(node)),
        };
        var rendered = Temml.Render(formula);
        if (rendered.Error is not { } error) return null;
        var at = node is MathBlock math ? OffsetInBlock(math, rendered.Position) : offset + rendered.Position;
        var lineStart = markdown.LastIndexOf('\n', System.Math.Max(at - 1, 0)) + 1;
        return (markdown.AsSpan(0, lineStart).Count('\n'), at - lineStart, $"bad formula: {error}");
    }

    /// <summary>Where the TeX of an inline formula starts: after its dollars and any spaces (it never spans lines).</summary>
    private static int OffsetInline(MathInline inline, string markdown) =>
        markdown.IndexOf(inline.Content.ToString(), inline.Span.Start + inline.DelimiterCount, StringComparison.Ordinal);

    /// <summary>The offset in the Markdown of <paramref name="position"/> in a block's TeX, whose lines were joined with '\n'.</summary>
    private static int OffsetInBlock(MathBlock block, int position)
    {
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            if (position <= slice.Length || i == lines.Count - 1) return slice.Start + System.Math.Min(position, slice.Length);
            position -= slice.Length + 1;
        }
        return block.Span.Start;
    }
}
