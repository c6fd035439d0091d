using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Atlas.Site.Templates;

/// <summary>
/// Read-only template data with the keys of a <see cref="Dictionary{TKey, TValue}"/> it was made
/// from, stored once for every record of the same keys (every model's view, every result),
/// so that each record holds only its values. At ten thousand models the views are a few hundred
/// thousand records; as dictionaries they were the largest part of the build's memory.
/// </summary>
public sealed class CompactRecord : IDictionary<string, object?>
{
    private static readonly ConcurrentDictionary<string, Shape> Shapes = new(StringComparer.Ordinal);

    private sealed class Shape(string[] keys)
    {
        public string[] Keys { get; } = keys;
        public FrozenDictionary<string, int> Index { get; } = keys.Select((key, i) => (key, i)).ToFrozenDictionary(k => k.key, k => k.i, StringComparer.Ordinal);
    }

    private readonly Shape _shape;
    private readonly object?[] _values;

    private CompactRecord(Shape shape, object?[] values) => (_shape, _values) = (shape, values);

    /// <summary>The same keys, in the same order, with the same values.</summary>
    public static CompactRecord From(Dictionary<string, object?> values)
    {
        var keys = values.Keys.ToArray();
        var shape = Shapes.GetOrAdd(string.Join('\n', keys), _ => new Shape(keys));
        return new CompactRecord(shape, [.. values.Values]);
    }

    public object? this[string key]
    {
        get => _shape.Index.TryGetValue(key, out var i) ? _values[i] : throw new KeyNotFoundException(key);
        set => throw ReadOnly();
    }

    public ICollection<string> Keys => _shape.Keys;
    public ICollection<object?> Values => _values;
    public int Count => _values.Length;
    public bool IsReadOnly => true;

    public bool ContainsKey(string key) => _shape.Index.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var found = _shape.Index.TryGetValue(key, out var i);
        value = found ? _values[i] : null;
        return found;
    }

    public bool Contains(KeyValuePair<string, object?> item) => TryGetValue(item.Key, out var value) && Equals(value, item.Value);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        foreach (var pair in this) array[arrayIndex++] = pair;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++) yield return new(_shape.Keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Add(string key, object? value) => throw ReadOnly();
    public void Add(KeyValuePair<string, object?> item) => throw ReadOnly();
    public bool Remove(string key) => throw ReadOnly();
    public bool Remove(KeyValuePair<string, object?> item) => throw ReadOnly();
    public void Clear() => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("template data is read-only");
}
