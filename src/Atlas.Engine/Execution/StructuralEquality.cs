using System.Collections;
using System.Runtime.CompilerServices;

namespace Atlas.Engine.Execution;

/// <summary>
/// Equality of the values a build passes around: strings by value, dictionaries by their entries,
/// other sequences and tuples element by element, anything else by its own <see cref="object.Equals(object)"/>.
/// Fingerprints of cached results are compared with it, so a list made afresh with the same items
/// counts as the same input.
/// </summary>
public static class StructuralEquality
{
    public static new bool Equals(object? left, object? right)
    {
        if (ReferenceEquals(left, right)) return true;
        if (left is null || right is null) return false;
        if (left is string || right is string) return left.Equals(right);
        if (left is IDictionary leftMap && right is IDictionary rightMap) return MapsEqual(leftMap, rightMap);
        if (left.Equals(right)) return true;
        if (left is IEnumerable leftItems && right is IEnumerable rightItems && left is not IDictionary && right is not IDictionary)
            return SequencesEqual(leftItems, rightItems);
        if (left is ITuple leftTuple && right is ITuple rightTuple && left.GetType() == right.GetType())
            return Enumerable.Range(0, leftTuple.Length).All(i => Equals(leftTuple[i], rightTuple[i]));
        return false;
    }

    private static bool MapsEqual(IDictionary left, IDictionary right)
    {
        if (left.Count != right.Count) return false;
        foreach (DictionaryEntry entry in left)
        {
            if (!right.Contains(entry.Key) || !Equals(entry.Value, right[entry.Key])) return false;
        }
        return true;
    }

    private static bool SequencesEqual(IEnumerable left, IEnumerable right)
    {
        var rightItems = right.GetEnumerator();
        try
        {
            foreach (var item in left)
            {
                if (!rightItems.MoveNext() || !Equals(item, rightItems.Current)) return false;
            }
            return !rightItems.MoveNext();
        }
        finally
        {
            (rightItems as IDisposable)?.Dispose();
        }
    }
}
