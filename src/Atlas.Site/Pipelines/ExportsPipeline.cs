using Atlas.Site.Documents;
using Atlas.Engine.Pipelines;
using Atlas.Site.Model;
using Atlas.Site.Modules.Exports;
using Atlas.Site.Modules.Write;

namespace Atlas.Site.Pipelines;

/// <summary>The comparison table for download: models.json, models.csv, results.csv, atlas.bib and each model's Hugging Face model-index, all from the one typed table.</summary>
public sealed class ExportsPipeline : Pipeline
{
    public override string Name => PipelineNames.Exports.Value;

    public ExportsPipeline()
    {
        DependsOn(PipelineNames.Data);
        Process(
            new ExportTable("models.json", ModelJson.Write),
            new ExportTable("models.csv", ModelCsv.Write),
            new ExportTable("results.csv", ModelCsv.WriteResults),
            new ExportTable("atlas.bib", table => string.Join("\n", table.Rows.Select(Bibtex.Entry))));
        PostProcess(
            new ExportModelIndexes(),
            new WriteFiles());
    }
}
