using System.Collections.Immutable;
using Atlas.Engine.Execution;

namespace Atlas.Engine.Documents;

/// <summary>
/// A typed name for a value in a document's <see cref="Metadata"/>. Keys are objects declared in
/// code and compared by identity, so no text a file supplies can name one: what an author writes
/// is one value under its own key (a page's front matter), never a key of its own.
/// </summary>
public abstract class MetadataKey(string name)
{
    /// <summary>For people reading a key: two keys with the same name are still different keys.</summary>
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>A key whose value is a <typeparamref name="T"/>.</summary>
public sealed class MetadataKey<T>(string name) : MetadataKey(name);

/// <summary>
/// Immutable metadata of a document: values by <see cref="MetadataKey{T}"/>. Two metadata are
/// equal when they have the same keys with structurally equal values (see <see cref="StructuralEquality"/>).
/// </summary>
public sealed class Metadata
{
    public static readonly Metadata Empty = new(ImmutableDictionary.Create<MetadataKey, object?>(ReferenceEqualityComparer.Instance));

    private readonly ImmutableDictionary<MetadataKey, object?> _values;

    private Metadata(ImmutableDictionary<MetadataKey, object?> values) => _values = values;

    public Metadata Set<T>(MetadataKey<T> key, T value) => new(_values.SetItem(key, value));

    public Metadata Merge(Metadata other) => new(_values.SetItems(other._values));

    public T? Get<T>(MetadataKey<T> key) => _values.TryGetValue(key, out var value) && value is T typed ? typed : default;

    public string GetString(MetadataKey<string> key, string fallback = "") => Get(key) ?? fallback;

    public bool ContainsKey(MetadataKey key) => _values.ContainsKey(key);

    public int Count => _values.Count;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj) || obj is Metadata other
        && other.Count == Count
        && _values.All(kv => other._values.TryGetValue(kv.Key, out var value) && StructuralEquality.Equals(kv.Value, value));

    public override int GetHashCode() => string.Join('\n', _values.Keys.Select(k => k.Name).Order(StringComparer.Ordinal)).GetHashCode(StringComparison.Ordinal);
}
