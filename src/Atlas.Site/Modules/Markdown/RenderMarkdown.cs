using Atlas.Site.Config;
using Atlas.Site.Documents;
using Atlas.Site.Diagnostics;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Markdown;
using Atlas.Site.Markdown.WikiLinks;
using Markdig.Syntax;

namespace Atlas.Site.Modules.Markdown;

/// <summary>
/// Renders a page's Markdown to HTML, one job after the other on one parse: the safety policy
/// (<see cref="MarkdownSafety"/>: a page it refuses is not rendered), the headings' anchors
/// (<c>headings</c>), the wiki links (<c>wikilinks</c>, so that other pages can compute backlinks;
/// their targets are filled in by <see cref="ResolveWikiLinks"/> once every page is known, so no
/// syntax tree is kept between phases), the base path on root-relative links
/// (<see cref="BasePathLinks"/>), the HTML and the plain text search and summaries read.
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
        var problems = MarkdownSafety.Problems(ast, document.Content, settings.Site.AllowRawHtml);
        foreach (var problem in problems)
            context.Diagnostics.Error(problem.Code, document.Source, problem.Line + 1 + lineOffset, problem.Column + 1, problem.Message);
        if (problems.Count > 0) yield break;
        var headings = HeadingAnchors.Of(ast, lineOffset);
        var wikiInlines = ast.Descendants<WikiLinkInline>().ToList();
        var wikiLinks = WikiLinkReferences.Of(wikiInlines, lineOffset);
        BasePathLinks.Apply(ast, settings.Url);
        yield return document
            .WithContent(AtlasMarkdown.Render(ast, wikiInlines))
            .WithMetadata(Keys.WikiLinks, wikiLinks)
            .WithMetadata(Keys.Headings, headings)
            .WithMetadata(Keys.PlainText, PlainText.Of(ast, PlainTextLength));
    }
}
