using Atlas.Site.Documents;
using Atlas.Engine.Pipelines;
using Atlas.Site.Model;
using Atlas.Site.Modules.Models;
using Atlas.Site.Modules.Parse;
using Atlas.Site.Modules.Read;

namespace Atlas.Site.Pipelines;

/// <summary>The vocabulary files of input/data/ (benchmarks, settings, families, objectives, categories), read before the table that names them.</summary>
public sealed class VocabularyPipeline : Pipeline
{
    public override string Name => PipelineNames.Vocabulary.Value;

    public static string[] Files => VocabularyReader.Files.Keys.SelectMany(name => new[] { $"data/{name}.yaml", $"data/{name}.yml" }).ToArray();

    public VocabularyPipeline()
    {
        Input(new ReadFiles(SiteFolder.Input, Files));
        Process(
            new FlagPlaceholders(),
            new ParseDataFiles(),
            new ReadVocabulary());
    }
}
