using Atlas.Site.Documents;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Site.Modules.Templates;

/// <summary>
/// Gives a page a layout unless its front matter names one: the layout of the first folder
/// prefix in <paramref name="byFolder"/> that its path starts with, else <paramref name="defaultLayout"/>.
/// </summary>
[Stage(Stage.Templates)]
public sealed class SetLayout(string defaultLayout, params (string Prefix, string Layout)[] byFolder) : PerDocumentModule
{
    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        if (document.Metadata.GetString(Keys.Layout).Length > 0)
        {
            yield return document;
            yield break;
        }
        var path = document.Metadata.GetString(Keys.RelativePath);
        var layout = byFolder.FirstOrDefault(f => path.StartsWith(f.Prefix, StringComparison.Ordinal)).Layout ?? defaultLayout;
        yield return document.WithMetadata(Keys.Layout, layout);
    }
}
