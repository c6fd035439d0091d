using Markdig.Helpers;
using Markdig.Parsers;

namespace Atlas.Site.Markdown.WikiLinks;

/// <summary>Recognises <c>[[...]]</c> on one line before Markdig's own link parser sees the brackets.</summary>
public sealed class WikiLinkParser : InlineParser
{
    public WikiLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '[') return false;
        var text = slice.Text;
        var start = slice.Start + 2;
        var end = text.IndexOf("]]", start, slice.End - start + 1, StringComparison.Ordinal);
        if (end < 0) return false;
        var inner = text[start..end];
        if (inner.Length == 0 || inner.Contains('\n') || inner.Contains('[')) return false;

        var bar = inner.IndexOf('|');
        var target = (bar < 0 ? inner : inner[..bar]).Trim();
        var label = bar < 0 ? null : inner[(bar + 1)..].Trim();
        if (target.Length == 0) return false;

        processor.Inline = new WikiLinkInline(target, string.IsNullOrEmpty(label) ? null : label)
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(slice.Start, out var line, out var column), end + 1),
            Line = line,
            Column = column,
        };
        slice.Start = end + 2;
        return true;
    }
}
