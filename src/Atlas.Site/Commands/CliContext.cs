using Atlas.Engine.Diagnostics;
using Atlas.Site.Diagnostics;
using System.CommandLine;
using Atlas.Site.Build;

namespace Atlas.Site.Commands;

/// <summary>What every command is run with: the shared options, the folder it runs in and where it prints.</summary>
public sealed record CliContext(CommonOptions Options, string WorkingDirectory, TextWriter Stdout, TextWriter Stderr)
{
    public BuildRequest Request(ParseResult result) => Options.Request(result, WorkingDirectory);

    public Reporter Reporter(ParseResult result) => new(Stdout, Stderr, result.GetValue(Options.Quiet), result.GetValue(Options.Verbose));

    /// <summary>A build's refusal of its output folder (see <see cref="OutputFolder"/>), as bad usage; null when the folder is fine.</summary>
    public int? RefuseOutput(BuildRequest request) => OutputFolder.Problem(request) is { } problem ? Refuse(Codes.OutputRefused, problem, 2) : null;

    /// <summary>A refusal that is not about a place in a file: one line on stderr, <c>atlas: error ATL9001: message</c>.</summary>
    public int Refuse(DiagnosticCode code, string message, int exitCode = 1) => Refuse(Stderr, code, message, exitCode);

    /// <inheritdoc cref="Refuse(DiagnosticCode, string, int)"/>
    public static int Refuse(TextWriter stderr, DiagnosticCode code, string message, int exitCode)
    {
        stderr.WriteLine($"atlas: error {code.Id}: {message}");
        return exitCode;
    }
}
