using Atlas.Site.Diagnostics;
using Atlas.Engine.Diagnostics;

namespace Atlas.Site.Model;

/// <summary>
/// Checks the vocabulary against itself and against the table read with it: a benchmark admits
/// only settings that settings.yaml defines (an error), and an entry nothing uses is a warning,
/// so that drift shows in review. The ViLT categories are a fixed taxonomy and need no use.
/// </summary>
public static class VocabularyCheck
{
    public static void Report(ModelTable table, DiagnosticBag diagnostics)
    {
        var vocabulary = table.Vocabulary;
        var rows = table.Rows;
        var path = vocabulary.PathOf("benchmarks");
        foreach (var benchmark in vocabulary.Benchmarks)
        {
            foreach (var setting in benchmark.Settings.Where(s => vocabulary.Setting(s) is null))
                diagnostics.Error(Codes.VocabularyInvalid, path, benchmark.Position.Line, benchmark.Position.Column, $"benchmark '{benchmark.Id}' admits unknown setting '{setting}' (settings.yaml defines {Vocabulary.Choices(vocabulary.Settings)})");
        }
        // A table without rows (none yet, or none readable) leaves every entry unused: no news.
        if (rows.Count == 0) return;
        var results = rows.SelectMany(r => r.Results).ToList();
        Unused(diagnostics, vocabulary, "benchmarks", vocabulary.Benchmarks, b => results.Any(r => r.Benchmark == b), "no result names it");
        Unused(diagnostics, vocabulary, "settings", vocabulary.Settings, s => vocabulary.Benchmarks.Any(b => b.Admits(s.Id)), "no benchmark admits it");
        Unused(diagnostics, vocabulary, "families", vocabulary.Families, f => rows.Any(r => r.Family == f), "no row is of this family");
        Unused(diagnostics, vocabulary, "objectives", vocabulary.Objectives, o => rows.Any(r => r.Objectives.Contains(o)), "no row lists it");
    }

    private static void Unused<T>(DiagnosticBag diagnostics, Vocabulary vocabulary, string file, IEnumerable<T> entries, Func<T, bool> used, string why) where T : IVocabularyEntry
    {
        foreach (var entry in entries.Where(e => !used(e)))
            diagnostics.Warning(Codes.VocabularyUnused, vocabulary.PathOf(file), entry.Position.Line, entry.Position.Column, $"{file} entry '{entry.Id}' is unused: {why}");
    }
}
