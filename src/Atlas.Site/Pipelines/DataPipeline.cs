using Atlas.Engine.Pipelines;
using Atlas.Site.Modules.Models;
using Atlas.Site.Modules.Parse;
using Atlas.Site.Modules.Read;

namespace Atlas.Site.Pipelines;

/// <summary>input/data/*.yaml: plain data for every template, and the typed comparison table from models.yaml.</summary>
public sealed class DataPipeline : Pipeline
{
    public DataPipeline()
    {
        Input(new ReadFiles(SiteFolder.Input, ["data/*.yaml", "data/*.yml"], maxBytes: ReadFiles.MaxDataBytes));
        Process(
            new FlagPlaceholders(),
            new ParseDataFiles(),
            new ReadModelTable());
    }
}
