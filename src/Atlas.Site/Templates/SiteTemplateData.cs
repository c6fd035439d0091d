using Atlas.Site.Config;
using Atlas.Site.Documents;
using Atlas.Engine.Execution;
using Atlas.Site.Links;
using Atlas.Site.Model;
using Atlas.Site.Yaml;

namespace Atlas.Site.Templates;

/// <summary>
/// What every template can read besides its page, made once per build: <c>site</c>,
/// <c>data</c> (each input/data file by name; <c>data.models</c> is <c>models</c>), <c>models</c> (rows oldest first, as
/// <see cref="ModelView"/>), <c>models_by_concept</c> (the models trained with each concept, by its page's URL), <c>models_newest</c> (the same newest first, as the model tables open), <c>key_score_rule</c> and <c>category_glyph_symbols</c> (see <see cref="ModelListing"/>), <c>comparison</c> (see <see cref="ComparisonView"/>), <c>pages</c>
/// (linkable pages by kind), <c>series</c>, <c>charts</c> and <c>benchmark_charts</c> (see <see cref="ChartViews"/>), <c>leaderboard</c>
/// (see <see cref="StandingsView"/>), <c>schema</c> (see <see cref="SchemaView"/>), <c>diagnostics</c> (see <see cref="DiagnosticsView"/>).
/// </summary>
public sealed class SiteTemplateData
{
    /// <summary>
    /// Each value made when a template first reads it: a model page, which reads none of the
    /// whole-site figures and tables, renders while they are still being made.
    /// </summary>
    public required IReadOnlyDictionary<string, Lazy<object?>> Globals { get; init; }

    /// <summary>Each model's view by id, shared by its page and every listing.</summary>
    public required IReadOnlyDictionary<string, CompactRecord> ModelViews { get; init; }

    /// <summary>The build's template data; the last build's while the catalog and the data files are.</summary>
    public static SiteTemplateData Of(IExecutionContext context) =>
        context.Memo(nameof(SiteTemplateData), () => (Catalog.Of(context), DataFiles(context)), () => Build(context));

    private static Dictionary<string, YamlNode?> DataFiles(IExecutionContext context) => context.AllOutputs().SelectMany(kv => kv.Value)
        .Where(d => d.Metadata.ContainsKey(Keys.DataName))
        .ToDictionary(d => d.Metadata.GetString(Keys.DataName), d => d.Metadata.Get(Keys.Yaml), StringComparer.Ordinal);

    private static SiteTemplateData Build(IExecutionContext context)
    {
        var settings = context.Service<BuildSettings>();
        var catalog = Catalog.Of(context);
        // The charts are drawn on other threads from the start, while the views are made and the first pages render.
        var charts = Task.Run(() => ChartViews.Of(catalog.Models));
        var benchmarkCharts = Task.Run(() => ChartViews.Benchmarks(catalog.Models, id => catalog.Resolve(id) is { Kind: "tasks" } task ? task : null));
        var refs = catalog.Models.Rows.ToDictionary(r => r.Id, ModelView.Ref, StringComparer.Ordinal);
        var board = new Leaderboard(catalog.Models);
        var views = catalog.Models.Rows.AsParallel().AsOrdered()
            .Select(r => (r.Id, View: ModelView.Of(r, board, catalog, refs)))
            .ToList()
            .ToDictionary(v => v.Id, v => v.View, StringComparer.Ordinal);
        var models = new Lazy<object?>(() => catalog.Models.Rows.Select(r => (object?)views[r.Id]).ToList());
        var dataFiles = DataFiles(context);
        return new SiteTemplateData
        {
            ModelViews = views,
            Globals = new Dictionary<string, Lazy<object?>>(StringComparer.Ordinal)
            {
                ["site"] = new(settings.Site.ToTemplateData()),
                ["data"] = new(() =>
                {
                    var data = dataFiles.ToDictionary(kv => kv.Key, kv => kv.Value?.ToPlain(), StringComparer.Ordinal);
                    data[ModelTable.DataName] = models.Value;
                    return data;
                }),
                ["models"] = models,
                ["models_newest"] = new(() => ModelListing.NewestFirst(catalog.Models.Rows, r => views[r.Id])),
                ["key_score_rule"] = new(ModelListing.KeyScoreRule),
                ["category_glyph_symbols"] = new(() => Figures.Taxonomy.TaxonomySvg.GlyphSymbols(catalog.Models.Vocabulary.Categories)),
                ["comparison"] = new(() => ComparisonView.Of(catalog.Models, views)),
                ["models_by_concept"] = new(() => ModelsByConcept(catalog, views)),
                ["pages"] = new(() => PagesByKind(catalog)),
                ["series"] = new(() => ChartViews.Series(catalog.Models)),
                ["leaderboard"] = new(() => StandingsView.Of(board, views)),
                ["charts"] = new(() => charts.Result),
                ["benchmark_charts"] = new(() => benchmarkCharts.Result),
                ["schema"] = new(() => SchemaView.Of()),
                ["diagnostics"] = new(() => DiagnosticsView.Of()),
            },
        };
    }

    /// <summary>The linkable pages by kind, by title; a listing reads its kind's pages before the atlas has any (a new atlas without tasks yet), so every kind is given, if empty.</summary>
    private static Dictionary<string, object?> PagesByKind(Catalog catalog)
    {
        var pages = catalog.Pages
            .GroupBy(p => p.Kind)
            .ToDictionary(g => g.Key, g => (object?)g.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).Select(Plain).ToList(), StringComparer.Ordinal);
        foreach (var (kind, _) in BacklinkGroups.Kinds) pages.TryAdd(kind, new List<object?>());
        return pages;
    }

    /// <summary>The models trained with each concept's objective, oldest first, by the concept page's URL.</summary>
    private static Dictionary<string, object?> ModelsByConcept(Catalog catalog, IReadOnlyDictionary<string, CompactRecord> views) => catalog.Models.Rows
        .SelectMany(row => row.Objectives.Select(o => (Url: catalog.Resolve(o.Concept)?.Url, Row: row)))
        .Where(t => t.Url is not null)
        .GroupBy(t => t.Url!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (object?)g.Select(t => (object?)views[t.Row.Id]).ToList(), StringComparer.Ordinal);

    public static Dictionary<string, object?> Plain(PageRef page) => new()
    {
        ["id"] = page.Id, ["title"] = page.Title, ["url"] = page.Url, ["kind"] = page.Kind, ["summary"] = page.Summary,
    };
}
