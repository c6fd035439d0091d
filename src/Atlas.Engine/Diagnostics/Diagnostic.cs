namespace Atlas.Engine.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>A problem found in the input, reported as <c>path:line:col: severity: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Path, int Line, int Column, string Message)
{
    public static Diagnostic Error(string path, int line, int column, string message) => new(Severity.Error, path, line, column, message);

    public static Diagnostic Warning(string path, int line, int column, string message) => new(Severity.Warning, path, line, column, message);

    public override string ToString() =>
        $"{Path}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
