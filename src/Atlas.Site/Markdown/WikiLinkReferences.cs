using Atlas.Site.Markdown.WikiLinks;

namespace Atlas.Site.Markdown;

/// <summary>The <c>[[wiki links]]</c> of a page as other pages' backlinks need them, at the file's own lines.</summary>
public static class WikiLinkReferences
{
    public static List<WikiLinkReference> Of(IEnumerable<WikiLinkInline> wikiLinks, int lineOffset) =>
        wikiLinks.Select(wiki => new WikiLinkReference(wiki.Target, wiki.Label, wiki.Line + 1 + lineOffset, wiki.Column + 1)).ToList();
}
