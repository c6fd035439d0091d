using Atlas.Site.Links;

namespace Atlas.Site.Templates;

/// <summary>
/// The pages linking to a page, grouped by kind as templates see them (<c>backlink_groups</c>):
/// models, concepts and tasks first, every other page last; each group has a <c>title</c>,
/// its <c>pages</c> by title and whether it is long enough to start <c>collapsed</c>.
/// </summary>
public static class BacklinkGroups
{
    /// <summary>A group of more pages than this starts closed: a reader looking for one sees the groups first.</summary>
    public const int CollapseAbove = 8;

    /// <summary>The kinds of page written in a content folder of their own, in the order lists show them.</summary>
    public static readonly (string Kind, string Title)[] Kinds = [("models", "Models"), ("concepts", "Concepts"), ("tasks", "Tasks")];

    public static List<object?> Of(IEnumerable<PageRef> pages) => pages
        .GroupBy(p => Array.FindIndex(Kinds, k => k.Kind == p.Kind) is var i and >= 0 ? i : Kinds.Length)
        .OrderBy(g => g.Key)
        .Select(g => (object?)new Dictionary<string, object?>
        {
            ["kind"] = g.Key < Kinds.Length ? Kinds[g.Key].Kind : "other",
            ["title"] = g.Key < Kinds.Length ? Kinds[g.Key].Title : "Other pages",
            ["pages"] = g.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).Select(p => (object?)SiteTemplateData.Plain(p)).ToList(),
            ["collapsed"] = g.Count() > CollapseAbove,
        })
        .ToList();
}
