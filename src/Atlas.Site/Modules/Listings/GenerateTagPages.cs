using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Templates;

namespace Atlas.Site.Modules.Listings;

/// <summary>
/// One page per tag used in the front matter of pages in the given pipelines (tags/&lt;slug&gt;/),
/// listing those pages, plus the tags index (tags/).
/// </summary>
public sealed class GenerateTagPages(params string[] pipelines) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var tagged = pipelines.SelectMany(p => context.OutputsOf(p))
            .SelectMany(d => (d.Metadata["tags"] as IEnumerable<object?> ?? []).OfType<string>().Select(tag => (Tag: tag, Page: d)))
            .GroupBy(t => LiquidTemplates.Slugify(t.Tag), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var tagPages = tagged.Select(group => Document.Generated($"tags/{group.Key}/index.html", Metadata.Empty
            .Set("id", "tag-" + group.Key)
            .Set("title", "Tag: " + group.First().Tag)
            .Set("url", $"tags/{group.Key}/")
            .Set("layout", "tag")
            .Set("kind", "tag")
            .Set("tag", group.First().Tag)
            .Set("tagged", group
                .Select(t => t.Page)
                .DistinctBy(p => p.Metadata.GetString("url"))
                .OrderBy(p => p.Metadata.GetString("title"), StringComparer.OrdinalIgnoreCase)
                .Select(p => (object?)new Dictionary<string, object?>
                {
                    ["title"] = p.Metadata.GetString("title"), ["url"] = p.Metadata.GetString("url"), ["summary"] = p.Metadata.GetString("summary"),
                })
                .ToList())));
        var index = Document.Generated("tags/index.html", Metadata.Empty
            .Set("id", "tags")
            .Set("title", "Tags")
            .Set("url", "tags/")
            .Set("layout", "tags")
            .Set("kind", "listing")
            .Set("tag_list", tagged.Select(g => (object?)new Dictionary<string, object?>
            {
                ["name"] = g.First().Tag, ["url"] = $"tags/{g.Key}/", ["count"] = g.Select(t => t.Page.Metadata.GetString("url")).Distinct().Count(),
            }).ToList()));
        return Task.FromResult(documents.AddRange(tagPages).Add(index));
    }
}
