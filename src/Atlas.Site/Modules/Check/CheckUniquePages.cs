using Atlas.Site.Diagnostics;
using Atlas.Site.Documents;
using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Links;
using Atlas.Site.Modules.Parse;
using Atlas.Site.Yaml;

namespace Atlas.Site.Modules.Check;

/// <summary>
/// Across every pipeline: no two pages share an id (wiki links and backlinks find pages by id)
/// and no two files are written to the same place (the build would keep whichever came last).
/// The page that keeps a contested id or path is named in the error on the other.
/// Reads every pipeline, so it runs in PostProcess; the documents pass through unchanged.
/// </summary>
[Stage(Stage.Check)]
public sealed class CheckUniquePages : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        // Who keeps a contested id: a generated page, then a model page (its id is fixed by the
        // table and its file name), then the file that sorts first.
        var all = context.AllOutputs().SelectMany(kv => kv.Value)
            .OrderBy(d => d.Source.Length > 0)
            .ThenBy(d => !d.Metadata.ContainsKey(Keys.ModelRow))
            .ThenBy(d => d.Source, StringComparer.Ordinal)
            .ToList();
        Report(all.Where(d => d.Metadata.ContainsKey(Keys.Url) && d.Metadata.GetString(Keys.Id).Length > 0), d => d.Metadata.GetString(Keys.Id), "id", context);
        Report(all.Where(d => d.Destination.Length > 0), d => d.Destination, "output file", context);
        ReportTags(all.Where(d => d.Source.Length > 0), context);
        return Task.FromResult(documents);
    }

    /// <summary>Each tag gets a page named by its slug (organisations are checked where models.yaml is read).</summary>
    private static void ReportTags(IEnumerable<Document> pages, IExecutionContext context)
    {
        var tags = new FacetValueSlugs(Facet.Tags);
        foreach (var page in pages)
        {
            foreach (var node in (page.Metadata.Get(Keys.FrontMatter)?["tags"] as YamlSequence)?.Items.OfType<YamlScalar>() ?? [])
            {
                if (tags.Add(node.Value.Trim(), $"{page.Source}:{node.Position.Line}") is { } problem)
                    context.Diagnostics.Error(Codes.FacetSlug, page.Source, node.Position.Line, node.Position.Column, problem);
            }
        }
    }

    private static void Report(IEnumerable<Document> pages, Func<Document, string> key, string what, IExecutionContext context)
    {
        foreach (var group in pages.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            var owner = first.Source.Length > 0 ? first.Source : $"the generated page {first.Metadata.GetString(Keys.Url, first.Destination)}";
            foreach (var page in group.Skip(1).Where(p => p.Source.Length > 0))
            {
                var at = what == "id" ? page.Metadata.Get(Keys.FrontMatter)?["id"]?.Position : null;
                context.Diagnostics.Error(Codes.IdTaken, page.Source, at?.Line ?? 1, at?.Column ?? 1, $"{what} '{group.Key}' is already used by {owner}");
            }
        }
    }
}
