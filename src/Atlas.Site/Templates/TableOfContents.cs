using Atlas.Site.Markdown;

namespace Atlas.Site.Templates;

/// <summary>
/// A page's table of contents as templates see it (<c>toc</c>): one entry per second-level
/// heading (<c>id</c>, <c>title</c>) with the third-level headings under it as <c>children</c>.
/// Built from the headings the Markdown was parsed into, so it needs no script and never drifts from the page.
/// </summary>
public static class TableOfContents
{
    public static List<object?> Of(IEnumerable<HeadingAnchor> headings)
    {
        var entries = new List<object?>();
        List<object?>? children = null;
        foreach (var heading in headings.Where(h => h.Level is 2 or 3))
        {
            var entry = new Dictionary<string, object?> { ["id"] = heading.Id, ["title"] = heading.Text, ["children"] = new List<object?>() };
            // A third-level heading before any second-level one stands at the top level rather than vanish.
            if (heading.Level == 2 || children is null)
            {
                entries.Add(entry);
                children = (List<object?>)entry["children"]!;
            }
            else children.Add(entry);
        }
        return entries;
    }
}
