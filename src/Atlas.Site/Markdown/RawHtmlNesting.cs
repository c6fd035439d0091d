using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Atlas.Site.Markdown;

/// <summary>
/// Raw HTML shares the page with the layout around it: an end tag the page did not open
/// (<c>&lt;/main&gt;</c>) closes the layout's element, and a start tag the page never closes runs
/// into the layout. Fed a page's raw HTML fragments in document order, this keeps the elements
/// they open and reports every end tag that does not close the last of them.
/// </summary>
public sealed partial class RawHtmlNesting
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private readonly Stack<(string Name, MarkdownObject Place)> open = new();

    /// <summary>The problems with one fragment's tags, written at <paramref name="place"/>.</summary>
    public IEnumerable<string> Add(string html, MarkdownObject place)
    {
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["end"].Success)
            {
                if (open.TryPeek(out var last) && last.Name == name) open.Pop();
                else yield return $"</{name}> does not close an element this page opened" + (open.Count > 0 ? $" (<{open.Peek().Name}> is open)" : "");
            }
            else if (!VoidElements.Contains(name) && !tag.Groups["selfClosing"].Success)
                open.Push((name, place));
        }
    }

    /// <summary>The elements left open at the end of the page, with where they were opened.</summary>
    public IEnumerable<(string Message, MarkdownObject Place)> Unclosed() =>
        open.Reverse().Select(element => ($"<{element.Name}> is not closed in page content", element.Place));

    [GeneratedRegex(@"<(?<end>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?:[^>""']|""[^""]*""|'[^']*')*?(?<selfClosing>/)?>")]
    private static partial Regex Tag();
}
