using Atlas.Site.Documents;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Yaml;

namespace Atlas.Site.Modules.Parse;

/// <summary>Parses each input/data/*.yaml into a YAML tree (<c>yaml</c>) named after the file (<c>data_name</c>).</summary>
[Stage(Stage.Parse)]
public sealed class ParseDataFiles : PerDocumentModule
{

    /// <summary>The result depends on the document alone (and on the build's settings, which a cache outlives only while they hold).</summary>
    protected override object? Fingerprint(Document document, IExecutionContext context) => document;

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var node = YamlReader.Read(document.Content, document.Source, context.Diagnostics);
        var name = Path.GetFileNameWithoutExtension(document.Metadata.GetString(Keys.RelativePath));
        yield return document
            .WithMetadata(Keys.DataName, name)
            .WithMetadata(Keys.Yaml, node);
    }
}
