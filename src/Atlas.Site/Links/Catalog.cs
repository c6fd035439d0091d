using Atlas.Site.Documents;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Site.Model;

namespace Atlas.Site.Links;

/// <summary>A page as other pages link to it.</summary>
public sealed record PageRef(string Id, string Title, string Url, string Kind, string Summary);

/// <summary>
/// Every linkable page of the build, made once per build from all pipelines' processed
/// documents: what a wiki-link target resolves to, and which pages link to which (backlinks).
/// </summary>
public sealed class Catalog
{
    private readonly Dictionary<string, PageRef> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<PageRef>> _backlinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageRef> _modelPages = new(StringComparer.Ordinal);

    public IReadOnlyList<PageRef> Pages { get; }

    public ModelTable Models { get; }

    private Catalog(IReadOnlyList<(PageRef Page, Document Document)> pages, ModelTable models)
    {
        Pages = pages.Select(p => p.Page).ToList();
        Models = models;
        // Ids first, then titles, then aliases, so an id always wins over another page's alias.
        foreach (var (page, _) in pages.Where(p => p.Page.Kind == "models")) _modelPages.TryAdd(page.Id, page);
        foreach (var (page, _) in pages) _byName.TryAdd(page.Id, page);
        foreach (var (page, _) in pages) _byName.TryAdd(page.Title, page);
        foreach (var (page, document) in pages)
        {
            foreach (var alias in Aliases(document)) _byName.TryAdd(alias, page);
        }
        foreach (var (page, document) in pages)
        {
            var targets = WikiLinkTargets(document)
                .Select(Resolve)
                .OfType<PageRef>()
                .Where(t => t.Url != page.Url)
                .DistinctBy(t => t.Url);
            foreach (var target in targets)
            {
                if (!_backlinks.TryGetValue(target.Url, out var list)) _backlinks[target.Url] = list = [];
                list.Add(page);
            }
        }
    }

    /// <summary>The build's catalog; the last build's while no page's id, title, URL, kind, summary, aliases or wiki-link targets changed.</summary>
    public static Catalog Of(IExecutionContext context) => context.Memo(nameof(Catalog), () => Fingerprint(context), () => Build(context));

    private static Catalog Build(IExecutionContext context) => new(LinkablePages(context).Select(d => (RefOf(d), d)).ToList(), ModelTableOf(context));

    private static object Fingerprint(IExecutionContext context) => (
        ModelTableOf(context),
        LinkablePages(context).Select(d => (RefOf(d), Aliases(d).ToList(), WikiLinkTargets(d).ToList())).ToList());

    private static IEnumerable<Document> LinkablePages(IExecutionContext context) => context.AllOutputs()
        .SelectMany(kv => kv.Value)
        .Where(d => d.Metadata.ContainsKey(Keys.Url) && d.Metadata.GetString(Keys.Id).Length > 0)
        .OrderBy(d => d.Metadata.GetString(Keys.Url), StringComparer.Ordinal);

    private static ModelTable ModelTableOf(IExecutionContext context) => context.AllOutputs().SelectMany(kv => kv.Value)
        .Select(d => d.Metadata.Get(Keys.ModelTable))
        .FirstOrDefault(t => t is not null) ?? ModelTable.Empty;

    private static IEnumerable<string> WikiLinkTargets(Document document) =>
        (document.Metadata.Get(Keys.WikiLinks) ?? []).Select(w => w.Target);

    /// <summary>
    /// Every HTML page the build writes, except unlisted ones (the 404 page), in URL order:
    /// what the sitemap and the search index cover. Read in PostProcess or later.
    /// </summary>
    public static IEnumerable<Document> PublishedPages(IExecutionContext context) => context.AllOutputs()
        .SelectMany(kv => kv.Value)
        .Where(d => d.Destination.EndsWith(".html", StringComparison.Ordinal) && d.Metadata.ContainsKey(Keys.Url) && !d.Metadata.Get(Keys.Unlisted))
        .OrderBy(d => d.Metadata.GetString(Keys.Url), StringComparer.Ordinal);

    /// <summary>How other pages see a document: id, title, url, kind (from metadata, else the first folder of its URL, else "page") and summary.</summary>
    public static PageRef RefOf(Document document)
    {
        var url = document.Metadata.GetString(Keys.Url);
        var kind = document.Metadata.GetString(Keys.Kind, url.Contains('/') && url.IndexOf('/') < url.Length - 1 ? url[..url.IndexOf('/')] : "page");
        return new PageRef(
            document.Metadata.GetString(Keys.Id),
            document.Metadata.GetString(Keys.Title, document.Metadata.GetString(Keys.Id)),
            url,
            kind,
            document.Metadata.GetString(Keys.Summary));
    }

    /// <summary>The aliases a page answers to: its table row's and its front matter's.</summary>
    public static IEnumerable<string> Aliases(Document document)
    {
        if (document.Metadata.Get(Keys.ModelRow) is { } row)
            foreach (var alias in row.Aliases) yield return alias;
        if (document.Metadata.Get(Keys.Aliases) is { } aliases)
            foreach (var alias in aliases.OfType<string>()) yield return alias;
    }

    /// <summary>The page a wiki-link target names (id, title or alias, any case), or null.</summary>
    public PageRef? Resolve(string target) => _byName.GetValueOrDefault(target.Trim());

    /// <summary>Pages whose wiki links point at the page with this URL, in URL order.</summary>
    public IReadOnlyList<PageRef> BacklinksTo(string url) => _backlinks.GetValueOrDefault(url) ?? [];

    public PageRef? ModelPage(string id) => _modelPages.GetValueOrDefault(id);
}
