using Markdig.Syntax.Inlines;

namespace Atlas.Site.Markdown.WikiLinks;

/// <summary><c>[[target]]</c> or <c>[[target|label]]</c>: a link to another page named by id, name, title or alias.</summary>
public sealed class WikiLinkInline(string target, string? label) : LeafInline
{
    public string Target { get; } = target;
    public string Label => label ?? Target;
}
