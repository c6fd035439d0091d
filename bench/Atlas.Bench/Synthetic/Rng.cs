namespace Atlas.Bench.Synthetic;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime, so a
/// synthetic atlas is the same file for file wherever it is generated.
/// </summary>
public sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, max).</summary>
    public int Below(int max) => (int)(Next() % (ulong)max);

    public int Between(int min, int maxInclusive) => min + Below(maxInclusive - min + 1);

    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary><paramref name="count"/> distinct items, in the order of <paramref name="items"/>.</summary>
    public List<T> Some<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new SortedSet<int>();
        while (chosen.Count < Math.Min(count, items.Count)) chosen.Add(Below(items.Count));
        return chosen.Select(i => items[i]).ToList();
    }
}
