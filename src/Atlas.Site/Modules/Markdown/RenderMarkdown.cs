using Atlas.Site.Yaml;
using Atlas.Site.Config;
using Atlas.Site.Documents;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Diagnostics;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Markdown;
using Atlas.Site.Markdown.Math;
using Atlas.Site.Markdown.WikiLinks;
using Atlas.Site.Model;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Atlas.Site.Modules.Markdown;

/// <summary>
/// Parses a page's Markdown once and renders it to HTML, recording its wiki links
/// (<c>wikilinks</c>) so that other pages can compute backlinks; the links' targets are filled
/// in by <see cref="ResolveWikiLinks"/> once every page is known, so no syntax tree is kept
/// between phases. Refuses bad TeX, unsafe link schemes and raw HTML, unless site.yaml allows raw HTML, and
/// then raw HTML the sanitizer would change or that would break out of the page's content.
/// Root-relative links get the base path here, so a page's own links work under a sub-path.
/// </summary>
[Stage(Stage.Markdown)]
public sealed class RenderMarkdown : PerDocumentModule
{

    public const int PlainTextLength = 1000;

    /// <summary>The result depends on the document alone (and on the build's settings, which a cache outlives only while they hold).</summary>
    protected override object? Fingerprint(Document document, IExecutionContext context) => document;

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var settings = context.Service<BuildSettings>();
        var lineOffset = document.Metadata.Get(Keys.BodyLine) is var first and > 0 ? first - 1 : 0;
        if (AtlasMarkdown.Parse(document.Content, out var refusal) is not { } ast)
        {
            context.Diagnostics.Error(Codes.MarkdownTooDeep, document.Source, refusal.Line + 1 + lineOffset, 1, refusal.Message);
            yield break;
        }
        var wikiLinks = new List<WikiLinkReference>();
        var wikiInlines = new List<WikiLinkInline>();
        var headings = new List<HeadingAnchor>();
        var safe = true;
        var nesting = new RawHtmlNesting();
        var htmlRefused = false;

        void Error(DiagnosticCode code, MarkdownObject node, string message)
        {
            context.Diagnostics.Error(code, document.Source, node.Line + 1 + lineOffset, node.Column + 1, message);
            safe = false;
        }

        foreach (var node in ast.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id:
                    headings.Add(new HeadingAnchor(id, heading.Level, heading.Inline is { } text ? PlainText.Of(text).Trim() : "", heading.Line + 1 + lineOffset, heading.Column + 1));
                    break;
                case WikiLinkInline wiki:
                    wikiLinks.Add(new WikiLinkReference(wiki.Target, wiki.Label, wiki.Line + 1 + lineOffset, wiki.Column + 1));
                    wikiInlines.Add(wiki);
                    break;
                case LinkInline link when !SafeUrl.IsSafeLink(link.Url ?? ""):
                    Error(Codes.UnsafeLink, link, $"unsafe link '{Shorten(link.Url)}': only http, https, mailto and site paths are linked");
                    break;
                case LinkInline link when link.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal):
                    link.Url = settings.Url(url);
                    break;
                case AutolinkInline auto when !auto.IsEmail && !SafeUrl.IsWebUrl(auto.Url):
                    Error(Codes.UnsafeLink, auto, $"unsafe link '{Shorten(auto.Url)}': only http and https are linked");
                    break;
                case MathInline or MathBlock when FormulaCheck.Problem(node, document.Content) is var (line, column, message):
                    context.Diagnostics.Error(Codes.MathInvalid, document.Source, line + 1 + lineOffset, column + 1, message);
                    safe = false;
                    break;
                case HtmlEntityInline entity when entity.Transcoded.ToString() is var character && ForbiddenCharacters.IndexIn(character) is var at and >= 0:
                    Error(Codes.CharacterReference, entity, $"character reference '{entity.Original}' stands for {ForbiddenCharacters.Describe(character, at)}");
                    break;
                case HtmlInline or HtmlBlock when !settings.Site.AllowRawHtml:
                    Error(Codes.RawHtmlOff, node, "raw HTML is off for this site (set allow_raw_html: true in site.yaml to allow it); use Markdown instead");
                    break;
                case HtmlInline or HtmlBlock:
                    var html = node is HtmlInline inline ? inline.Tag : ((HtmlBlock)node).Lines.ToString();
                    // Once a tag is refused the page fails and the rest no longer pair up, so nesting is not reported.
                    var problems = RawHtmlSanitizer.Problems(html);
                    htmlRefused |= problems.Count > 0;
                    foreach (var problem in htmlRefused ? problems : nesting.Add(html, node))
                        Error(htmlRefused ? Codes.RawHtmlUnsafe : Codes.RawHtmlNesting, node, problem);
                    break;
            }
        }
        foreach (var (message, opened) in htmlRefused ? [] : nesting.Unclosed())
            Error(Codes.RawHtmlNesting, opened, message);
        if (!safe) yield break;
        yield return document
            .WithContent(AtlasMarkdown.Render(ast, wikiInlines))
            .WithMetadata(Keys.WikiLinks, wikiLinks)
            .WithMetadata(Keys.Headings, headings)
            .WithMetadata(Keys.PlainText, PlainText.Of(ast, PlainTextLength));
    }

    private static string Shorten(string? url) => url is null ? "" : url.Length > 60 ? url[..60] + "…" : url;
}
