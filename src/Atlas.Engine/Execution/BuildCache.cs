using System.Collections.Concurrent;
using Atlas.Engine.Diagnostics;

namespace Atlas.Engine.Execution;

/// <summary>
/// Results a build may take from the last successful one instead of computing them again: a
/// per-document module's documents, or a memo, stored with the fingerprint of what it was made
/// from and the diagnostics it reported (replayed when reused). A process that builds the same
/// site again and again (preview) keeps one and hands it to each engine run.
/// Entries a run records take effect only when <see cref="Commit"/> says the build succeeded and
/// its output is in place, so a failed build never leaves behind results the output does not hold.
/// </summary>
public sealed class BuildCache
{
    private sealed record Entry(object Fingerprint, object Value, IReadOnlyList<Diagnostic> Diagnostics);

    private IReadOnlyDictionary<string, Entry> _committed = new Dictionary<string, Entry>(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Entry> _pending = new(StringComparer.Ordinal);
    private int _reused;
    private int _computed;

    /// <summary>Results the running (or last) build took from the cache.</summary>
    public int Reused => _reused;

    /// <summary>Results the running (or last) build computed, for lack of one with the same fingerprint.</summary>
    public int Computed => _computed;

    /// <summary>The build that recorded the pending entries succeeded: they replace the previous ones (unused ones are dropped).</summary>
    public void Commit() => _committed = _pending;

    /// <summary>Forgets every result, as when the settings every result was made with have changed.</summary>
    public void Clear() => _committed = new Dictionary<string, Entry>(StringComparer.Ordinal);

    internal void BeginRun()
    {
        // Sized for the last build's entries up front: growing takes every lock of the table,
        // which the threads recording results then queue for.
        _pending = new ConcurrentDictionary<string, Entry>(Environment.ProcessorCount * 4, _committed.Count + 1024, StringComparer.Ordinal);
        _reused = 0;
        _computed = 0;
    }

    /// <summary>
    /// The last successful build's value under <paramref name="key"/> when its fingerprint is
    /// structurally equal to <paramref name="fingerprint"/>, its diagnostics handed to
    /// <paramref name="report"/> again; else the value <paramref name="compute"/> makes, kept for
    /// the next build unless it came with an error.
    /// </summary>
    internal object Reuse(string key, object fingerprint, Func<(object Value, IReadOnlyList<Diagnostic> Diagnostics)> compute, Action<Diagnostic> report)
    {
        if (_committed.TryGetValue(key, out var entry) && StructuralEquality.Equals(entry.Fingerprint, fingerprint))
        {
            _pending[key] = entry;
            Interlocked.Increment(ref _reused);
            foreach (var diagnostic in entry.Diagnostics) report(diagnostic);
            return entry.Value;
        }
        var (value, diagnostics) = compute();
        Interlocked.Increment(ref _computed);
        if (diagnostics.All(d => d.Severity != Severity.Error)) _pending[key] = new Entry(fingerprint, value, diagnostics);
        return value;
    }
}
