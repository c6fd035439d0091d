using Atlas.Site.Documents;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Model;
using Atlas.Site.Yaml;

namespace Atlas.Site.Modules.Models;

/// <summary>
/// Reads each vocabulary file of input/data/ (benchmarks, settings, families, objectives,
/// categories) into typed entries (metadata <c>vocabulary_entries</c>); its YAML stays for
/// templates (<c>data.benchmarks</c>, ...).
/// </summary>
[Stage(Stage.Models)]
public sealed class ReadVocabulary : PerDocumentModule
{

    protected override object? Fingerprint(Document document, IExecutionContext context) => document;

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var name = document.Metadata.GetString(Keys.DataName);
        var entries = new VocabularyReader(document.Source, context.Diagnostics).Read(name, document.Metadata.Get(Keys.Yaml));
        yield return document.WithMetadata(Keys.VocabularyEntries, entries);
    }

    /// <summary>The vocabulary the Vocabulary pipeline read (empty files for those the site lacks).</summary>
    public static Vocabulary From(IExecutionContext context) => new(context.OutputsOf(PipelineNames.Vocabulary)
        .Where(d => d.Metadata.Get(Keys.VocabularyEntries) is not null)
        .ToDictionary(d => d.Metadata.GetString(Keys.DataName), d => (d.Source, d.Metadata.Get(Keys.VocabularyEntries)!), StringComparer.Ordinal));
}
