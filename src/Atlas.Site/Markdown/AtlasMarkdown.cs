using System.Globalization;
using System.Text;
using Atlas.Site.Markdown.WikiLinks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Atlas.Site.Markdown;

/// <summary>
/// The one Markdig pipeline of the site, built once: tables, footnotes, heading ids,
/// auto-links and wiki links. Generic attributes stay off, since they would let a page set
/// event-handler attributes.
/// </summary>
public static class AtlasMarkdown
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseTaskLists()
        .Use<WikiLinkExtension>()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>Marks a wiki link in rendered HTML; never in a page, since files with NUL bytes are refused.</summary>
    private const char WikiLinkMark = '\0';

    /// <summary>
    /// Renders a parsed page. Raw HTML needs no special case here: where the site does not
    /// allow it, parsing already reported it as an error and the page never renders. Each wiki
    /// link is written as a placeholder (its index in <paramref name="wikiLinks"/> between NUL
    /// characters) for <see cref="FillWikiLinks"/> to replace.
    /// </summary>
    public static string Render(MarkdownDocument document, IReadOnlyList<WikiLinkInline> wikiLinks)
    {
        var indexOf = new Dictionary<WikiLinkInline, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < wikiLinks.Count; i++) indexOf[wikiLinks[i]] = i;
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.FindExact<WikiLinkRenderer>()!.Placeholder =
            link => $"{WikiLinkMark}{indexOf[link].ToString(CultureInfo.InvariantCulture)}{WikiLinkMark}";
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Replaces the wiki-link placeholders of rendered HTML with links to their URLs (or their label alone where the URL is null).</summary>
    public static string FillWikiLinks(string html, IReadOnlyList<(string? Url, string Label)> links)
    {
        using var writer = new StringWriter(new StringBuilder(html.Length + links.Count * 48));
        var renderer = new HtmlRenderer(writer);
        var position = 0;
        for (var start = html.IndexOf(WikiLinkMark); start >= 0; start = html.IndexOf(WikiLinkMark, position))
        {
            var end = html.IndexOf(WikiLinkMark, start + 1);
            writer.Write(html.AsSpan(position, start - position));
            var (url, label) = links[int.Parse(html.AsSpan(start + 1, end - start - 1), CultureInfo.InvariantCulture)];
            WikiLinkRenderer.WriteLink(renderer, url, label);
            position = end + 1;
        }
        writer.Write(html.AsSpan(position));
        writer.Flush();
        return writer.ToString();
    }
}
