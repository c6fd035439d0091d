using Atlas.Site.Model;
using Atlas.Site.Config;
using Atlas.Site.Documents;
using Atlas.Site.Diagnostics;
using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Yaml;

namespace Atlas.Site.Modules.Check;

/// <summary>
/// In <c>atlas check</c> only, an organisation or tag the atlas has not used before is a warning,
/// so that a new one, or a new spelling of an old one (<c>HuggingFace</c> beside <c>Hugging Face</c>),
/// is seen in review. The known ones are listed in input/data/organisations.yaml and
/// input/data/tags.yaml; a new one that is meant is added there. Without a list nothing is checked.
/// </summary>
[Stage(Stage.Check)]
public sealed class CheckKnownFacetValues : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        if (!context.Service<BuildSettings>().DryRun) return Task.FromResult(documents);
        var all = context.AllOutputs().SelectMany(kv => kv.Value).OrderBy(d => d.Source, StringComparer.Ordinal).ToList();
        var data = all.Where(d => d.Metadata.ContainsKey(Keys.DataName)).ToList();
        if (Known(data, "organisations") is { } organisations)
        {
            foreach (var models in data.Where(d => d.Metadata.GetString(Keys.DataName) == ModelTable.DataName))
                Warn(models.Source, models.Metadata.Get(Keys.OrganisationsWritten) ?? [], organisations, "organisation", "organisations", context);
        }
        if (Known(data, "tags") is { } tags)
        {
            foreach (var page in all.Where(d => d.Source.Length > 0))
                Warn(page.Source, Items(page.Metadata.Get(Keys.FrontMatter)?["tags"]), tags, "tag", "tags", context);
        }
        return Task.FromResult(documents);
    }

    private static HashSet<string>? Known(IEnumerable<Document> data, string name) => data
        .Where(d => d.Metadata.GetString(Keys.DataName) == name)
        .Select(d => Items(d.Metadata.Get(Keys.Yaml)).Select(s => s.Value.Trim()).ToHashSet(StringComparer.Ordinal))
        .FirstOrDefault();

    private static IEnumerable<YamlScalar> Items(YamlNode? list) => (list as YamlSequence)?.Items.OfType<YamlScalar>() ?? [];

    private static void Warn(string path, IEnumerable<YamlScalar> values, HashSet<string> known, string what, string file, IExecutionContext context)
    {
        foreach (var value in values.Where(v => !known.Contains(v.Value.Trim())))
            context.Diagnostics.Warning(Codes.FacetValueNew, path, value.Position.Line, value.Position.Column,
                $"{what} '{value.Value.Trim()}' is new to the atlas: check its spelling against input/data/{file}.yaml and add it there if it is meant");
    }
}
