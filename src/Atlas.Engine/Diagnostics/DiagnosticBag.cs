using System.Collections.Concurrent;

namespace Atlas.Engine.Diagnostics;

/// <summary>
/// Collects diagnostics from modules running on several threads. Reading them sorts by
/// file and position so that the report is the same from run to run. A bag made with a
/// parent also passes each diagnostic on to it (the engine keeps one bag per pipeline).
/// </summary>
public sealed class DiagnosticBag(DiagnosticBag? parent = null)
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        parent?.Add(diagnostic);
    }

    public void Error(DiagnosticCode code, string path, int line, int column, string message) => Add(Diagnostic.Error(code, path, line, column, message));

    public void Warning(DiagnosticCode code, string path, int line, int column, string message) => Add(Diagnostic.Warning(code, path, line, column, message));

    /// <summary>Every diagnostic in the order reported.</summary>
    public IReadOnlyList<Diagnostic> Items => _items.ToArray();

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Whether a file already has an error, so that a later check need not echo it.</summary>
    public bool HasErrorsIn(string path) => _items.Any(d => d.Severity == Severity.Error && d.Path == path);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    public IReadOnlyList<Diagnostic> Sorted() => _items
        .Distinct()
        .OrderBy(d => d.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Line)
        .ThenBy(d => d.Column)
        .ThenBy(d => d.Code.Number)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
