using Atlas.Engine.Pipelines;
using Atlas.Site.Model;
using Atlas.Site.Modules.Exports;
using Atlas.Site.Modules.Write;

namespace Atlas.Site.Pipelines;

/// <summary>The comparison table for download: models.json, models.csv and atlas.bib, all from the one typed table.</summary>
public sealed class ExportsPipeline : Pipeline
{
    public ExportsPipeline()
    {
        DependsOn("Data");
        Process(
            new ExportTable("models.json", ModelJson.Write),
            new ExportTable("models.csv", ModelCsv.Write),
            new ExportTable("atlas.bib", table => string.Join("\n", table.Rows.Select(Bibtex.Entry))));
        PostProcess(new WriteFiles());
    }
}
