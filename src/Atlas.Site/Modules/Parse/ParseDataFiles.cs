using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Yaml;

namespace Atlas.Site.Modules.Parse;

/// <summary>Parses each input/data/*.yaml into a YAML tree (<c>yaml</c>) and plain data (<c>data</c>) named after the file.</summary>
public sealed class ParseDataFiles : PerDocumentModule
{
    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var node = YamlReader.Read(document.Content, document.Source, context.Diagnostics);
        var name = Path.GetFileNameWithoutExtension(document.Metadata.GetString("relative_path"));
        yield return document
            .WithMetadata("data_name", name)
            .WithMetadata("yaml", node)
            .WithMetadata("data", node?.ToPlain());
    }
}
