using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Atlas.Site.Markdown;

/// <summary>The headings of a page with an anchor, in order, at the file's own lines (the body starts after <paramref name="lineOffset"/> lines of front matter).</summary>
public static class HeadingAnchors
{
    public static List<HeadingAnchor> Of(MarkdownDocument ast, int lineOffset) => ast.Descendants<HeadingBlock>()
        .Where(heading => heading.GetAttributes().Id is not null)
        .Select(heading => new HeadingAnchor(
            heading.GetAttributes().Id!, heading.Level, heading.Inline is { } text ? PlainText.Of(text).Trim() : "", heading.Line + 1 + lineOffset, heading.Column + 1))
        .ToList();
}
