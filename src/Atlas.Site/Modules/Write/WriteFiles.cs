using System.Text;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Build;

namespace Atlas.Site.Modules.Write;

/// <summary>
/// Writes each document with a destination into the staging folder: its content as UTF-8
/// without BOM, or, for an asset (metadata <c>copy_from</c>), the source file's bytes.
/// A destination that would leave the output folder is refused.
/// </summary>
public sealed class WriteFiles : PerDocumentModule
{
    public const string CopyFromKey = "copy_from";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        if (document.Destination.Length > 0) Write(document, context);
        yield return document;
    }

    private static void Write(Document document, IExecutionContext context)
    {
        var root = Path.GetFullPath(context.Service<BuildSettings>().StagingDirectory);
        var target = Path.GetFullPath(Path.Combine(root, document.Destination));
        if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            context.Diagnostics.Error(document.DisplayPath, 1, 1, $"output path '{document.Destination}' leaves the output folder");
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (document.Metadata.GetString(CopyFromKey) is { Length: > 0 } source) File.Copy(source, target, overwrite: true);
        else File.WriteAllText(target, document.Content, Utf8);
    }
}
