using Atlas.Site.Config;
using Atlas.Site.Diagnostics;
using Atlas.Site.Documents;
using System.Collections.Immutable;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Model;
using Atlas.Site.Yaml;

namespace Atlas.Site.Modules.Models;

/// <summary>
/// Joins each model page with its row of the table (metadata <c>model</c>) and checks the
/// join both ways: a page needs a row, a row needs a page, and a page's id is its file name.
/// </summary>
[Stage(Stage.Models)]
public sealed class AttachModelRows : IModule
{

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var table = ReadModelTable.From(context);
        var tableSource = ReadModelTable.SourceOf(context) ?? "input/data/models.yaml";
        var attached = ImmutableArray.CreateBuilder<Document>();
        var pageIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in documents)
        {
            var fileId = Path.GetFileNameWithoutExtension(page.Metadata.GetString(Keys.RelativePath));
            var id = page.Metadata.GetString(Keys.Id);
            var idNode = page.Metadata.Get(Keys.FrontMatter)?["id"];
            var at = idNode?.Position ?? new SourcePosition(1, 1);
            if (id.Length == 0)
            {
                context.Diagnostics.Error(Codes.ModelPageNoId, page.Source, 1, 1, $"model page has no 'id' in its front matter (expected id: {fileId})");
                continue;
            }
            if (id != fileId)
            {
                context.Diagnostics.Error(Codes.ModelPageIdMismatch, page.Source, at.Line, at.Column, $"id '{id}' does not match the file name; rename the file to {id}.md or set id: {fileId}");
                continue;
            }
            if (table.Find(id) is not { } row)
            {
                context.Diagnostics.Error(Codes.ModelPageNoRow, page.Source, at.Line, at.Column, $"no row with id '{id}' in {tableSource}");
                continue;
            }
            pageIds.Add(id);
            attached.Add(page.WithMetadata(Keys.ModelRow, row).WithMetadata(Keys.Title, row.Name));
        }
        var settings = context.Service<BuildSettings>();
        string PagePath(ModelRow row) => settings.DisplayPath(Path.Combine(settings.InputDirectory, "models", row.Id + ".md"));
        // A page that exists but could not be read or parsed has its own error already.
        foreach (var row in table.Rows.Where(r => !pageIds.Contains(r.Id) && !documents.Any(d => d.Metadata.GetString(Keys.Id) == r.Id) && !context.Diagnostics.HasErrorsIn(PagePath(r))))
            context.Diagnostics.Error(Codes.RowWithoutPage, tableSource, row.Position.Line, row.Position.Column, $"row '{row.Id}' has no page: add {PagePath(row)}");
        return Task.FromResult(attached.ToImmutable());
    }
}
