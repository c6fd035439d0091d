using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Atlas.Site.Markdown.Math;
using Atlas.Site.Markdown.WikiLinks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Atlas.Site.Markdown;

/// <summary>
/// The one Markdig pipeline of the site, built once: tables, footnotes, heading ids,
/// auto-links, wiki links and formulas rendered to MathML. Generic attributes stay off, since they would let a page set
/// event-handler attributes.
/// </summary>
public static partial class AtlasMarkdown
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
        .Use<MathExtension>()
        .Build();

    /// <summary>How deep blocks and inlines may nest; prose needs a handful, and Markdig's renderer recurses per level.</summary>
    public const int MaxDepth = 32;

    /// <summary>Markdig's time grows with the square of the '[' a paragraph leaves open: a few thousand cost seconds.</summary>
    public const int MaxOpenBrackets = 1000;

    /// <summary>
    /// Parses a page, or refuses it with the 0-based line and the reason when it nests beyond
    /// <see cref="MaxDepth"/> or leaves too many brackets open: input no page needs, on which
    /// Markdig would throw or take minutes.
    /// </summary>
    public static MarkdownDocument? Parse(string markdown, out (int Line, string Message) refusal)
    {
        var lines = markdown.Split('\n');
        refusal = Refusal(lines);
        if (refusal.Line >= 0) return null;
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit; it says no more than that, so point at the line with the most openers.
            refusal = (Enumerable.Range(0, lines.Length).MaxBy(i => lines[i].Count(c => c is '>' or '[' or '(' or '*' or '_' or '-' or '<' or '`')), TooDeep);
            return null;
        }
        if (document.Descendants().FirstOrDefault(node => Depth(node) > MaxDepth) is { } deep)
        {
            refusal = (deep.Line, TooDeep);
            return null;
        }
        return document;
    }

    private static readonly string TooDeep = $"Markdown nested more than {MaxDepth} levels deep (quotes, lists, links or emphasis inside each other)";

    private static (int Line, string Message) Refusal(string[] lines)
    {
        var open = 0;
        var paragraphStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                open = 0;
                paragraphStart = i + 1;
                continue;
            }
            if (LeadingContainerMarkers().Match(lines[i]).Groups[1].Captures.Count > MaxDepth) return (i, TooDeep);
            foreach (var c in lines[i])
            {
                if (c == '[') open++;
                else if (c == ']' && open > 0) open--;
            }
            if (open > MaxOpenBrackets) return (paragraphStart, $"a paragraph leaves more than {MaxOpenBrackets} '[' unclosed");
        }
        return (-1, "");
    }

    private static int Depth(MarkdownObject node)
    {
        var depth = 0;
        for (MarkdownObject? current = node; current is not null; current = Parent(current)) depth++;
        return depth;
    }

    private static MarkdownObject? Parent(MarkdownObject node) => node switch
    {
        Block block => block.Parent,
        Inline { Parent: { } container } => container,
        ContainerInline root => root.ParentBlock,
        _ => null,
    };

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

    /// <summary>The quote and list markers a line starts with ("&gt; - 1. "), each of which opens one more level.</summary>
    [GeneratedRegex(@"^[ \t]*(?:(>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)*")]
    private static partial Regex LeadingContainerMarkers();
}
