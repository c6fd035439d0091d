using Atlas.Engine.Diagnostics;
using Atlas.Site.Diagnostics;

namespace Atlas.Site.Yaml;

/// <summary>
/// Splits a page or a layout into its YAML front matter and its body. The front matter is optional;
/// when the first line is <c>---</c> it must be closed by a later <c>---</c> (or <c>...</c>) line.
/// </summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>Whether there is front matter to read (not only fences or blank lines).</summary>
    public bool HasYaml => Yaml.Trim().Length > 0;

    /// <summary>The front matter's YAML as <see cref="Read"/> read it: null when there is none or it does not parse.</summary>
    public YamlNode? Node { get; init; }

    /// <summary>
    /// Splits <paramref name="text"/> and reads its YAML, every problem reported at the file's own
    /// line and column; null (reported) when the front matter is never closed.
    /// </summary>
    public static FrontMatter? Read(string text, string path, DiagnosticBag diagnostics)
    {
        if (Split(text, out var error) is not { } split)
        {
            diagnostics.Error(Codes.FrontMatterUnclosed, path, 1, 1, error!);
            return null;
        }
        return split.HasYaml ? split with { Node = YamlReader.Read(split.Yaml, path, diagnostics, split.YamlFirstLine - 1) } : split;
    }

    /// <summary>Null with <paramref name="error"/> set when the opening fence has no closing fence.</summary>
    public static FrontMatter? Split(string text, out string? error)
    {
        error = null;
        if (!IsFence(FirstLine(text, 0, out var afterFirst)))
            return new FrontMatter("", 1, text, 1);

        var position = afterFirst;
        var line = 2;
        while (position < text.Length)
        {
            var current = FirstLine(text, position, out var next);
            if (IsFence(current) || current.TrimEnd() == "...")
                return new FrontMatter(text[afterFirst..position], 2, text[next..], line + 1);
            position = next;
            line++;
        }
        error = "front matter opened with '---' on line 1 is never closed by a '---' line";
        return null;
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";

    private static string FirstLine(string text, int start, out int next)
    {
        var end = text.IndexOf('\n', start);
        next = end < 0 ? text.Length : end + 1;
        var line = text[start..(end < 0 ? text.Length : end)];
        return line.EndsWith('\r') ? line[..^1] : line;
    }
}
