using System.Collections;
using System.Collections.Immutable;
using Atlas.Engine.Execution;

namespace Atlas.Engine.Documents;

/// <summary>
/// Immutable, ordered-by-key metadata of a document. Keys compare ordinally; two metadata are
/// equal when they have the same keys with structurally equal values (see <see cref="StructuralEquality"/>).
/// </summary>
public sealed class Metadata : IReadOnlyDictionary<string, object?>
{
    public static readonly Metadata Empty = new(ImmutableSortedDictionary.Create<string, object?>(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, object?> _values;

    private Metadata(ImmutableSortedDictionary<string, object?> values) => _values = values;

    public static Metadata From(IEnumerable<KeyValuePair<string, object?>> pairs) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, pairs));

    public Metadata Set(string key, object? value) => new(_values.SetItem(key, value));

    public Metadata Merge(Metadata other) => new(_values.SetItems(other._values));

    public T? Get<T>(string key) => _values.TryGetValue(key, out var value) && value is T typed ? typed : default;

    public string GetString(string key, string fallback = "") => Get<object>(key)?.ToString() ?? fallback;

    public object? this[string key] => _values.TryGetValue(key, out var value) ? value : null;
    public IEnumerable<string> Keys => _values.Keys;
    public IEnumerable<object?> Values => _values.Values;
    public int Count => _values.Count;
    public bool ContainsKey(string key) => _values.ContainsKey(key);
    public bool TryGetValue(string key, out object? value) => _values.TryGetValue(key, out value);
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool Equals(object? obj) => ReferenceEquals(this, obj) || obj is Metadata other
        && other.Count == Count
        && _values.All(kv => other._values.TryGetValue(kv.Key, out var value) && StructuralEquality.Equals(kv.Value, value));

    public override int GetHashCode() => string.Join('\n', _values.Keys).GetHashCode(StringComparison.Ordinal);
}
