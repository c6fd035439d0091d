using Atlas.Site.Documents;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Site.Modules.Parse;

/// <summary>
/// Pretty URLs: models/clip.md is written to models/clip/index.html and linked as models/clip/;
/// index.md stays the folder's index. Sets <c>url</c> (site path, no base path) and the destination.
/// </summary>
[Stage(Stage.Parse)]
public sealed class AssignUrls : PerDocumentModule
{
    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var relative = document.Metadata.GetString(Keys.RelativePath);
        var withoutExtension = relative[..^Path.GetExtension(relative).Length];
        var url = Path.GetFileName(withoutExtension) == "index"
            ? withoutExtension[..^"index".Length]
            : withoutExtension + "/";
        yield return document
            .WithMetadata(Keys.Url, url)
            .WithDestination(url + "index.html");
    }
}
