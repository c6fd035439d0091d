using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Model;
using Atlas.Site.Modules.Parse;
using Atlas.Site.Yaml;

namespace Atlas.Site.Modules.Models;

/// <summary>
/// Reads each vocabulary file of input/data/ (benchmarks, settings, families, objectives,
/// categories) into typed entries (metadata <c>vocabulary_entries</c>); its YAML stays for
/// templates (<c>data.benchmarks</c>, ...).
/// </summary>
public sealed class ReadVocabulary : PerDocumentModule
{
    public static readonly MetadataKey<IReadOnlyList<IVocabularyEntry>> EntriesKey = new("vocabulary_entries");

    protected override object? Fingerprint(Document document, IExecutionContext context) => document;

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var name = document.Metadata.GetString(ParseDataFiles.DataNameKey);
        var entries = new VocabularyReader(document.Source, context.Diagnostics).Read(name, document.Metadata.Get(ParseDataFiles.YamlKey));
        yield return document.WithMetadata(EntriesKey, entries);
    }

    /// <summary>The vocabulary the Vocabulary pipeline read (empty files for those the site lacks).</summary>
    public static Vocabulary From(IExecutionContext context) => new(context.OutputsOf("Vocabulary")
        .Where(d => d.Metadata.Get(EntriesKey) is not null)
        .ToDictionary(d => d.Metadata.GetString(ParseDataFiles.DataNameKey), d => (d.Source, d.Metadata.Get(EntriesKey)!), StringComparer.Ordinal));
}
