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
public sealed class ReadVocabulary : PerDocumentModule
{
    public const string EntriesKey = "vocabulary_entries";

    protected override object? Fingerprint(Document document, IExecutionContext context) => document;

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var name = document.Metadata.GetString("data_name");
        var entries = new VocabularyReader(document.Source, context.Diagnostics).Read(name, document.Metadata.Get<YamlNode>("yaml"));
        yield return document.WithMetadata(EntriesKey, entries);
    }

    /// <summary>The vocabulary the Vocabulary pipeline read (empty files for those the site lacks).</summary>
    public static Vocabulary From(IExecutionContext context) => new(context.OutputsOf("Vocabulary")
        .Where(d => d.Metadata.Get<IReadOnlyList<IVocabularyEntry>>(EntriesKey) is not null)
        .ToDictionary(d => d.Metadata.GetString("data_name"), d => (d.Source, d.Metadata.Get<IReadOnlyList<IVocabularyEntry>>(EntriesKey)!), StringComparer.Ordinal));
}
