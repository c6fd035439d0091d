using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Atlas.Site.Markdown.WikiLinks;

/// <summary>Writes a wiki link as an anchor to the page its target resolves to; an unresolved one as plain text.</summary>
public sealed class WikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    /// <summary>Maps a target to its URL, or null when nothing answers to that name. Set per render.</summary>
    public Func<string, string?> Resolve { get; set; } = _ => null;

    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        var url = Resolve(link.Target);
        if (url is null)
        {
            renderer.WriteEscape(link.Label);
            return;
        }
        renderer.Write("<a class=\"wikilink\" href=\"").WriteEscapeUrl(url).Write("\">").WriteEscape(link.Label).Write("</a>");
    }
}
