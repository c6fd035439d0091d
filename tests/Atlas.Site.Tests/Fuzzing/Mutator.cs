using System.Text;

namespace Atlas.Site.Tests.Fuzzing;

/// <summary>
/// Damages a file the ways contributors and broken editors do: raw byte edits, truncation,
/// shuffled lines, YAML-aware edits (a key deleted, duplicated, retyped, tab-indented) and
/// hostile snippets (Liquid, HTML, unsafe URLs, deep nesting). Deterministic for a given Random.
/// </summary>
public sealed class Mutator(Random random)
{
    private static readonly string[] NewValues =
    [
        "[a, b]", "{x: 1}", "123", "-5", "1e309", "null", "~", "\"quoted\"", "true", "2999-01-01", "0000-00-00", "&anchor [*anchor]", "*nowhere",
        "|\n  block", "\"unclosed", "'", "[", "{", "{{ page.title }}", "{% raw %}", "<script>alert(1)</script>", "javascript:alert(1)", "../../etc/passwd",
        "\u202Eevil", "\uFEFF", "é", "NaN", ".inf", "-.inf", "0x1F", "1_000", "", "\"\"", "''", "[[]]", "{{", "---", "...", "? complex", "!!binary AAAA",
        "!!python/object:os.system", "<<: *x",
    ];

    private static readonly string[] Snippets =
    [
        "{{ site.title }}", "{% if x %}", "{% endfor %}", "{%", "}}", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
        "[x](javascript:alert(1))", "![y](data:text/html,hi)", "<javascript:alert(1)>", "[[nowhere]]", "[[", "]]", "[[|]]", "[[ a | b | c ]]", "[ref]: javascript:x",
        "```", "~~~", "| a | b |\n|---|---|\n| 1 |", "[^1]", "[^1]: note", "<!--", "-->", "<div>", "</div>", "\t", "\r", "\r\n", "\0", "\u2028", "\uD800", "---",
        "- [ ] task", "# ", "######## h8", "*", "_", "**", "~~", "`", "&amp;", "&#0;", "&#x110000;", "\\", ": ", "- ", "? ", "&a", "*a", "!tag", "%YAML 1.1", "@", "`{{`",
    ];

    /// <summary>One to three mutations of <paramref name="original"/>; <paramref name="applied"/> names them for a failure message.</summary>
    public byte[] Mutate(byte[] original, List<string> applied)
    {
        var bytes = original;
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++) bytes = MutateOnce(bytes, applied);
        return bytes;
    }

    private byte[] MutateOnce(byte[] bytes, List<string> applied)
    {
        switch (random.Next(12))
        {
            case 0: return FlipBytes(bytes, applied);
            case 1: return Truncate(bytes, applied);
            default:
                var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
                EditLines(lines, applied);
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }
    }

    private byte[] FlipBytes(byte[] bytes, List<string> applied)
    {
        if (bytes.Length == 0) return bytes;
        var copy = (byte[])bytes.Clone();
        var flips = random.Next(1, 8);
        for (var i = 0; i < flips; i++)
        {
            var at = random.Next(copy.Length);
            copy[at] = random.Next(2) == 0 ? (byte)(copy[at] ^ (1 << random.Next(8))) : (byte)random.Next(256);
        }
        applied.Add($"flip {flips} bytes");
        return copy;
    }

    private byte[] Truncate(byte[] bytes, List<string> applied)
    {
        var length = bytes.Length == 0 ? 0 : random.Next(bytes.Length);
        applied.Add($"truncate to {length} bytes");
        return bytes[..length];
    }

    private void EditLines(List<string> lines, List<string> applied)
    {
        var keyLines = Enumerable.Range(0, lines.Count).Where(i => IsKeyLine(lines[i])).ToList();
        var line = random.Next(lines.Count);
        var keyLine = keyLines.Count > 0 ? keyLines[random.Next(keyLines.Count)] : line;
        switch (random.Next(10))
        {
            case 0:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                applied.Add($"swap lines {line + 1} and {other + 1}");
                break;
            case 1:
                var start = random.Next(lines.Count);
                var span = lines.Skip(start).Take(random.Next(2, 12)).OrderBy(_ => random.Next()).ToList();
                for (var i = 0; i < span.Count; i++) lines[start + i] = span[i];
                applied.Add($"shuffle lines from {start + 1}");
                break;
            case 2:
                lines.RemoveAt(keyLine);
                applied.Add($"delete key line {keyLine + 1}");
                break;
            case 3:
                lines.Insert(keyLine, lines[keyLine]);
                applied.Add($"duplicate key line {keyLine + 1}");
                break;
            case 4:
                var colon = lines[keyLine].IndexOf(':');
                var value = NewValues[random.Next(NewValues.Length)];
                if (colon >= 0) lines[keyLine] = lines[keyLine][..(colon + 1)] + " " + value;
                applied.Add($"retype line {keyLine + 1} to {value}");
                break;
            case 5:
                var indent = lines[keyLine].Length - lines[keyLine].TrimStart(' ').Length;
                lines[keyLine] = (random.Next(2) == 0 ? "\t" : new string(' ', random.Next(0, 6))) + lines[keyLine][indent..];
                applied.Add($"re-indent line {keyLine + 1}");
                break;
            case 6:
                var snippet = Snippets[random.Next(Snippets.Length)];
                var column = random.Next(lines[line].Length + 1);
                lines[line] = lines[line][..column] + snippet + lines[line][column..];
                applied.Add($"insert {Escape(snippet)} at {line + 1}:{column + 1}");
                break;
            case 7:
                var token = new[] { "[", ">", "*", "- ", "{", "  ", "[[", "<div>", "`", "(", "![", "&", "|", "#" }[random.Next(14)];
                var times = random.Next(50, 5000);
                lines.Insert(line, string.Concat(Enumerable.Repeat(token, times)));
                applied.Add($"insert {Escape(token)} x{times} at line {line + 1}");
                break;
            case 8:
                lines.RemoveRange(line, Math.Min(random.Next(1, 5), lines.Count - line));
                applied.Add($"delete lines from {line + 1}");
                break;
            default:
                var copyFrom = random.Next(lines.Count);
                lines.InsertRange(line, lines.Skip(copyFrom).Take(random.Next(1, 20)).ToList());
                applied.Add($"copy lines from {copyFrom + 1} to {line + 1}");
                break;
        }
        if (lines.Count == 0) lines.Add("");
    }

    private static bool IsKeyLine(string line)
    {
        var trimmed = line.TrimStart(' ', '-');
        var colon = trimmed.IndexOf(':');
        return colon > 0 && trimmed[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }

    private static string Escape(string text) => text.Length > 20 ? text[..20] + "…" : text.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t").Replace("\0", "\\0");
}
