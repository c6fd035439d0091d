using Atlas.Site.Diagnostics;
using Atlas.Engine.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Atlas.Site.Yaml;

/// <summary>
/// Reads YAML into <see cref="YamlNode"/> trees with positions, reporting problems as
/// diagnostics. Stricter than the YAML spec where that protects the site: duplicate keys,
/// non-scalar keys, deep nesting and alias expansion beyond a budget are errors.
/// </summary>
public static partial class YamlReader
{
    private const int MaxDepth = 64;
    private const int MinNodeBudget = 200_000;

    /// <summary>A file this long whose top level is a list is parsed in parallel (see <see cref="TryReadItemsInParallel"/>).</summary>
    private const int ParallelFromLength = 256 * 1024;

    /// <summary>Parses one YAML document. <paramref name="lineOffset"/> is added to every line (front matter after its fence).</summary>
    public static YamlNode? Read(string text, string path, DiagnosticBag diagnostics, int lineOffset = 0) =>
        TryReadItemsInParallel(text, path, lineOffset) ?? ReadWhole(text, path, diagnostics, lineOffset);

    /// <summary>
    /// A long file whose top level is a list (models.yaml: thousands of rows) is parsed in runs of
    /// whole items at once, cut at the lines that start an item, so that the rows are not read on
    /// one core while the pages wait for them. Null, for the one-pass parse to do the work and
    /// give its exact diagnostics, when the file is short, could tie items together (anchors and
    /// aliases, directives, a second document) or any run has a problem.
    /// </summary>
    private static YamlSequence? TryReadItemsInParallel(string text, string path, int lineOffset)
    {
        if (text.Length < ParallelFromLength || MayTieItems().IsMatch(text) || ItemStarts(text) is not { } starts) return null;
        var runCount = Math.Min(starts.Count, Environment.ProcessorCount * 4);
        var runs = Enumerable.Range(0, runCount)
            .Select(r => starts[r * starts.Count / runCount])
            .Select((start, r) => (Index: r == 0 ? 0 : start.Index, Line: r == 0 ? 1 : start.Line))
            .ToList();
        var parsed = runs.AsParallel().AsOrdered().Select((run, r) =>
        {
            var end = r + 1 < runs.Count ? runs[r + 1].Index : text.Length;
            var bag = new DiagnosticBag();
            var node = ReadWhole(text[run.Index..end], path, bag, lineOffset + run.Line - 1);
            return bag.Items.Count == 0 ? node as YamlSequence : null;
        }).ToList();
        if (parsed.Any(p => p is null)) return null;
        var whole = new YamlSequence([.. parsed.SelectMany(p => p!.Items)], parsed[0]!.Position);
        return whole.ExpandedSize <= Math.Max(MinNodeBudget, text.Length) ? whole : null;
    }

    /// <summary>Where each top-level item starts (a "-" at the start of a line); null unless every other line at the margin is blank or a comment.</summary>
    private static List<(int Index, int Line)>? ItemStarts(string text)
    {
        var starts = new List<(int Index, int Line)>();
        var line = 1;
        for (var i = 0; i < text.Length; line++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\n';
            if (c == '-' && next is ' ' or '\n' or '\r') starts.Add((i, line));
            else if (c is not (' ' or '#' or '\n' or '\r')) return null;
            var end = text.IndexOf('\n', i);
            if (end < 0) break;
            i = end + 1;
        }
        return starts.Count > 0 ? starts : null;
    }

    /// <summary>An anchor or alias (&amp;name, *name) where a value may start, a directive, or a tab at the margin: these keep the one-pass parse.</summary>
    [GeneratedRegex(@"(?:^|[\s,\[{:-])[&*][^\s,\]}]|^%|\t", RegexOptions.Multiline)]
    private static partial Regex MayTieItems();

    private static YamlNode? ReadWhole(string text, string path, DiagnosticBag diagnostics, int lineOffset)
    {
        // Without aliases every value takes at least one character of text, so a budget of the
        // text's length never refuses a real file, however long, and still stops alias bombs.
        var builder = new Builder(path, diagnostics, lineOffset, Math.Max(MinNodeBudget, text.Length));
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = builder.ReadNode(parser, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                builder.Error(Codes.YamlSecondDocument, parser.Current?.Start, "a second YAML document ('---') is not allowed here");
                return null;
            }
            return builder.Failed ? null : root;
        }
        catch (YamlException ex)
        {
            // Where the file ends too early, or a quote is never closed, the place that opened the
            // unfinished value is the useful one.
            var unfinished = ex.Message.Contains("end of stream", StringComparison.Ordinal) || ex.Message.Contains("quoted scalar", StringComparison.Ordinal);
            builder.Error(Codes.YamlSyntax, unfinished ? ex.Start : ex.End, YamlSyntaxHint.Describe(ex));
            return null;
        }
        catch (Builder.StopException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail without a position on some unclosed flow collections.
            builder.Error(Codes.YamlSyntax, builder.LastNodeStart, "invalid YAML at or after this value (an unclosed '[' or '{'?)");
            return null;
        }
    }

    private sealed class Builder(string path, DiagnosticBag diagnostics, int lineOffset, long nodeBudget)
    {
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);

        public bool Failed { get; private set; }

        public sealed class StopException : Exception;

        public SourcePosition At(Mark? mark) => mark is { } m ? new SourcePosition((int)m.Line + lineOffset, (int)m.Column) : new SourcePosition(1 + lineOffset, 1);

        public void Error(DiagnosticCode code, Mark? mark, string message) => ErrorAt(code, At(mark), message);

        private void ErrorAt(DiagnosticCode code, SourcePosition at, string message)
        {
            diagnostics.Error(code, path, at.Line, at.Column, message);
            Failed = true;
        }

        /// <summary>Where the last node the parser produced starts: the best place to name when it fails without a position.</summary>
        public Mark? LastNodeStart { get; private set; }

        public YamlNode ReadNode(IParser parser, int depth)
        {
            LastNodeStart = parser.Current?.Start ?? LastNodeStart;
            if (depth > MaxDepth)
            {
                Error(Codes.YamlTooDeep, parser.Current?.Start, $"YAML nested deeper than {MaxDepth} levels");
                throw new StopException();
            }
            var node = ReadEvent(parser, depth);
            if (node.ExpandedSize > nodeBudget)
            {
                ErrorAt(Codes.YamlTooDeep, node.Position, $"YAML expands to more than {nodeBudget} values (aliases repeating each other?)");
                throw new StopException();
            }
            return node;
        }

        private YamlNode ReadEvent(IParser parser, int depth)
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (_anchors.TryGetValue(alias.Value.Value, out var target)) return target;
                Error(Codes.YamlUnknownAlias, alias.Start, $"unknown alias '*{alias.Value.Value}'");
                return new YamlScalar("", false, At(alias.Start));
            }
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                // Escapes ("\x01") make characters the file itself could not hold.
                if (ForbiddenCharacters.IndexIn(scalar.Value) is var forbidden and >= 0)
                    Error(Codes.ForbiddenCharacter, scalar.Start, $"value contains {ForbiddenCharacters.Describe(scalar.Value, forbidden)}");
                var node = new YamlScalar(scalar.Value, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded, At(scalar.Start));
                return Remember(scalar.Anchor, node);
            }
            if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, depth + 1));
                return Remember(sequenceStart.Anchor, new YamlSequence(items, At(sequenceStart.Start)));
            }
            var mappingStart = parser.Consume<MappingStart>();
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, depth + 1);
                var value = ReadNode(parser, depth + 1);
                if (keyNode is not YamlScalar key)
                {
                    ErrorAt(Codes.YamlKeyNotPlain, keyNode.Position, "a mapping key must be a plain value");
                    continue;
                }
                if (key.Value == "<<" && !key.Quoted)
                {
                    ErrorAt(Codes.YamlMergeKey, key.Position, "merge keys ('<<') are not supported; write the values out");
                    continue;
                }
                if (!seen.Add(key.Value))
                {
                    ErrorAt(Codes.YamlDuplicateKey, key.Position, $"duplicate key '{key.Value}'");
                    continue;
                }
                entries.Add(new(key, value));
            }
            return Remember(mappingStart.Anchor, new YamlMapping(entries, At(mappingStart.Start)));
        }

        private YamlNode Remember(AnchorName anchor, YamlNode node)
        {
            if (!anchor.IsEmpty) _anchors[anchor.Value] = node;
            return node;
        }
    }
}
