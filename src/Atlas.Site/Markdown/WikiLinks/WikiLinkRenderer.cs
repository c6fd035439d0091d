using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Atlas.Site.Markdown.WikiLinks;

/// <summary>
/// Writes a wiki link as a placeholder while pages render, since its target may be a page not
/// yet read; <see cref="WriteLink"/> writes the link itself once the target is known.
/// </summary>
public sealed class WikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    /// <summary>The text standing for a link until it is resolved; set per render (without it, the label alone).</summary>
    public Func<WikiLinkInline, string>? Placeholder { get; set; }

    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        if (Placeholder is null) renderer.WriteEscape(link.Label);
        else renderer.Write(Placeholder(link));
    }

    /// <summary>An anchor to the page the link resolves to; an unresolved link (<paramref name="url"/> null) as plain text.</summary>
    public static void WriteLink(HtmlRenderer renderer, string? url, string label)
    {
        if (url is null)
        {
            renderer.WriteEscape(label);
            return;
        }
        renderer.Write("<a class=\"wikilink\" href=\"").WriteEscapeUrl(url).Write("\">").WriteEscape(label).Write("</a>");
    }
}
