using System.Diagnostics;
using System.Globalization;

namespace Atlas.Site.History;

/// <summary>
/// When each file under the input folder last changed, from the repository's history: the
/// date of the newest commit that touched it. One <c>git log</c> reads the whole history at once
/// (one process per file would cost seconds on a large atlas). Only commit dates and the names
/// of files under the input folder are read. Outside a git checkout, or without git, it knows no
/// dates and pages say nothing about them.
/// </summary>
public static class GitHistory
{
    private const char Marker = '\u001e';

    /// <summary>Paths relative to <paramref name="inputDirectory"/> (forward slashes) and the commit date of their last change.</summary>
    public static IReadOnlyDictionary<string, DateTimeOffset> LastChanged(string inputDirectory)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = inputDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Newest first; --relative keeps the history to files under the input folder and names them from it.
        foreach (var argument in (string[])["-c", "core.quotepath=off", "log", "--no-renames", $"--format={Marker}%cI", "--name-only", "--relative", "--", "."])
            start.ArgumentList.Add(argument);
        string output;
        try
        {
            using var git = Process.Start(start);
            if (git is null) return dates;
            var stderr = git.StandardError.ReadToEndAsync();
            output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            _ = stderr.Result;
            if (git.ExitCode != 0) return dates;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return dates; // no git on this machine
        }
        var current = default(DateTimeOffset?);
        foreach (var line in output.Split('\n'))
        {
            if (line.Length > 0 && line[0] == Marker)
                current = DateTimeOffset.TryParse(line.AsSpan(1), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            else if (line.Length > 0 && current is { } when)
                dates.TryAdd(line, when);
        }
        return dates;
    }
}
