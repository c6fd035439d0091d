using YamlDotNet.Core;

namespace Atlas.Site.Yaml;

/// <summary>
/// Says in plain words what a YAML syntax error most often means. YamlDotNet's wording names
/// the parser's state ("did not find expected key"), not the author's mistake, so a known
/// message gets a hint first and keeps the parser's words after it, for when the guess is wrong.
/// </summary>
public static class YamlSyntaxHint
{
    private static readonly (string Parser, string Hint)[] Hints =
    [
        ("tab character", "a tab indents this line; indent with spaces"),
        ("quoted scalar", "a quote is never closed; is the closing quote missing?"),
        ("mapping values are not allowed", "a value holds ': ' without quotes; put the value in quotes, e.g. title: \"CLIP: Learning\""),
        ("found invalid mapping", "a ': ' here reads as a new key: put the value in quotes (title: \"CLIP: Learning\"), or indent this line like the keys above it"),
        ("could not find expected ':'", "a line has no ': ' after its key, or a value runs on to a line indented like a key; check this line and the one above"),
        ("did not find expected key", "the indentation is off: the keys of one mapping start in the same column, indented with spaces"),
        ("did not find expected '-' indicator", "the indentation is off: the items of one list start with '- ' in the same column"),
        ("block sequence entries are not allowed", "a '- ' item is indented wrongly, or follows a value on its key's line"),
        ("did not find expected ',' or ']'", "a '[' is not closed by ']', or its items are not separated by commas"),
        ("did not find expected ',' or '}'", "a '{' is not closed by '}', or its entries are not separated by commas"),
        ("did not find expected node content", "a value is missing, or a '[' or '{' is not closed"),
        ("cannot start any token", "a value starts with a character YAML reserves (@, `, %); put the value in quotes"),
    ];

    /// <summary>The diagnostic's message: the hint, if one fits, then the parser's words.</summary>
    public static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = (cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message).TrimEnd('.').Trim();
        var hint = Hints.FirstOrDefault(h => message.Contains(h.Parser, StringComparison.OrdinalIgnoreCase)).Hint;
        return hint is null ? $"invalid YAML: {message}" : $"invalid YAML: {hint} (the parser: {message})";
    }
}
