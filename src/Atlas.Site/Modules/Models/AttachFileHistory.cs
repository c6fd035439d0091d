using Atlas.Site.Config;
using System.Globalization;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Documents;
using Atlas.Site.History;

namespace Atlas.Site.Modules.Models;

/// <summary>
/// Where a page's file lives in the repository and when it last changed: <c>edit_url</c> (the
/// file on the repository's site, empty without a <c>repository</c> in site.yaml) and
/// <c>last_updated</c> / <c>last_updated_label</c> (the date of the last commit that touched it,
/// empty outside a git checkout or for a file never committed), as template values: front matter
/// naming them stays in <c>page.params</c>.
/// </summary>
[Stage(Stage.Models)]
public sealed class AttachFileHistory : PerDocumentModule
{
    protected override void Prepare(IExecutionContext context) => History(context);

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var site = context.Service<BuildSettings>().Site;
        var path = document.Metadata.GetString(Keys.RelativePath);
        var editUrl = site.Repository.Length == 0 || path.Length == 0 ? "" :
            $"{site.Repository.TrimEnd('/')}/blob/{Escape(site.EditBranch)}/input/{Escape(path)}";
        var changed = History(context).TryGetValue(path, out var date) ? date : (DateTimeOffset?)null;
        yield return document
            .WithTemplateValue("edit_url", editUrl)
            .WithTemplateValue("last_updated", changed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "")
            .WithTemplateValue("last_updated_label", changed?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "");
    }

    /// <summary>The history, read once per build.</summary>
    private static IReadOnlyDictionary<string, DateTimeOffset> History(IExecutionContext context) =>
        context.Memo(nameof(GitHistory), () => GitHistory.LastChanged(context.Service<BuildSettings>().InputDirectory));

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
