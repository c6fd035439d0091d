namespace Atlas.Site.Yaml;

/// <summary>A position in a source file, 1-based.</summary>
public readonly record struct SourcePosition(int Line, int Column);

/// <summary>
/// A YAML value with the place it was written. The site reads YAML through these nodes so
/// that every diagnostic can name the exact line and column.
/// </summary>
public abstract record YamlNode(SourcePosition Position)
{
    /// <summary>How many values the node stands for once aliases are expanded; guards against alias bombs.</summary>
    public abstract long ExpandedSize { get; }

    /// <summary>The node as plain data for templates: dictionaries, lists, strings, numbers, booleans, null.</summary>
    public abstract object? ToPlain();
}

public sealed record YamlScalar(string Value, bool Quoted, SourcePosition Position) : YamlNode(Position)
{
    public override long ExpandedSize => 1;

    public bool IsNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";

    public override object? ToPlain()
    {
        if (Quoted) return Value;
        if (IsNull) return null;
        if (Value is "true" or "True" or "TRUE") return true;
        if (Value is "false" or "False" or "FALSE") return false;
        if (long.TryParse(Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer)) return integer;
        if (double.TryParse(Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var real) && !double.IsInfinity(real)) return real;
        return Value;
    }
}

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourcePosition Position) : YamlNode(Position)
{
    public override long ExpandedSize { get; } = 1 + Items.Sum(i => i.ExpandedSize);

    public override object? ToPlain() => Items.Select(i => i.ToPlain()).ToList();
}

public sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, SourcePosition Position) : YamlNode(Position)
{
    public override long ExpandedSize { get; } = 1 + Entries.Sum(e => e.Value.ExpandedSize);

    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public YamlScalar? KeyNode(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Key;

    public override object? ToPlain()
    {
        var plain = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in Entries) plain[key.Value] = value.ToPlain();
        return plain;
    }
}
