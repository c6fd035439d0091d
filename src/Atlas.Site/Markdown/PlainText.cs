using System.Text;
using Atlas.Site.Markdown.WikiLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Atlas.Site.Markdown;

/// <summary>The words a reader sees in a parsed page, without markup or code blocks: what search matches against.</summary>
public static class PlainText
{
    /// <summary>The words of one paragraph or heading, as written (whitespace not collapsed).</summary>
    public static string Of(ContainerInline inline)
    {
        var text = new StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            text.Append(child switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                WikiLinkInline wiki => wiki.Label,
                LineBreakInline => " ",
                _ => "",
            });
        }
        return text.ToString();
    }

    /// <summary>The page's text, whitespace collapsed, cut at a word boundary near <paramref name="maxLength"/> characters.</summary>
    public static string Of(MarkdownDocument document, int maxLength)
    {
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>().Where(b => b.Inline is not null && b is not CodeBlock))
        {
            text.Append(Of(block.Inline!));
            text.Append(' ');
            if (text.Length > maxLength * 2) break;
        }
        var words = string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (words.Length <= maxLength) return words;
        var cut = words.LastIndexOf(' ', maxLength);
        return words[..(cut > 0 ? cut : maxLength)] + "…";
    }
}
