using Atlas.Site.Config;
using Atlas.Site.Documents;
using Atlas.Site.Diagnostics;
using System.Collections.Concurrent;
using System.Text;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Site.Modules.Write;

/// <summary>
/// Writes each document with a destination into the staging folder: its content as UTF-8
/// without BOM, or, for an asset (metadata <c>copy_from</c>), the source file's bytes. It runs
/// right after a page is rendered and drops the written content, so no page's HTML is held
/// until the build ends. A file whose bytes are already in the output folder is not staged
/// (see <see cref="SiteBuilder"/>), nor, given a build cache, even compared again. A destination
/// that would leave the output folder is refused; the check command writes nothing and keeps
/// the content for its link check.
/// </summary>
[Stage(Stage.Write)]
public sealed class WriteFiles : PerDocumentModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What the file's bytes are made of: the content, or the copied file's <see cref="FileStamp"/>.</summary>
    protected override object? Fingerprint(Document document, IExecutionContext context)
    {
        if (!Writes(document, context)) return null;
        var copied = document.Metadata.GetString(Keys.CopyFrom) is { Length: > 0 } source ? FileStamp.Of(source) : null;
        return (document.Destination, document.Content, copied);
    }

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        if (!Writes(document, context))
        {
            yield return document;
            yield break;
        }
        Write(document, context);
        yield return document.WithContent("");
    }

    private static bool Writes(Document document, IExecutionContext context) =>
        document.Destination.Length > 0 && !context.Service<BuildSettings>().DryRun;

    private static void Write(Document document, IExecutionContext context)
    {
        var settings = context.Service<BuildSettings>();
        var root = Path.GetFullPath(settings.StagingDirectory);
        var target = Path.GetFullPath(Path.Combine(root, document.Destination));
        if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            context.Diagnostics.Error(Codes.OutputPathEscapes, document.DisplayPath, 1, 1, $"output path '{document.Destination}' leaves the output folder");
            return;
        }
        var published = new FileInfo(Path.Combine(settings.OutputDirectory, Path.GetRelativePath(root, target)));
        if (document.Metadata.GetString(Keys.CopyFrom) is { Length: > 0 } source)
        {
            // Only ListAssets sets the key; this keeps any future module from publishing the machine's files.
            if (!settings.IsSiteFile(source))
            {
                context.Diagnostics.Error(Codes.CopyOutsideInput, document.DisplayPath, 1, 1, "the build copies only files under the input and theme folders");
                return;
            }
            var bytes = File.ReadAllBytes(source);
            if (SameBytes(published, bytes.Length, () => bytes)) return;
            CreateFolderOf(target, context);
            File.WriteAllBytes(target, bytes);
        }
        else
        {
            // Encoded whole only to compare with a published file of the same length; otherwise
            // File.WriteAllText encodes as it writes, so a page of tens of megabytes is not also held as bytes.
            var content = document.Content;
            if (SameBytes(published, Utf8.GetByteCount(content), () => Utf8.GetBytes(content))) return;
            CreateFolderOf(target, context);
            File.WriteAllText(target, content, Utf8);
        }
    }

    /// <summary>
    /// Creates the file's folder once per build: asking the file system again for each of a
    /// thousand pages cost a tenth of the build's system time.
    /// </summary>
    private static void CreateFolderOf(string file, IExecutionContext context)
    {
        var folder = Path.GetDirectoryName(file)!;
        var created = context.Memo(nameof(CreateFolderOf), () => new ConcurrentDictionary<string, DirectoryInfo>(StringComparer.Ordinal));
        created.GetOrAdd(folder, Directory.CreateDirectory);
    }

    private static bool SameBytes(FileInfo published, long length, Func<byte[]> bytes) =>
        published.Exists && published.Length == length && File.ReadAllBytes(published.FullName).AsSpan().SequenceEqual(bytes());
}
