using Atlas.Site.Documents;
using System.Collections.Immutable;
using System.Globalization;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Links;
using Atlas.Site.Model;
using Atlas.Site.Modules.Markdown;
using Atlas.Site.Templates;

namespace Atlas.Site.Modules.Search;

/// <summary>
/// Indexes every published page for search: search-index.json for the script (id, title, url,
/// kind, aliases, tags, keywords, summary, plain text of the body), and the same pages grouped
/// by kind as <c>directory</c> on the search page, so that without JavaScript it lists them all.
/// </summary>
[Stage(Stage.Search)]
public sealed class BuildSearchIndex : IModule
{
    public const string IndexFile = "search-index.json";
    /// <summary>How much of a page's text the index holds: what <see cref="RenderMarkdown"/> keeps of it.</summary>
    public const int TextLength = RenderMarkdown.PlainTextLength;

    /// <summary>The kinds of page in the order the directory lists them, each with its singular and plural name.</summary>
    private static readonly IReadOnlyList<(string Kind, string One, string Many)> Kinds =
    [
        ("models", "Model", "Models"),
        ("concepts", "Concept", "Concepts"),
        ("tasks", "Task", "Tasks"),
        ("page", "Page", "Pages"),
        ("listing", "Index", "Indexes"),
        .. Facet.All.Select(f => (f.Kind, f.Singular, f.Plural)),
    ];

    private sealed record Entry(PageRef Page, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Tags, IReadOnlyList<string> Keywords, string Text);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var entries = Catalog.PublishedPages(context)
            .Select(ToEntry)
            .OrderBy(e => Rank(e.Page.Kind))
            .ThenBy(e => e.Page.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Page.Url, StringComparer.Ordinal)
            .ToList();
        var directory = entries
            .GroupBy(e => Rank(e.Page.Kind))
            .Select(g => (object?)new Dictionary<string, object?>
            {
                ["kind"] = g.First().Page.Kind,
                ["label"] = g.Key < Kinds.Count ? Kinds[g.Key].Many : "Other pages",
                ["pages"] = g.Select(e => (object?)SiteTemplateData.Plain(e.Page)).ToList(),
            })
            .ToList();
        var pages = documents.Select(d => d.Metadata.GetString(Keys.Layout) == GeneratedPages.Search.Layout ? d.WithTemplateValue("directory", directory) : d);
        var index = context.Reuse(nameof(BuildSearchIndex),
            () => entries.Select(e => (e.Page, e.Type, e.Aliases, e.Tags, e.Keywords, e.Text)).ToList(),
            () => Document.Generated(IndexFile, Metadata.Empty, Json(entries)));
        return Task.FromResult(pages.Append(index).ToImmutableArray());
    }

    private static int Rank(string kind)
    {
        for (var i = 0; i < Kinds.Count; i++)
        {
            if (Kinds[i].Kind == kind) return i;
        }
        return Kinds.Count;
    }

    private static Entry ToEntry(Document document)
    {
        var page = Catalog.RefOf(document);
        var rank = Rank(page.Kind);
        var row = document.Metadata.Get(Keys.ModelRow);
        var text = document.Metadata.GetString(Keys.PlainText);
        return new Entry(
            page,
            rank < Kinds.Count ? Kinds[rank].One : "Page",
            Catalog.Aliases(document).ToList(),
            Facet.Tags.ValuesOf(document).ToList(),
            row is null ? [] : Keywords(row),
            text);
    }

    /// <summary>Table facts a reader may search a model by: organisations, authors, family, objectives, venue, year.</summary>
    private static IReadOnlyList<string> Keywords(ModelRow row) =>
    [
        .. row.Org,
        .. row.Authors,
        row.Family.Name,
        .. row.Objectives.Select(o => o.Name),
        .. row.Venue is null ? [] : new[] { row.Venue },
        row.Date.Year.ToString(CultureInfo.InvariantCulture),
    ];

    private static string Json(IReadOnlyList<Entry> entries) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("pages");
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WriteString("id", entry.Page.Id);
            json.WriteString("title", entry.Page.Title);
            json.WriteString("url", entry.Page.Url);
            json.WriteString("type", entry.Type);
            JsonText.Strings(json, "aliases", entry.Aliases);
            JsonText.Strings(json, "tags", entry.Tags);
            JsonText.Strings(json, "keywords", entry.Keywords);
            json.WriteString("summary", entry.Page.Summary);
            json.WriteString("text", entry.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
