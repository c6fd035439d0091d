using Atlas.Site.Yaml;

namespace Atlas.Site.Model;

/// <summary>An entry of one of the vocabulary files of input/data/: an id that rows name, and where it is written.</summary>
public interface IVocabularyEntry
{
    string Id { get; }
    string Name { get; }
    SourcePosition Position { get; }
}

/// <summary>
/// One (dataset, split, metric) that results are reported on (benchmarks.yaml). <see cref="Headline"/>
/// names the setting whose best result the home page's "current best" strip shows, or is null.
/// </summary>
public sealed record Benchmark(
    string Id, string Name, string Dataset, string Split, string Task, string Metric, string Unit,
    decimal Min, decimal Max, bool HigherIsBetter, IReadOnlyList<string> Settings, bool CiderOptimisation,
    string? Headline, string Description, SourcePosition Position) : IVocabularyEntry
{
    public bool Admits(string setting) => Settings.Contains(setting);

    /// <summary>The value axis of a chart: a percentage stops at the top of its range.</summary>
    public bool IsPercentage => Unit.EndsWith('%');

    /// <summary>The page of the benchmark's task, which ranks the models on it.</summary>
    public string TaskUrl => TaskUrlOf(Task);

    /// <summary>The page of the task named <paramref name="task"/> (benchmarks.yaml's <c>task</c>).</summary>
    public static string TaskUrlOf(string task) => $"tasks/{task}/";
}

/// <summary>A condition a result was obtained under (settings.yaml).</summary>
public sealed record Setting(string Id, string Name, string Description, SourcePosition Position) : IVocabularyEntry;

/// <summary>An architecture family with its lane on the timeline (families.yaml).</summary>
public sealed record Family(string Id, string Name, string Description, int Lane, string Colour, bool DetectorLanes, SourcePosition Position) : IVocabularyEntry;

/// <summary>A pre-training objective and the concept page that explains it (objectives.yaml).</summary>
public sealed record Objective(string Id, string Name, string LongName, string Concept, SourcePosition Position) : IVocabularyEntry;

/// <summary>A category of the ViLT taxonomy with the relative sizes of its parts (categories.yaml).</summary>
public sealed record Category(string Id, string Name, string Description, int Ve, int Te, int Mi, SourcePosition Position) : IVocabularyEntry;
