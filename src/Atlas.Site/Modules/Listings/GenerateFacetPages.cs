using Atlas.Site.Documents;
using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Links;
using Atlas.Site.Modules.Models;
using Atlas.Site.Templates;

namespace Atlas.Site.Modules.Listings;

/// <summary>
/// One page per value of a facet found on the pages of the given pipelines (e.g. tags/contrastive/),
/// listing those pages (models oldest first, then the rest by title), plus the facet's index
/// (e.g. tags/). Each value page names its value as <c>about</c>, so that a page of the same
/// name (the ITC concept for the ITC objective) can be linked from it. The pages are made again
/// only when what they show of their members changes. A value with a page of its own in the facet's
/// <see cref="Facet.DefersTo"/> folder is linked there from the index, and its value page, kept so
/// that every link to it still leads somewhere, only points there and is left out of the sitemap and search.
/// </summary>
public sealed class GenerateFacetPages(Facet facet, params string[] pipelines) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context) =>
        Task.FromResult(documents.AddRange(context.Reuse($"{nameof(GenerateFacetPages)}:{facet.Kind}", () => Fingerprint(context), () => Generate(context))));

    private object Fingerprint(IExecutionContext context) => (
        pipelines.SelectMany(p => context.OutputsOf(p))
            .Select(page => (facet.ValuesOf(page).ToList(), page.Metadata.GetString(Keys.Url), page.Metadata.GetString(Keys.Title), page.Metadata.GetString(Keys.Summary),
                page.Metadata.Get(Keys.ModelRow)))
            .ToList(),
        DeferredTo(context).Select(page => (page.Metadata.GetString(Keys.Url), page.Metadata.GetString(Keys.Id))).ToList());

    /// <summary>The pages of the <see cref="Facet.DefersTo"/> folder, from every pipeline before this one.</summary>
    private List<Document> DeferredTo(IExecutionContext context) => facet.DefersTo is not { } folder ? [] : context.AllOutputs()
        .SelectMany(kv => kv.Value)
        .Where(d => d.Metadata.GetString(Keys.Url).StartsWith(folder, StringComparison.Ordinal))
        .OrderBy(d => d.Metadata.GetString(Keys.Url), StringComparer.Ordinal)
        .ToList();

    private Document[] Generate(IExecutionContext context)
    {
        var groups = pipelines.SelectMany(p => context.OutputsOf(p))
            .SelectMany(page => facet.ValuesOf(page).Select(value => (Value: value, Page: page)))
            .GroupBy(t => facet.UrlOf(t.Value), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Url: g.Key, Value: g.First().Value, Pages: g.Select(t => t.Page).DistinctBy(p => p.Metadata.GetString(Keys.Url)).ToList()))
            .ToList();
        var deferredTo = DeferredTo(context).ToDictionary(d => d.Metadata.GetString(Keys.Id), d => d.Metadata.GetString(Keys.Url), StringComparer.Ordinal);
        string? DeferredId((string Url, string Value, List<Document> Pages) group) =>
            group.Pages.Select(page => facet.DeferredPageId(page, group.Value)).FirstOrDefault(id => id is not null && deferredTo.ContainsKey(id));
        string? OwnPage((string Url, string Value, List<Document> Pages) group) => DeferredId(group) is { } id ? deferredTo[id] : null;
        var valuePages = groups.Select(group => Document.Generated(group.Url + "index.html", Metadata.Empty
            .Set(Keys.Id, facet.Kind + "-" + group.Url[(facet.Folder.Length + 1)..^1])
            .Set(Keys.Title, $"{facet.Singular}: {group.Value}")
            .Set(Keys.Url, group.Url)
            .Set(Keys.Layout, "facet")
            .Set(Keys.Kind, facet.Kind)
            .Set(Keys.Summary, Summary(facet, group.Value, group.Pages))
            .Set(Keys.About, DeferredId(group) ?? group.Value)
            .Set(Keys.Unlisted, OwnPage(group) is not null)
            .SetTemplateValue("facet", Index(facet))
            .SetTemplateValue("value", group.Value)
            .SetTemplateValue("members", Members(group.Pages))
            .SetTemplateValue("deferred", OwnPage(group) is not null)));
        var index = Document.Generated(facet.IndexUrl + "index.html", Metadata.Empty
            .Set(Keys.Id, facet.Folder)
            .Set(Keys.Title, facet.Plural)
            .Set(Keys.Url, facet.IndexUrl)
            .Set(Keys.Layout, "facets")
            .Set(Keys.Kind, "listing")
            .Set(Keys.Summary, facet.Summary)
            .SetTemplateValue("entries", groups.Select(g => (object?)new Dictionary<string, object?>
            {
                ["name"] = g.Value, ["url"] = OwnPage(g) ?? g.Url, ["count"] = g.Pages.Count,
            }).ToList()));
        return [.. valuePages, index];
    }

    private static string Summary(Facet facet, string value, IReadOnlyList<Document> pages)
    {
        var noun = pages.All(p => p.Metadata.ContainsKey(Keys.ModelRow)) ? "model" : "page";
        return $"{pages.Count} {noun}{(pages.Count == 1 ? "" : "s")} with the {facet.Kind} {value}.";
    }

    private static Dictionary<string, object?> Index(Facet facet) => new()
    {
        ["title"] = facet.Plural, ["url"] = facet.IndexUrl,
    };

    private static List<object?> Members(IEnumerable<Document> pages) => pages
        .Select(p => (Page: p, Row: p.Metadata.Get(Keys.ModelRow)))
        .OrderBy(m => m.Row is null)
        .ThenBy(m => m.Row?.Date)
        .ThenBy(m => m.Page.Metadata.GetString(Keys.Title), StringComparer.OrdinalIgnoreCase)
        .ThenBy(m => m.Page.Metadata.GetString(Keys.Url), StringComparer.Ordinal)
        .Select(m => (object?)new Dictionary<string, object?>
        {
            ["title"] = m.Page.Metadata.GetString(Keys.Title),
            ["url"] = m.Page.Metadata.GetString(Keys.Url),
            ["summary"] = m.Page.Metadata.GetString(Keys.Summary),
            ["detail"] = m.Row is null ? "" : $"{m.Row.Date.Year} · {m.Row.Family.Name}",
        })
        .ToList();
}
