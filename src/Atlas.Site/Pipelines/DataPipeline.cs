using Atlas.Site.Documents;
using Atlas.Engine.Pipelines;
using Atlas.Site.Modules.Models;
using Atlas.Site.Modules.Parse;
using Atlas.Site.Modules.Read;

namespace Atlas.Site.Pipelines;

/// <summary>input/data/*.yaml: plain data for every template, and the typed comparison table from models.yaml (the vocabulary files are the Vocabulary pipeline's).</summary>
public sealed class DataPipeline : Pipeline
{
    public override string Name => PipelineNames.Data.Value;

    public DataPipeline()
    {
        DependsOn(PipelineNames.Vocabulary);
        // Parsing the YAML needs no vocabulary: only reading the rows waits for it.
        Input(
            new ReadFiles(SiteFolder.Input, ["data/*.yaml", "data/*.yml"], VocabularyPipeline.Files, ReadFiles.MaxDataBytes),
            new FlagPlaceholders(),
            new ParseDataFiles());
        Process(new ReadModelTable());
    }
}
