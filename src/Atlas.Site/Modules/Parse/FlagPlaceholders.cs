using Atlas.Site.Documents;
using Atlas.Site.Diagnostics;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Site.Modules.Parse;

/// <summary>
/// Warns at every placeholder (<see cref="Placeholder.Marker"/>) that <c>atlas new</c> left in a
/// file: the page still builds, and <c>check --strict</c> refuses it until the text is written.
/// Runs on the raw file so the warning names the file's own line and column.
/// </summary>
[Stage(Stage.Parse)]
public sealed class FlagPlaceholders : PerDocumentModule
{
    /// <summary>The result depends on the document alone (and on the build's settings, which a cache outlives only while they hold).</summary>
    protected override object? Fingerprint(Document document, IExecutionContext context) => document;

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var lines = document.Content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(Placeholder.Marker, StringComparison.Ordinal);
            if (column < 0) continue;
            var text = lines[i][column..].TrimEnd('\r', ' ', '"');
            context.Diagnostics.Warning(Codes.Placeholder, document.Source, i + 1, column + 1, $"placeholder to fill in: {(text.Length > 70 ? text[..70] + "…" : text)}");
        }
        yield return document;
    }
}
