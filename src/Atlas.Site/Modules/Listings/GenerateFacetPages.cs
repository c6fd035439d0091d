using Atlas.Site.Diagnostics;
using Atlas.Site.Documents;
using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Links;
using Atlas.Site.Model;
using Atlas.Site.Modules.Markdown;
using Atlas.Site.Modules.Models;
using Atlas.Site.Templates;

namespace Atlas.Site.Modules.Listings;

/// <summary>
/// One page per value of a facet found on the pages of the given pipelines (e.g. tags/contrastive/),
/// listing those pages (models as rows of a table, newest first, as <see cref="ModelListing"/> makes them;
/// other pages by title), plus the facet's index (e.g. tags/). A value page of a
/// <see cref="Facet.Described"/> facet opens with its prose file's rendered Markdown, which this
/// module takes out of the pipeline (it is no page of its own); a prose file that names no value is an error. Each value page names its value as <c>about</c>, so that a page of the same
/// name (the ITC concept for the ITC objective) can be linked from it. The pages are made again
/// only when what they show of their members changes. A value with a page of its own in the facet's
/// <see cref="Facet.DefersTo"/> folder is linked there from the index, and its value page, kept so
/// that every link to it still leads somewhere, only points there and is left out of the sitemap and search.
/// </summary>
[Stage(Stage.Listings)]
public sealed class GenerateFacetPages(Facet facet, params PipelineName[] pipelines) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var prose = documents.Where(IsProse).ToList();
        var pages = context.Reuse($"{nameof(GenerateFacetPages)}:{facet.Kind}", () => (Fingerprint(context), prose), () => Generate(context, prose));
        foreach (var orphan in prose.Where(p => pages.All(page => page.Source != p.Source)))
            context.Diagnostics.Error(Codes.FacetProseOrphan, orphan.Source, 1, 1, $"this file describes the {facet.Kind} page {ProseUrl(orphan)}, but no model has that {facet.Kind} (its file name is the slug of the {facet.Kind}'s name)");
        return Task.FromResult(documents.RemoveAll(IsProse).AddRange(pages));
    }

    /// <summary>A prose file of this facet: input/&lt;folder&gt;/&lt;slug&gt;.md.</summary>
    private bool IsProse(Document document) => facet.Described && document.Source.Length > 0
        && document.Metadata.GetString(Keys.RelativePath).StartsWith(facet.Folder + "/", StringComparison.Ordinal);

    private string ProseUrl(Document prose) => $"{facet.Folder}/{Path.GetFileNameWithoutExtension(prose.Metadata.GetString(Keys.RelativePath))}/";

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

    private Document[] Generate(IExecutionContext context, IReadOnlyList<Document> prose)
    {
        var vocabulary = ReadModelTable.From(context).Vocabulary;
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
        var valuePages = groups.Select(group => Described(Document.Generated(group.Url + "index.html", Metadata.Empty
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
            .SetTemplateValue("models", ModelListing.NewestFirst(Rows(group.Pages), row => CompactRecord.From(ModelListing.Fields(row, vocabulary))))
            .SetTemplateValue("pages", OtherPages(group.Pages))
            .SetTemplateValue("deferred", OwnPage(group) is not null)), prose.FirstOrDefault(p => ProseUrl(p) == group.Url)));
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

    private static IEnumerable<ModelRow> Rows(IEnumerable<Document> pages) =>
        pages.Select(p => p.Metadata.Get(Keys.ModelRow)).OfType<ModelRow>();

    /// <summary>The members that are not models (concepts and tasks with a tag), by title.</summary>
    private static List<object?> OtherPages(IEnumerable<Document> pages) => pages
        .Where(p => !p.Metadata.ContainsKey(Keys.ModelRow))
        .OrderBy(p => p.Metadata.GetString(Keys.Title), StringComparer.OrdinalIgnoreCase)
        .ThenBy(p => p.Metadata.GetString(Keys.Url), StringComparer.Ordinal)
        .Select(p => (object?)new Dictionary<string, object?>
        {
            ["title"] = p.Metadata.GetString(Keys.Title),
            ["url"] = p.Metadata.GetString(Keys.Url),
            ["summary"] = p.Metadata.GetString(Keys.Summary),
        })
        .ToList();

    /// <summary>
    /// The value page opening with its prose: the rendered Markdown, its wiki links (resolved once every
    /// page is known, and reported at the prose file's lines), headings and text for search, the file's
    /// paths; its summary when it sets one.
    /// </summary>
    private static Document Described(Document page, Document? prose)
    {
        if (prose is null) return page;
        var metadata = page.Metadata;
        if (prose.Metadata.Get(Keys.WikiLinks) is { } links) metadata = metadata.Set(Keys.WikiLinks, links);
        if (prose.Metadata.Get(Keys.Headings) is { } headings) metadata = metadata.Set(Keys.Headings, headings);
        if (prose.Metadata.Get(Keys.PlainText) is { } text) metadata = metadata.Set(Keys.PlainText, text);
        if (prose.Metadata.GetString(Keys.Summary) is { Length: > 0 } summary) metadata = metadata.Set(Keys.Summary, summary);
        // The link check finds a link of the prose at its line in the file.
        metadata = metadata.Set(Keys.FullPath, prose.Metadata.GetString(Keys.FullPath)).Set(Keys.RelativePath, prose.Metadata.GetString(Keys.RelativePath));
        return page with { Source = prose.Source, Metadata = metadata, Content = prose.Content };
    }
}
