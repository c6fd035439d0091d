using Atlas.Site.Diagnostics;
using Atlas.Site.Documents;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Model;
using Atlas.Site.Yaml;

namespace Atlas.Site.Modules.Parse;

/// <summary>
/// Moves a page's YAML front matter into its metadata and leaves the body as content. All of it
/// is one value, <see cref="Keys.Params"/> (as Hugo's .Params), so front matter can never set the
/// build's own metadata (where a file is copied from, the page's path, what a layout prints raw);
/// only the fields in <see cref="AuthorFields"/> are copied to keys of their own.
/// <c>body_line</c> records where the body starts so later diagnostics name the file's own lines.
/// </summary>
[Stage(Stage.Parse)]
public sealed class ParseFrontMatter : PerDocumentModule
{

    /// <summary>The result depends on the document alone (and on the build's settings, which a cache outlives only while they hold).</summary>
    protected override object? Fingerprint(Document document, IExecutionContext context) => document;

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        if (FrontMatter.Read(document.Content, document.Source, context.Diagnostics) is not { } split) yield break;
        var metadata = document.Metadata.Set(Keys.BodyLine, split.BodyFirstLine);
        if (split.HasYaml)
        {
            if (split.Node is not { } node) yield break;
            if (node is not YamlMapping map)
            {
                context.Diagnostics.Error(Codes.FrontMatterNotMapping, document.Source, node.Position.Line, node.Position.Column, "front matter must be a mapping of keys to values");
                yield break;
            }
            if (!CheckNoLiquid(map, document.Source, context)) yield break;
            var shapeErrors = ShapeErrors(map).ToList();
            foreach (var (at, message) in shapeErrors) context.Diagnostics.Error(Codes.FrontMatterWrongType, document.Source, at.Position.Line, at.Position.Column, message);
            if (shapeErrors.Count > 0) yield break;
            metadata = metadata.Set(Keys.Params, (Dictionary<string, object?>)map.ToPlain()!).Set(Keys.FrontMatter, map);
            foreach (var (field, key) in AuthorFields.Where(f => map[f.Field] is YamlScalar { IsNull: false }))
                metadata = metadata.Set(key, ((YamlScalar)map[field]!).Value);
            foreach (var (field, key) in AuthorLists.Where(f => map[f.Field] is YamlSequence))
                metadata = metadata.Set(key, (List<object?>)map[field]!.ToPlain()!);
        }
        yield return document with { Metadata = metadata, Content = split.Body };
    }

    /// <summary>What an author may set of a page: the front matter fields with a key of their own.</summary>
    private static readonly (string Field, MetadataKey<string> Key)[] AuthorFields =
        [("id", Keys.Id), ("title", Keys.Title), ("summary", Keys.Summary), ("layout", Keys.Layout)];

    private static readonly (string Field, MetadataKey<List<object?>> Key)[] AuthorLists =
        [("tags", Keys.Tags), ("aliases", Keys.Aliases)];

    private static readonly HashSet<string> SingleValues = [.. AuthorFields.Select(f => f.Field)];
    private static readonly HashSet<string> ListsOfValues = [.. AuthorLists.Select(f => f.Field)];

    /// <summary>The keys templates and links rely on must have the shape they expect; ids must be slugs.</summary>
    private static IEnumerable<(YamlNode Node, string Message)> ShapeErrors(YamlMapping map)
    {
        foreach (var (key, value) in map.Entries)
        {
            if (value is YamlScalar { IsNull: true }) continue;
            if (SingleValues.Contains(key.Value) && value is not YamlScalar)
                yield return (value, $"'{key.Value}' must be a single value, not a list or mapping");
            if (ListsOfValues.Contains(key.Value))
            {
                if (value is not YamlSequence list)
                {
                    yield return (value, $"'{key.Value}' must be a list, e.g. [{(value as YamlScalar)?.Value ?? "value"}]");
                    continue;
                }
                foreach (var item in list.Items.Where(i => i is not YamlScalar { IsNull: false }))
                    yield return (item, $"each entry of '{key.Value}' must be a single value");
            }
        }
        if (map["id"] is YamlScalar { IsNull: false } id && !Schema.IsSlug(id.Value))
            yield return (id, $"id '{id.Value}' must be a lowercase slug: letters a-z, digits and single hyphens");
    }

    /// <summary>Front matter is data, never a template: Liquid in it would silently print as text, so it is refused.</summary>
    private static bool CheckNoLiquid(YamlNode node, string path, IExecutionContext context)
    {
        switch (node)
        {
            case YamlScalar s when s.Value.Contains("{{", StringComparison.Ordinal) || s.Value.Contains("{%", StringComparison.Ordinal):
                context.Diagnostics.Error(Codes.FrontMatterLiquid, path, s.Position.Line, s.Position.Column, "Liquid syntax ('{{' or '{%') is not evaluated in front matter; write plain text");
                return false;
            case YamlSequence seq:
                return seq.Items.All(i => CheckNoLiquid(i, path, context));
            case YamlMapping map:
                return map.Entries.All(e => CheckNoLiquid(e.Value, path, context));
            default:
                return true;
        }
    }
}
