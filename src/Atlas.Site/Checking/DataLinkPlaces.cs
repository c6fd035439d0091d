using Atlas.Engine.Diagnostics;
using Atlas.Site.Model;
using Atlas.Site.Yaml;

namespace Atlas.Site.Checking;

/// <summary>A place in a source file: its display path, line and column.</summary>
public sealed record SourcePlace(string Path, int Line, int Column);

/// <summary>
/// Where site.yaml and the data files (input/data/*.yaml) write each URL the site links: every
/// value that is a web URL (the repository, a row's code, a project page), and each row's arXiv
/// id as the abstract page the model page links, and each benchmark's task as the task page that results
/// link. So a link a layout prints from a row is reported at the row's line, not at the layout's.
/// </summary>
public static class DataLinkPlaces
{
    public static IReadOnlyDictionary<string, SourcePlace> Read(string inputDirectory, Func<string, string> displayPathOf)
    {
        var places = new Dictionary<string, SourcePlace>(StringComparer.Ordinal);
        var data = Path.Combine(inputDirectory, "data");
        var files = (Directory.Exists(data) ? Directory.EnumerateFiles(data) : [])
            .Where(f => Path.GetExtension(f) is ".yaml" or ".yml")
            .Order(StringComparer.Ordinal)
            .Prepend(Path.Combine(inputDirectory, "site.yaml"))
            .Where(File.Exists);
        foreach (var file in files)
        {
            var display = displayPathOf(file);
            Walk(YamlReader.Read(File.ReadAllText(file), display, new DiagnosticBag()), null, display, places);
        }
        return places;
    }

    private static void Walk(YamlNode? node, string? key, string display, Dictionary<string, SourcePlace> places)
    {
        switch (node)
        {
            case YamlMapping mapping:
                foreach (var (entryKey, entryValue) in mapping.Entries) Walk(entryValue, entryKey.Value, display, places);
                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items) Walk(item, null, display, places);
                break;
            case YamlScalar { IsNull: false } scalar:
                var value = scalar.Value.Trim();
                var url = key == "arxiv" && Schema.IsArxivId(value) ? ModelRow.AbsUrl(value)
                    : key == "task" && display.EndsWith("benchmarks.yaml", StringComparison.Ordinal) ? Benchmark.TaskUrlOf(value)
                    : SafeUrl.IsWebUrl(value) ? value : null;
                if (url is not null) places.TryAdd(url, new SourcePlace(display, scalar.Position.Line, scalar.Position.Column));
                break;
        }
    }
}
