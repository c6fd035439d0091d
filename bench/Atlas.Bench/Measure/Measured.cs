using System.Diagnostics;
using System.Globalization;

namespace Atlas.Bench.Measure;

/// <summary>One process run: wall time, CPU time, peak resident memory, what it printed.</summary>
public sealed record Run(TimeSpan Wall, TimeSpan Cpu, long PeakRssKb, int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs a command as its own process under GNU time (<c>/usr/bin/time</c>), which reports the
/// peak RSS and CPU time of exactly that process as the kernel accounts it.
/// </summary>
public static class Measured
{
    public const string GnuTime = "/usr/bin/time";

    public static Run Run(string workingDirectory, string command, params string[] arguments)
    {
        var report = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(GnuTime)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in (string[])["-f", "%M %U %S", "-o", report, command, .. arguments]) start.ArgumentList.Add(argument);
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            stopwatch.Stop();
            // GNU time writes "Command exited with non-zero status N" before its line when the command fails.
            var fields = File.ReadAllLines(report).Last().Split(' ');
            var cpu = double.Parse(fields[1], CultureInfo.InvariantCulture) + double.Parse(fields[2], CultureInfo.InvariantCulture);
            return new Run(stopwatch.Elapsed, TimeSpan.FromSeconds(cpu), long.Parse(fields[0], CultureInfo.InvariantCulture), process.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>Runs a command to completion for its side effects (installs, publishing); throws when it fails.</summary>
    public static void Check(string workingDirectory, string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = workingDirectory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}");
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
