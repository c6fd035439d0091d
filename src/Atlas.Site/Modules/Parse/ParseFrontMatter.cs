using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Yaml;

namespace Atlas.Site.Modules.Parse;

/// <summary>
/// Moves a page's YAML front matter into its metadata and leaves the body as content.
/// <c>body_line</c> records where the body starts so later diagnostics name the file's own lines.
/// </summary>
public sealed class ParseFrontMatter : PerDocumentModule
{
    public const string FrontMatterKey = "front_matter";
    public const string BodyLineKey = "body_line";

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var split = FrontMatter.Split(document.Content, out var error);
        if (split is null)
        {
            context.Diagnostics.Error(document.Source, 1, 1, error!);
            yield break;
        }
        var metadata = document.Metadata.Set(BodyLineKey, split.BodyFirstLine);
        if (split.Yaml.Trim().Length > 0)
        {
            var node = YamlReader.Read(split.Yaml, document.Source, context.Diagnostics, split.YamlFirstLine - 1);
            if (node is null) yield break;
            if (node is not YamlMapping map)
            {
                context.Diagnostics.Error(document.Source, node.Position.Line, node.Position.Column, "front matter must be a mapping of keys to values");
                yield break;
            }
            if (!CheckNoLiquid(map, document.Source, context)) yield break;
            foreach (var (key, value) in map.Entries) metadata = metadata.Set(key.Value, value.ToPlain());
            metadata = metadata.Set(FrontMatterKey, map);
        }
        yield return document with { Metadata = metadata, Content = split.Body };
    }

    /// <summary>Front matter is data, never a template: Liquid in it would silently print as text, so it is refused.</summary>
    private static bool CheckNoLiquid(YamlNode node, string path, IExecutionContext context)
    {
        switch (node)
        {
            case YamlScalar s when s.Value.Contains("{{", StringComparison.Ordinal) || s.Value.Contains("{%", StringComparison.Ordinal):
                context.Diagnostics.Error(path, s.Position.Line, s.Position.Column, "Liquid syntax ('{{' or '{%') is not evaluated in front matter; write plain text");
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
