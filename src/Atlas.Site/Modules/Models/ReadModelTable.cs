using Atlas.Site.Links;
using Atlas.Site.Documents;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Model;
using Atlas.Site.Yaml;

namespace Atlas.Site.Modules.Models;

/// <summary>
/// Reads the typed comparison table out of data/models.yaml (metadata <c>model_table</c>)
/// against the vocabulary; validates every row and the vocabulary's use. The file's text and
/// YAML tree are dropped once the table is read: at ten thousand rows they are over a hundred
/// megabytes, and templates read the table instead.
/// </summary>
[Stage(Stage.Models)]
public sealed class ReadModelTable : PerDocumentModule
{

    /// <summary>The table depends on the file, the vocabulary files and today's date (dates in the future are refused).</summary>
    protected override object? Fingerprint(Document document, IExecutionContext context) => (document, context.OutputsOf(PipelineNames.Vocabulary), Today);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        if (document.Metadata.GetString(Keys.DataName) != ModelTable.DataName)
        {
            yield return document;
            yield break;
        }
        var vocabulary = ReadVocabulary.From(context);
        var yaml = document.Metadata.Get(Keys.Yaml);
        var table = new ModelTableReader(document.Source, context.Diagnostics, Today, vocabulary, new FacetValueSlugs(Facet.Organisations).Add).Read(yaml);
        VocabularyCheck.Report(table, context.Diagnostics);
        var organisations = ((yaml as YamlSequence)?.Items ?? []).OfType<YamlMapping>()
            .SelectMany(row => (row["org"] as YamlSequence)?.Items.OfType<YamlScalar>() ?? []).ToList();
        yield return document.WithMetadata(Keys.ModelTable, table).WithMetadata(Keys.OrganisationsWritten, organisations).WithMetadata(Keys.Yaml, null).WithContent("");
    }

    /// <summary>The table as the Data pipeline produced it, or an empty one when the site has no models.yaml.</summary>
    public static ModelTable From(IExecutionContext context) =>
        context.OutputsOf(PipelineNames.Data).Select(d => d.Metadata.Get(Keys.ModelTable)).FirstOrDefault(t => t is not null) ?? ModelTable.Empty;

    public static string? SourceOf(IExecutionContext context) =>
        context.OutputsOf(PipelineNames.Data).FirstOrDefault(d => d.Metadata.GetString(Keys.DataName) == ModelTable.DataName)?.Source;
}
