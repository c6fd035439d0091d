namespace Atlas.Engine.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>A problem found in the input, reported as <c>path:line:col: severity CODE: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, DiagnosticCode Code, string Path, int Line, int Column, string Message)
{
    public static Diagnostic Error(DiagnosticCode code, string path, int line, int column, string message) => new(Severity.Error, code, path, line, column, message);

    public static Diagnostic Warning(DiagnosticCode code, string path, int line, int column, string message) => new(Severity.Warning, code, path, line, column, message);

    public override string ToString() =>
        $"{Path}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}: {(Severity == Severity.Error ? "error" : "warning")} {Code.Id}: {Message}";
}
